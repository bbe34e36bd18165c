package com.inferencetco.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Next month's invoiced cost from the trend of the months reported here: the least-squares line through the last
 * months' costs (this one included), evaluated one month on. Made only from three months or more: two points make
 * a line but no trend.
 *
 * @param months how many months the line was fitted to
 * @param slopePerMonth how much the line rises (or falls) a month
 */
public record Forecast(String method, String nextMonth, BigDecimal nextMonthCost, int months, BigDecimal slopePerMonth) {

	public static final int MINIMUM_MONTHS = 3;

	static final int SCALE = 10;

	/** The forecast from the costs of consecutive reported months, oldest first; null below three months. */
	public static Forecast linear(String nextMonth, List<BigDecimal> costs) {
		int n = costs.size();
		if (n < MINIMUM_MONTHS) {
			return null;
		}
		// x = 0 .. n-1: mean (n-1)/2, sum of squared deviations n(n^2-1)/12
		BigDecimal meanX = BigDecimal.valueOf(n - 1).divide(BigDecimal.valueOf(2));
		BigDecimal meanY = costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(n), SCALE, RoundingMode.HALF_EVEN);
		BigDecimal covariance = BigDecimal.ZERO;
		for (int x = 0; x < n; x++) {
			covariance = covariance.add(BigDecimal.valueOf(x).subtract(meanX).multiply(costs.get(x)));
		}
		BigDecimal variance = BigDecimal.valueOf((long) n * ((long) n * n - 1)).divide(BigDecimal.valueOf(12));
		BigDecimal slope = covariance.divide(variance, SCALE, RoundingMode.HALF_EVEN);
		BigDecimal next = meanY.add(slope.multiply(BigDecimal.valueOf(n).subtract(meanX)))
			.setScale(SCALE, RoundingMode.HALF_EVEN);
		return new Forecast("linear", nextMonth, next.stripTrailingZeros(), n, slope.stripTrailingZeros());
	}
}
