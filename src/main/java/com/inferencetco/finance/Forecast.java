package com.inferencetco.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Next month's invoiced cost from the trend of the months reported here: the
 * least-squares line through the last months' costs (this one included), evaluated one
 * month on. Made only from three months or more: two points make a line but no trend.
 *
 * @param months how many months the line was fitted to
 * @param slopePerMonth how much the line rises (or falls) a month
 * @param workloads the same forecast per workload with three or more consecutive months
 * of its own, largest first
 */
public record Forecast(String method, String nextMonth, BigDecimal nextMonthCost, int months, BigDecimal slopePerMonth,
		List<WorkloadForecast> workloads) {

	public static final int MINIMUM_MONTHS = 3;

	static final int SCALE = 10;

	/**
	 * The forecast from the costs of consecutive reported months, oldest first; null
	 * below three months.
	 */
	public static Forecast linear(String nextMonth, List<BigDecimal> costs) {
		Line line = Line.fit(costs);
		if (line == null) {
			return null;
		}
		return new Forecast("linear", nextMonth, line.next().stripTrailingZeros(), costs.size(),
				line.slope().stripTrailingZeros(), List.of());
	}

	public Forecast withWorkloads(List<WorkloadForecast> forecasts) {
		return new Forecast(method, nextMonth, nextMonthCost, months, slopePerMonth, List.copyOf(forecasts));
	}

	/**
	 * The least-squares line through points at x = 0 .. n-1 (n = {@link #MINIMUM_MONTHS}
	 * or more).
	 *
	 * @param points how many points it was fitted to
	 */
	record Line(BigDecimal intercept, BigDecimal slope, int points) {

		static Line fit(List<BigDecimal> values) {
			int n = values.size();
			if (n < MINIMUM_MONTHS) {
				return null;
			}
			// x = 0 .. n-1: mean (n-1)/2, sum of squared deviations n(n^2-1)/12
			BigDecimal meanX = BigDecimal.valueOf(n - 1).divide(BigDecimal.valueOf(2));
			BigDecimal meanY = values.stream()
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(n), SCALE, RoundingMode.HALF_EVEN);
			BigDecimal covariance = BigDecimal.ZERO;
			for (int x = 0; x < n; x++) {
				covariance = covariance.add(BigDecimal.valueOf(x).subtract(meanX).multiply(values.get(x)));
			}
			BigDecimal variance = BigDecimal.valueOf((long) n * ((long) n * n - 1)).divide(BigDecimal.valueOf(12));
			BigDecimal slope = covariance.divide(variance, SCALE, RoundingMode.HALF_EVEN);
			return new Line(meanY.subtract(slope.multiply(meanX)), slope, n);
		}

		/** The line's value {@code monthsOn} months after the last point. */
		BigDecimal after(int monthsOn) {
			return intercept.add(slope.multiply(BigDecimal.valueOf(points - 1L + monthsOn)))
				.setScale(SCALE, RoundingMode.HALF_EVEN);
		}

		BigDecimal next() {
			return after(1);
		}
	}
}
