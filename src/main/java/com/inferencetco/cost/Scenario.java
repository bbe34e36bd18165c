package com.inferencetco.cost;

import java.math.BigDecimal;

/**
 * A what-if on the dedicated side: another GPU (throughput scaled by memory bandwidth,
 * decode being bandwidth bound, at that GPU's rate) or a software gain (a throughput
 * multiplier at the same rate).
 */
public record Scenario(String name, BigDecimal hourlyRate, BigDecimal tokensPerSecond, BigDecimal costPerMillion,
		BigDecimal breakEvenUtilization, String source) {
}
