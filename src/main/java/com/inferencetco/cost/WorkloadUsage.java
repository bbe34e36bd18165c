package com.inferencetco.cost;

import java.math.BigDecimal;

/**
 * What a workload used and paid in the month, in the report currency: invoiced cost, tokens (counted once; of
 * them, {@code servedTokens} were served on its own GPUs, as serving metrics count them),
 * GPU-hours, the part of its cost that bought GPU time and API tokens, the estimated cost of usage no invoice
 * covers, and its GPU utilization as telemetry measured it (null without telemetry).
 */
public record WorkloadUsage(String name, BigDecimal cost, BigDecimal tokens, BigDecimal servedTokens,
		BigDecimal gpuHours, BigDecimal gpuCost, BigDecimal apiTokenCost, BigDecimal estimatedCost,
		BigDecimal measuredUtilization) {
}
