package com.inferencetco.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * The inputs that prefill the workbook's break-even calculator, taken from the month's
 * largest workload that serves tokens: its own GPU hourly rate or serverless price where
 * it has one, the assumptions for the rest.
 *
 * @param basis which workload (or the defaults) the figures came from, in words
 * @param workload the workload they came from, or null when they are the assumptions
 */
public record BreakEvenInputs(BigDecimal gpuHourlyRate, BigDecimal tokensPerSecond,
		BigDecimal serverlessPricePerMillion, BigDecimal utilization, BigDecimal tokensPerConversation, String basis,
		String workload) {

	public static BreakEvenInputs from(List<WorkloadAnalysis> workloads, TcoAssumptions assumptions) {
		// the workload's own figures, as its decision used them, so the calculator
		// reproduces its break-even
		for (WorkloadAnalysis w : workloads) {
			if (w.gpuHourlyRate() != null && w.tokensPerSecondPerGpu() != null && w.serverlessPricePerMillion() != null
					&& w.serverlessPricePerMillion().signum() > 0) {
				BigDecimal utilization = w.utilization() != null && w.utilization().signum() > 0 ? w.utilization()
						: assumptions.targetUtilization();
				return new BreakEvenInputs(w.gpuHourlyRate(), w.tokensPerSecondPerGpu(), w.serverlessPricePerMillion(),
						utilization, assumptions.tokensPerConversation(),
						"workload " + w.name() + " (" + w.deployment().id() + ")", w.name());
			}
		}
		return new BreakEvenInputs(assumptions.dedicatedGpuHourlyRate(), assumptions.dedicatedTokensPerSecond(),
				assumptions.serverlessPricePerMillion(), assumptions.targetUtilization(),
				assumptions.tokensPerConversation(), "the assumptions (no workload served tokens)", null);
	}
}
