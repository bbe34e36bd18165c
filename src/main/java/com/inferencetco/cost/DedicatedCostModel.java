package com.inferencetco.cost;

import java.math.BigDecimal;

/**
 * Cost per token of hardware billed by the hour. The allocation basis charges every provisioned hour (idle
 * included) and is the one to compare with API prices; the usage basis charges busy hours only. Aggregate
 * throughput (all concurrent streams) drives the cost; per-stream speed does not.
 */
public final class DedicatedCostModel {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

	private DedicatedCostModel() {
	}

	/** hourly rate / (aggregate tokens per second x 3600 x utilization), per million tokens. */
	public static BigDecimal allocationCostPerMillion(BigDecimal hourlyRate, BigDecimal tokensPerSecond,
			BigDecimal utilization) {
		return BreakEvenSolver.dedicatedCostPerMillion(hourlyRate, tokensPerSecond, utilization);
	}

	/** Busy hours only: as if utilization were 100 %. */
	public static BigDecimal usageCostPerMillion(BigDecimal hourlyRate, BigDecimal tokensPerSecond) {
		return BreakEvenSolver.dedicatedCostPerMillion(hourlyRate, tokensPerSecond, BigDecimal.ONE);
	}

	/** Cost per million of a month: the month's GPU cost over the tokens it served. */
	public static BigDecimal monthlyCostPerMillion(BigDecimal gpuCost, BigDecimal tokens) {
		return gpuCost.multiply(MILLION).divide(tokens, BreakEvenSolver.PRECISION);
	}

	/** The fall in cost per token when throughput rises from {@code before} to {@code after}: 1 - before/after. */
	public static BigDecimal reductionFromThroughput(BigDecimal before, BigDecimal after) {
		return BigDecimal.ONE.subtract(before.divide(after, BreakEvenSolver.PRECISION));
	}

	/** Tokens one GPU delivers in {@code hours} at a utilization. */
	public static BigDecimal capacity(BigDecimal tokensPerSecond, BigDecimal hours, BigDecimal utilization) {
		return tokensPerSecond.multiply(SECONDS_PER_HOUR).multiply(hours).multiply(utilization);
	}
}
