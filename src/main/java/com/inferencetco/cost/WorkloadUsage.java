package com.inferencetco.cost;

import java.math.BigDecimal;

/**
 * What a workload used and paid in the month, in the report currency.
 *
 * @param cost its invoiced cost, all categories
 * @param estimatedCost usage no invoice covers, priced from the catalog
 * @param apiTokenCost the invoiced cost of its API tokens
 * @param tokens every token it used, counted once
 * @param model the model most of its tokens went to (empty when unknown)
 * @param peakDayTokens the tokens of its busiest day
 * @param served the tokens its own GPUs served, as serving metrics (vLLM, TGI) count them
 * @param servedModel the model its GPUs served most (empty when unknown)
 * @param peakDayServed the served tokens of the busiest day
 * @param gpuHours billed GPU-hours
 * @param gpuCost the invoiced cost of those GPU-hours
 * @param gpuModel the GPU most of its hours ran on ("GPU" when the bill does not say)
 * @param gpuBusy the share of time telemetry saw its GPUs busy, or null without telemetry
 */
public record WorkloadUsage(String name, BigDecimal cost, BigDecimal estimatedCost, BigDecimal apiTokenCost,
		TokenMix tokens, String model, BigDecimal peakDayTokens, TokenMix served, String servedModel,
		BigDecimal peakDayServed, BigDecimal gpuHours, BigDecimal gpuCost, String gpuModel, BigDecimal gpuBusy) {

	public Deployment deployment() {
		if (gpuHours.signum() > 0) {
			return Deployment.DEDICATED;
		}
		return tokens.isEmpty() ? Deployment.INFRASTRUCTURE : Deployment.SERVERLESS;
	}
}
