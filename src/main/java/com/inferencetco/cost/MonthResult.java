package com.inferencetco.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.inferencetco.model.CostCategory;

/**
 * The cost engine's one result for a month, in the report currency: every figure the
 * JSON, the workbook and the PDF show about costs, workloads and decisions. Renderers
 * only render it.
 *
 * @param assumptions the assumptions as used, monetary ones converted to the report
 * currency
 * @param tokens every token of the month, counted once
 * @param notes what the reader should know about the figures (usage that could not be
 * priced, and the like)
 */
public record MonthResult(Map<CostCategory, BigDecimal> byCategory, BigDecimal cost, BigDecimal estimatedCost,
		BigDecimal tco, TokenMix tokens, Map<String, BigDecimal> gpuHoursByModel, BigDecimal egressGb,
		List<WorkloadAnalysis> workloads, BreakEvenInputs calculator, EngineFindings findings,
		TcoAssumptions assumptions, List<String> notes) {
}
