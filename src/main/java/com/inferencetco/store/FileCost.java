package com.inferencetco.store;

import java.math.BigDecimal;

/** Invoiced cost of one file in one currency: read, normalized and rejected. */
public record FileCost(int fileIndex, String currency, BigDecimal sourceCost, BigDecimal normalizedCost,
		BigDecimal rejectedCost) {
}
