package com.inferencetco.report;

import java.math.BigDecimal;

/**
 * Tokens of the month, counted once: input (uncached, cache writes and cache reads),
 * output, and cache reads.
 */
public record TokenTotals(BigDecimal input, BigDecimal output, BigDecimal cachedInput) {

	public BigDecimal total() {
		return input.add(output);
	}
}
