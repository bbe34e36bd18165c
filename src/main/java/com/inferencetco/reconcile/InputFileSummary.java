package com.inferencetco.reconcile;

import java.math.BigDecimal;

/**
 * One input file in the report: format, rows, and invoiced cost read, normalized and
 * rejected. Costs are null for files that carry none (usage exports, telemetry).
 */
public record InputFileSummary(String file, String format, String sha256, long rowsRead, long rowsNormalized,
		long rowsRejected, BigDecimal sourceCost, String sourceCurrency, BigDecimal normalizedCost,
		BigDecimal rejectedCost, BigDecimal storedCost) {

	/**
	 * Cost read = normalized + rejected, and the stored records hold the normalized cost,
	 * to the cent.
	 */
	public BigDecimal difference() {
		if (sourceCost == null) {
			return BigDecimal.ZERO;
		}
		BigDecimal split = sourceCost.subtract(normalizedCost).subtract(rejectedCost).abs();
		BigDecimal stored = normalizedCost.subtract(storedCost).abs();
		return split.max(stored);
	}

	public boolean balanced() {
		return difference().compareTo(new BigDecimal("0.005")) < 0;
	}
}
