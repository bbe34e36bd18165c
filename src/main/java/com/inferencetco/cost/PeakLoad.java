package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The load a dedicated alternative is sized on: the busiest hour where the exports name
 * hours, else the busiest day's tokens times the peak-to-average factor; on a day with
 * both, the busiest hour of the hourly lines plus the day-only lines at the factor.
 *
 * @param day the busiest day, or null when the workload used no tokens
 * @param hour the hour of that day the hourly lines peak in (0-23, UTC), or null when the
 * day has no hourly lines
 * @param hourTokens the tokens of that hour (zero without one)
 * @param dayTokens the tokens of that day that name no hour (zero when all do), lines
 * covering several days counted for their share of the day
 * @param peakToAverage the factor applied to the day-only tokens
 * @param spread whether lines covering several days were spread over them
 */
public record PeakLoad(LocalDate day, Integer hour, BigDecimal hourTokens, BigDecimal dayTokens,
		BigDecimal peakToAverage, boolean spread) {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

	private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

	/** No tokens: nothing to size. */
	public static PeakLoad none(BigDecimal peakToAverage) {
		return new PeakLoad(null, null, BigDecimal.ZERO, BigDecimal.ZERO, peakToAverage, false);
	}

	/** Tokens per second at the peak: hour / 3,600 + day-only x factor / 86,400. */
	public BigDecimal tokensPerSecond() {
		return hourTokens.divide(SECONDS_PER_HOUR, PRECISION)
			.add(dayTokens.multiply(peakToAverage).divide(SECONDS_PER_DAY, PRECISION));
	}

	/** The same peak for a share of the tokens (the part of GPU time nothing commits). */
	PeakLoad scaled(BigDecimal share) {
		return new PeakLoad(day, hour, hourTokens.multiply(share), dayTokens.multiply(share), peakToAverage, spread);
	}

	/**
	 * In words, for {@code decision.sizedOn}: "busiest hour 2026-10-14 15:00 UTC, 56,004
	 * tokens/s".
	 */
	public String words() {
		if (day == null) {
			return "no tokens: sized on the minimum replicas";
		}
		String rate = Words.whole(tokensPerSecond()) + " tokens/s";
		String hourly = hour == null ? null : "busiest hour " + day + " " + String.format("%02d", hour) + ":00 UTC ("
				+ Words.whole(hourTokens) + " tokens)";
		String daily = dayTokens.signum() == 0 ? null
				: (hour == null ? "busiest day " + day + " (" : "that day's lines without an hour (")
						+ Words.whole(dayTokens) + " tokens"
						+ (spread ? ", lines covering several days spread over them" : "") + ") at "
						+ peakToAverage.stripTrailingZeros().toPlainString()
						+ " times the day's average (peakToAverage)";
		if (hourly != null && daily != null) {
			return hourly + " plus " + daily + ": " + rate;
		}
		return (hourly != null ? hourly : daily) + ": " + rate;
	}

}
