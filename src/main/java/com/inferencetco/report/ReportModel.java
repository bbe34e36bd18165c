package com.inferencetco.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.inferencetco.cost.Action;
import com.inferencetco.cost.Assumption;
import com.inferencetco.cost.BreakEvenInputs;
import com.inferencetco.cost.EngineFindings;
import com.inferencetco.cost.Showback;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.finance.FinancePack;
import com.inferencetco.finance.Forecast;
import com.inferencetco.finance.MonthOverMonth;
import com.inferencetco.finance.Restatement;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.InvoiceCheck;
import com.inferencetco.model.OtherMonthFile;
import com.inferencetco.model.SkippedInput;
import com.inferencetco.reconcile.InputFileSummary;

/**
 * Everything the month-end reports say, computed once. The JSON, Excel and PDF renderers
 * only render it, so the three outputs cannot disagree. Money is in {@code currency},
 * exact.
 *
 * @param asOf the instant the reports are dated: the end of the billing month, so reruns
 * are reproducible
 * @param previousCost the invoiced cost of the month before, when that month was
 * reported; else null
 * @param notes what the reader should know about the figures (usage that could not be
 * priced, files not read)
 * @param skippedInputs the files below the input folder that were not read, with the
 * reason
 * @param invoices FOCUS invoices checked against their cost rows (empty without an
 * Invoice Detail dataset)
 * @param showback every cost allocated to a workload and its owner; the fully loaded
 * costs add up to the TCO
 * @param finance budgets against actuals and unit costs, when their files were given
 * @param monthOverMonth the change from the month before, explained per workload; null
 * without that month
 * @param forecast next month's invoiced cost from the trend; null below three consecutive
 * months reported here
 * @param restatement what changed against the month's previous run; null on the month's
 * first run
 * @param otherMonthFiles files none of whose rows is billed in the month (named on page
 * 1)
 */
public record ReportModel(BillingMonth month, String currency, Instant asOf, List<InputFileSummary> inputs,
		boolean balanced, BigDecimal reconciliationDifference, BigDecimal cost, BigDecimal estimatedCost,
		BigDecimal tco, Map<CostCategory, BigDecimal> byCategory, TokenTotals tokens,
		Map<String, BigDecimal> gpuHoursByModel, BigDecimal egressGb, List<WorkloadAnalysis> workloads,
		List<Assumption> assumptions, BreakEvenInputs calculator, long rejectedRows, BigDecimal previousCost,
		List<String> notes, EngineFindings findings, List<RejectionGroup> rejections, List<MonthCost> history,
		Map<String, String> displayNames, DetailConversion conversion, List<SkippedInput> skippedInputs,
		List<InvoiceCheck> invoices, Showback showback, FinancePack finance, MonthOverMonth monthOverMonth,
		Forecast forecast, Restatement restatement, List<OtherMonthFile> otherMonthFiles) {

	/**
	 * The name readers know a workload by (the assumptions' displayNames), else its tag.
	 */
	public String displayName(String workload) {
		return displayNames.getOrDefault(workload, workload);
	}

	/** A workload's showback line. */
	public Showback.Line showbackOf(String workload) {
		return showback.line(workload)
			.orElseThrow(() -> new IllegalArgumentException("no showback for workload " + workload));
	}

	/** The monthly saving of every recommended change together. */
	public BigDecimal savingAvailable() {
		return workloads.stream().map(WorkloadAnalysis::monthlySavings).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The invoiced cost of one month, for the trend. */
	public record MonthCost(String month, BigDecimal cost) {
	}

	public BigDecimal modelledCost() {
		return byCategory.entrySet()
			.stream()
			.filter(e -> !e.getKey().invoiced())
			.map(Map.Entry::getValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The month's own cost per million tokens, over the workloads whose tokens they are
	 * (each workload's cost per million weighted by its tokens: GPUs that serve no tokens
	 * are not spread over other workloads' tokens), or null without tokens.
	 */
	public BigDecimal costPerMillionTokens() {
		BigDecimal cost = BigDecimal.ZERO;
		BigDecimal count = BigDecimal.ZERO;
		for (WorkloadAnalysis w : workloads) {
			if (w.costPerMillionTokens() != null) {
				cost = cost.add(w.costPerMillionTokens().multiply(w.tokens()));
				count = count.add(w.tokens());
			}
		}
		return count.signum() == 0 ? null : cost.divide(count, new MathContext(20));
	}

	public BigDecimal totalGpuHours() {
		return gpuHoursByModel.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Workloads with something to decide, the largest saving first (then in the model's
	 * order, largest cost first).
	 */
	public Stream<WorkloadAnalysis> decidedWorkloads() {
		return workloads.stream()
			.filter(w -> w.decision().action() != Action.NONE)
			.sorted(Comparator.comparing((WorkloadAnalysis w) -> w.monthlySavings()).reversed());
	}

}
