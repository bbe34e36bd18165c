package com.inferencetco.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a workload used and paid in the month, in the report currency.
 *
 * @param cost its invoiced cost, all categories
 * @param estimatedCost usage no invoice covers, priced from the catalog
 * @param apiTokenCost the invoiced cost of its API tokens
 * @param tokens every token it used, counted once
 * @param model the model most of its tokens went to (empty when unknown)
 * @param tokenPeaks when its tokens were used, for its busiest hour
 * @param served the tokens its own GPUs served, as serving metrics (vLLM, TGI) count them
 * @param servedModel the model its GPUs served most (empty when unknown)
 * @param servedPeaks when its served tokens were served
 * @param gpuHours billed GPU-hours
 * @param gpuCost the invoiced cost of those GPU-hours
 * @param gpuModel the GPU most of its hours ran on ("GPU" when the bill does not say)
 * @param gpuBusy the share of time telemetry saw its GPUs busy, or null without telemetry
 * @param committed the part of its GPU time commitments cover (Savings Plans, reserved
 * instances, committed-use discounts), one entry per commitment
 * @param tokensPerRequest the tokens a request carries (input and output) where usage
 * exports count requests, or null: the context its serving must hold
 */
public record WorkloadUsage(String name, BigDecimal cost, BigDecimal estimatedCost, BigDecimal apiTokenCost,
		TokenMix tokens, String model, TokenPeaks tokenPeaks, TokenMix served, String servedModel,
		TokenPeaks servedPeaks, BigDecimal gpuHours, BigDecimal gpuCost, String gpuModel, BigDecimal gpuBusy,
		List<CommittedCapacity> committed, BigDecimal tokensPerRequest) {

	public WorkloadUsage {
		committed = List.copyOf(committed);
	}

	/**
	 * Serving metrics count its tokens on its own GPUs, and no bill of the month charges
	 * GPU time for it: it runs on owned servers when the company owns some.
	 */
	public boolean servedOnOwnServers() {
		return gpuHours.signum() == 0 && !served.isEmpty();
	}

	/** GPU-hours commitments cover, at most all of its GPU-hours. */
	public BigDecimal committedGpuHours() {
		return committed.stream()
			.map(CommittedCapacity::gpuHours)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.min(gpuHours);
	}

	/** What the covered GPU time costs at the commitments' effective rates. */
	public BigDecimal committedCost() {
		return committed.stream().map(CommittedCapacity::effectiveCost).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public Deployment deployment() {
		if (gpuHours.signum() > 0) {
			return Deployment.DEDICATED;
		}
		return tokens.isEmpty() ? Deployment.INFRASTRUCTURE : Deployment.SERVERLESS;
	}
}
