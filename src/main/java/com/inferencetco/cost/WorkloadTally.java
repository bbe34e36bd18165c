package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import com.inferencetco.model.Commitment;
import com.inferencetco.model.TokenType;

/**
 * One workload's figures being summed from the month's records, then frozen into a
 * {@link WorkloadUsage}.
 */
final class WorkloadTally {

	private static final MathContext PRECISION = new MathContext(20);

	final String name;

	BigDecimal cost = BigDecimal.ZERO;

	BigDecimal gpuCost = BigDecimal.ZERO;

	BigDecimal apiTokenCost = BigDecimal.ZERO;

	BigDecimal estimatedCost = BigDecimal.ZERO;

	BigDecimal gpuHours = BigDecimal.ZERO;

	private TokenMix tokens = TokenMix.NONE;

	private TokenMix served = TokenMix.NONE;

	private final TokenPeaks tokenPeaks = new TokenPeaks();

	private final TokenPeaks servedPeaks = new TokenPeaks();

	private final Map<String, BigDecimal> tokensByModel = new TreeMap<>();

	private final Map<String, BigDecimal> servedByModel = new TreeMap<>();

	private final Map<String, BigDecimal> hoursByGpu = new TreeMap<>();

	private final Map<Commitment, BigDecimal[]> committed = new TreeMap<>(
			java.util.Comparator.comparing(Commitment::kind).thenComparing(Commitment::id));

	/** Tokens and requests of usage exports, per provider. */
	private final Map<String, BigDecimal> usageTokens = new TreeMap<>();

	private final Map<String, BigDecimal> requests = new TreeMap<>();

	private BigDecimal busySum = BigDecimal.ZERO;

	private long busySamples;

	WorkloadTally(String name) {
		this.name = name;
	}

	/**
	 * @param hour the hour of the day the tokens were used in, or negative when the
	 * export names none
	 * @param days the days the line covers
	 */
	void addTokens(TokenType type, BigDecimal count, String model, LocalDate day, int hour, int days,
			boolean servedOnOwnGpus) {
		TokenMix mix = TokenMix.of(type, count);
		tokens = tokens.plus(mix);
		tokenPeaks.add(count, day, hour, days);
		tokensByModel.merge(model == null ? "" : model, count, BigDecimal::add);
		if (servedOnOwnGpus) {
			served = served.plus(mix);
			servedPeaks.add(count, day, hour, days);
			servedByModel.merge(model == null ? "" : model, count, BigDecimal::add);
		}
	}

	void addUsageTokens(String provider, BigDecimal count) {
		usageTokens.merge(provider, count, BigDecimal::add);
	}

	void addRequests(String provider, BigDecimal count) {
		requests.merge(provider, count, BigDecimal::add);
	}

	/**
	 * Tokens per request of the usage exports that count requests (their tokens over
	 * their requests), or null when none does.
	 */
	private BigDecimal tokensPerRequest() {
		BigDecimal counted = requests.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (counted.signum() <= 0) {
			return null;
		}
		BigDecimal tokens = requests.keySet()
			.stream()
			.map(p -> usageTokens.getOrDefault(p, BigDecimal.ZERO))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return tokens.signum() > 0 ? tokens.divide(counted, PRECISION) : null;
	}

	void addGpuHours(String gpu, BigDecimal hours) {
		gpuHours = gpuHours.add(hours);
		hoursByGpu.merge(gpu.isEmpty() ? "GPU" : gpu, hours, BigDecimal::add);
	}

	/** GPU time a commitment covers, at its effective cost (report currency). */
	void addCommitted(Commitment commitment, BigDecimal hours, BigDecimal effectiveCost) {
		BigDecimal[] sums = committed.computeIfAbsent(commitment,
				c -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
		sums[0] = sums[0].add(hours);
		sums[1] = sums[1].add(effectiveCost);
	}

	void addBusy(BigDecimal sum, long samples) {
		busySum = busySum.add(sum);
		busySamples += samples;
	}

	WorkloadUsage usage() {
		BigDecimal busy = busySamples == 0 ? null : busySum.divide(BigDecimal.valueOf(busySamples), PRECISION);
		return new WorkloadUsage(name, strip(cost), strip(estimatedCost), strip(apiTokenCost), tokens,
				largest(tokensByModel), tokenPeaks, served, largest(servedByModel), servedPeaks, strip(gpuHours),
				strip(gpuCost), hoursByGpu.isEmpty() ? "GPU" : largest(hoursByGpu), busy, committed.entrySet()
					.stream()
					// a commitment the invoice shows covering no GPU-hour (an amortized
					// view
					// that disagrees with the actual bill) commits nothing of this
					// workload's
					.filter(e -> e.getValue()[0].signum() > 0)
					.map(e -> new CommittedCapacity(e.getKey(), strip(e.getValue()[0]), strip(e.getValue()[1])))
					.toList(),
				tokensPerRequest());
	}

	/**
	 * The key with the largest amount (the first in name order on a tie, so reruns
	 * agree).
	 */
	private static String largest(Map<String, BigDecimal> amounts) {
		return amounts.entrySet()
			.stream()
			.reduce((x, y) -> y.getValue().compareTo(x.getValue()) > 0 ? y : x)
			.map(Map.Entry::getKey)
			.orElse("");
	}

	static BigDecimal strip(BigDecimal value) {
		return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
	}

}
