package com.inferencetco.cost;

import java.math.BigDecimal;

/**
 * The cost engine's verdict on one workload: how it is served, its cost per million
 * tokens, its utilization (served tokens over the capacity of its allocated GPU-hours)
 * beside the telemetry's busy share, the break-even figures, the estimated cost of its
 * usage that no invoice covers (kept apart from {@code cost}, which is invoiced), the
 * throughput its GPUs delivered and the one assumed, and the decision.
 *
 * @param utilization served tokens / (tokens per second per GPU x 3,600 x GPU-hours), or
 * null when no served tokens are known
 * @param gpuBusy the share of time telemetry saw the GPUs busy, never used in place of
 * utilization
 * @param tokensPerSecondPerGpu the throughput the comparison assumed, and
 * {@code throughputBasis} where it came from
 * @param serverlessPricePerMillion the per-token price the comparison used, and
 * {@code serverlessPriceBasis} its origin
 * @param gpuHourlyRate the rent of one GPU-hour the comparison used (the invoiced one for
 * dedicated workloads)
 * @param inputs what the decision rests on, or null when nothing was compared
 */
public record WorkloadAnalysis(String name, Deployment deployment, BigDecimal tokens, BigDecimal gpuHours,
		BigDecimal cost, BigDecimal gpuCost, BigDecimal apiTokenCost, BigDecimal costPerMillionTokens,
		BigDecimal utilization, BigDecimal gpuBusy, BigDecimal breakEvenUtilization,
		BigDecimal breakEvenTokensPerMinute, BigDecimal breakEvenConversationsPerDay, BigDecimal estimatedCost,
		BigDecimal measuredTokensPerSecond, BigDecimal tokensPerSecondPerGpu, String throughputBasis,
		BigDecimal serverlessPricePerMillion, String serverlessPriceBasis, BigDecimal gpuHourlyRate,
		DecisionInputs inputs, Decision decision) {

	/** The same analysis with another decision (its deciding defaults found, say). */
	public WorkloadAnalysis withDecision(Decision other) {
		return new WorkloadAnalysis(name, deployment, tokens, gpuHours, cost, gpuCost, apiTokenCost,
				costPerMillionTokens, utilization, gpuBusy, breakEvenUtilization, breakEvenTokensPerMinute,
				breakEvenConversationsPerDay, estimatedCost, measuredTokensPerSecond, tokensPerSecondPerGpu,
				throughputBasis, serverlessPricePerMillion, serverlessPriceBasis, gpuHourlyRate, inputs, other);
	}

	/** The recommendation in words: the decision's action and reason. */
	public String recommendation() {
		return decision.recommendation();
	}

	/** The decision's saving: what following the recommendation saves a month. */
	public BigDecimal monthlySavings() {
		return decision.monthlySaving();
	}
}
