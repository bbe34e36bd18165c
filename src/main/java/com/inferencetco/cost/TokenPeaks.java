package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * When a workload's tokens were used, summed from its token rows: per clock hour where
 * the exports name one, per day where they do not (a line covering several days spread
 * evenly over them). The peak is taken at decision time, when the peak-to-average factor
 * for day-only tokens is known.
 */
public final class TokenPeaks {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private final Map<LocalDate, Map<Integer, BigDecimal>> hourly = new TreeMap<>();

	private final Map<LocalDate, BigDecimal> daily = new TreeMap<>();

	/** The days that hold a share of a line covering several days. */
	private final Set<LocalDate> spreadDays = new HashSet<>();

	/**
	 * @param hour the hour of the day (0-23), or negative when the line names none
	 * @param days the days the line covers from {@code day} on
	 */
	void add(BigDecimal tokens, LocalDate day, int hour, int days) {
		if (tokens.signum() == 0) {
			return;
		}
		if (hour >= 0) {
			hourly.computeIfAbsent(day, d -> new HashMap<>()).merge(hour, tokens, BigDecimal::add);
			return;
		}
		if (days <= 1) {
			daily.merge(day, tokens, BigDecimal::add);
			return;
		}
		BigDecimal share = tokens.divide(BigDecimal.valueOf(days), PRECISION);
		for (int i = 0; i < days; i++) {
			daily.merge(day.plusDays(i), share, BigDecimal::add);
			spreadDays.add(day.plusDays(i));
		}
	}

	/** These tokens and another workload's, hour by hour and day by day. */
	TokenPeaks plus(TokenPeaks other) {
		TokenPeaks sum = scaled(BigDecimal.ONE);
		other.hourly.forEach((day, hours) -> hours.forEach((hour,
				tokens) -> sum.hourly.computeIfAbsent(day, d -> new HashMap<>()).merge(hour, tokens, BigDecimal::add)));
		other.daily.forEach((day, tokens) -> sum.daily.merge(day, tokens, BigDecimal::add));
		sum.spreadDays.addAll(other.spreadDays);
		return sum;
	}

	/**
	 * The same times for a share of the tokens (the part of GPU time nothing commits).
	 */
	TokenPeaks scaled(BigDecimal share) {
		TokenPeaks part = new TokenPeaks();
		hourly.forEach((day, hours) -> hours.forEach((hour,
				tokens) -> part.hourly.computeIfAbsent(day, d -> new HashMap<>()).put(hour, tokens.multiply(share))));
		daily.forEach((day, tokens) -> part.daily.put(day, tokens.multiply(share)));
		part.spreadDays.addAll(spreadDays);
		return part;
	}

	/**
	 * The busiest moment: per day, its busiest hour plus its day-only tokens at the
	 * factor, in tokens per second; the day where that is largest (the earliest on a
	 * tie).
	 */
	public PeakLoad peak(BigDecimal peakToAverage) {
		PeakLoad best = PeakLoad.none(peakToAverage);
		BigDecimal bestRate = BigDecimal.ZERO;
		Map<LocalDate, Boolean> days = new TreeMap<>();
		hourly.keySet().forEach(d -> days.put(d, true));
		daily.keySet().forEach(d -> days.put(d, true));
		for (LocalDate day : days.keySet()) {
			Integer hour = null;
			BigDecimal hourTokens = BigDecimal.ZERO;
			for (var h : new TreeMap<>(hourly.getOrDefault(day, Map.of())).entrySet()) {
				if (h.getValue().compareTo(hourTokens) > 0) {
					hour = h.getKey();
					hourTokens = h.getValue();
				}
			}
			PeakLoad candidate = new PeakLoad(day, hour, hourTokens, daily.getOrDefault(day, BigDecimal.ZERO),
					peakToAverage, spreadDays.contains(day));
			if (candidate.tokensPerSecond().compareTo(bestRate) > 0) {
				best = candidate;
				bestRate = candidate.tokensPerSecond();
			}
		}
		return best;
	}

}
