package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Scale-to-zero against keep-warm for a dedicated endpoint billed per second: keeping it
 * warm pays every warm hour; scaling to zero pays the busy hours plus the seconds each
 * cold start spends loading, and makes users wait those seconds.
 */
public record ColdStartModel(BigDecimal hourlyRate, BigDecimal busyHoursPerDay, BigDecimal keepWarmHoursPerDay,
		BigDecimal coldStartsPerDay, BigDecimal coldStartSeconds, int days) {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	public BigDecimal keepWarmCost() {
		return hourlyRate.multiply(keepWarmHoursPerDay.max(busyHoursPerDay)).multiply(BigDecimal.valueOf(days));
	}

	public BigDecimal scaleToZeroCost() {
		BigDecimal coldHours = coldStartsPerDay.multiply(coldStartSeconds).divide(BigDecimal.valueOf(3600), PRECISION);
		return hourlyRate.multiply(busyHoursPerDay.add(coldHours)).multiply(BigDecimal.valueOf(days));
	}

	/** Seconds users wait in a month because of cold starts. */
	public BigDecimal waitingSecondsPerMonth() {
		return coldStartsPerDay.multiply(coldStartSeconds).multiply(BigDecimal.valueOf(days));
	}

	public BigDecimal saving() {
		return keepWarmCost().subtract(scaleToZeroCost());
	}
}
