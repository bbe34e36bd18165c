package com.inferencetco.cost;

import java.math.BigDecimal;

/**
 * One bar of the tornado: the break-even utilization when one input is moved to its low
 * and high value, the others held at their base.
 */
public record SensitivityBar(String parameter, BigDecimal lowInput, BigDecimal highInput, BigDecimal resultAtLow,
		BigDecimal resultAtHigh) {

	public BigDecimal swing() {
		return resultAtHigh.subtract(resultAtLow).abs();
	}
}
