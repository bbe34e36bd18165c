package com.inferencetco.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * Serverless workloads calling the same model that would share one dedicated fleet: sized
 * on their combined busiest hour, the fixed costs of self-hosting counted once. Listed
 * only when the fleet saves more than the workloads save deciding alone.
 *
 * @param model the model the fleet would serve (the open-weight substitute where the
 * workloads call a closed one)
 * @param workloads the workloads sharing it, in the order of the month's workloads
 * @param peak their combined peak the fleet is sized on
 * @param tokensPerSecondPerGpu aggregate throughput of one GPU for their token mix
 * @param throughputBasis where that throughput came from
 * @param fixedAdded the fixed costs of self-hosting the fleet adds (zero when the month
 * already self-hosts)
 * @param aloneSaving what the workloads save with their own decisions, together
 */
public record Pool(String model, List<String> workloads, Action action, int gpusNeeded, int instancesNeeded,
		int tensorParallel, BigDecimal currentMonthlyCost, BigDecimal alternativeMonthlyCost, BigDecimal monthlySaving,
		PeakLoad peak, BigDecimal tokensPerSecondPerGpu, String throughputBasis, BigDecimal fixedAdded,
		BigDecimal aloneSaving, String reason) {

	public Pool {
		workloads = List.copyOf(workloads);
	}

	/** What the fleet was sized on, in words ({@code pools[].sizedOn}). */
	public String sizedOn() {
		return peak.words();
	}

}
