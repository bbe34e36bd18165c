package com.inferencetco.report;

import java.math.BigDecimal;
import java.math.MathContext;

import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.cost.WorkloadAnalysis;

/**
 * The inputs that prefill the workbook's break-even calculator, taken from the month's largest workload that
 * serves tokens: its own GPU hourly rate or serverless price where it has one, the assumptions for the rest.
 *
 * @param basis which workload (or the defaults) the figures came from, in words
 */
public record BreakEvenInputs(BigDecimal gpuHourlyRate, BigDecimal tokensPerSecond,
		BigDecimal serverlessPricePerMillion, BigDecimal utilization, BigDecimal tokensPerConversation, String basis) {

	private static final MathContext PRECISION = new MathContext(20);

	public static BreakEvenInputs from(java.util.List<WorkloadAnalysis> workloads, TcoAssumptions assumptions) {
		for (WorkloadAnalysis w : workloads) {
			if (w.deployment().equals("dedicated") && w.gpuCost().signum() > 0 && w.gpuHours().signum() > 0) {
				return new BreakEvenInputs(w.gpuCost().divide(w.gpuHours(), PRECISION),
						assumptions.dedicatedTokensPerSecond(), assumptions.serverlessPricePerMillion(),
						w.utilization() != null && w.utilization().signum() > 0 ? w.utilization()
								: assumptions.targetUtilization(),
						assumptions.tokensPerConversation(), "workload " + w.name() + " (dedicated)");
			}
			if (w.deployment().equals("serverless") && w.apiTokenCost().signum() > 0 && w.tokens().signum() > 0) {
				return new BreakEvenInputs(assumptions.dedicatedGpuHourlyRate(), assumptions.dedicatedTokensPerSecond(),
						w.apiTokenCost().multiply(BigDecimal.valueOf(1_000_000)).divide(w.tokens(), PRECISION),
						assumptions.targetUtilization(), assumptions.tokensPerConversation(),
						"workload " + w.name() + " (serverless)");
			}
		}
		return new BreakEvenInputs(assumptions.dedicatedGpuHourlyRate(), assumptions.dedicatedTokensPerSecond(),
				assumptions.serverlessPricePerMillion(), assumptions.targetUtilization(),
				assumptions.tokensPerConversation(), "the assumptions (no workload served tokens)");
	}
}
