package com.inferencetco.cost;

import java.math.BigDecimal;

/**
 * The cost engine's verdict on one workload: how it is served, its cost per million tokens, measured
 * utilization (null when unknown), the break-even figures, a recommendation with the monthly saving, and the
 * estimated cost of its usage that no invoice covers (kept apart from {@code cost}, which is invoiced), and, for
 * dedicated workloads with serving metrics, the throughput they measured: served tokens per GPU-second.
 */
public record WorkloadAnalysis(String name, String deployment, BigDecimal tokens, BigDecimal gpuHours,
		BigDecimal cost, BigDecimal gpuCost, BigDecimal apiTokenCost, BigDecimal costPerMillionTokens, BigDecimal utilization, BigDecimal breakEvenUtilization,
		BigDecimal breakEvenTokensPerMinute, BigDecimal breakEvenConversationsPerDay, String recommendation,
		BigDecimal monthlySavings, BigDecimal estimatedCost, BigDecimal measuredTokensPerSecond) {
}
