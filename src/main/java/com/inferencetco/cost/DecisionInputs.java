package com.inferencetco.cost;

import java.math.BigDecimal;

/**
 * The measured figures and per-workload constants a decision rests on, so that a renderer
 * can recompute it (the workbook does, with formulas over the named assumptions).
 *
 * @param servedTokens tokens its own GPUs served (zero when unknown)
 * @param peak the load at its busiest hour (served tokens for dedicated workloads)
 * @param sizedOn what the alternatives were sized on, in words
 * ({@code decision.sizedOn}), or null when none was sized
 * @param tensorParallel GPUs one replica of its model needs
 * @param specializedRate the specialized providers' rent of its GPU, or null when none is
 * known
 * @param specializedRateIsAssumption whether that rent is {@code dedicatedGpuHourlyRate}
 * (else a catalog offer)
 * @param substituteModel the open-weight model a self-hosted alternative serves in place
 * of the closed-weight one the workload calls, or null
 * @param assumedTokensPerSecond the throughput per GPU assumed (the user's or the
 * roofline estimate)
 * @param measuredTokensPerSecond the throughput per GPU its serving metrics measured (see
 * {@link ThroughputCheck}), or null
 * @param tokenPriced whether its model is compared per token (speech and image models are
 * not)
 */
public record DecisionInputs(BigDecimal servedTokens, PeakLoad peak, String sizedOn, int tensorParallel,
		BigDecimal specializedRate, boolean specializedRateIsAssumption, String substituteModel,
		BigDecimal assumedTokensPerSecond, BigDecimal measuredTokensPerSecond, boolean tokenPriced) {
}
