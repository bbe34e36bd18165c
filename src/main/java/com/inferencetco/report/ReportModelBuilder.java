package com.inferencetco.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.cost.WorkloadAnalyzer;
import com.inferencetco.cost.WorkloadUsage;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;
import com.inferencetco.store.CostSummaryRow;
import com.inferencetco.store.NormalizedRecordStore;

/**
 * Builds the report model of a run from the stored records: totals by category, tokens counted once (a provider's
 * usage export gives its tokens when there is one, its bill otherwise), GPU-hours by model, egress, and the cost
 * engine's analysis of each workload.
 */
@Component
public class ReportModelBuilder {

	private final NormalizedRecordStore store;

	public ReportModelBuilder(NormalizedRecordStore store) {
		this.store = store;
	}

	public ReportModel build(long runId, BillingMonth month, TcoAssumptions assumptions) {
		InputLedger ledger = InputLedger.load(store, runId, assumptions.currency());
		List<CostSummaryRow> rows = store.summary(runId);
		Set<String> providersWithUsage = new HashSet<>();
		for (CostSummaryRow row : rows) {
			if (row.source() == SourceKind.USAGE && row.kind() == RecordKind.TOKEN_USAGE) {
				providersWithUsage.add(row.provider());
			}
		}
		Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
		for (CostCategory category : CostCategory.values()) {
			byCategory.put(category, BigDecimal.ZERO);
		}
		BigDecimal input = BigDecimal.ZERO;
		BigDecimal output = BigDecimal.ZERO;
		BigDecimal cached = BigDecimal.ZERO;
		Map<String, BigDecimal> gpuHours = new TreeMap<>();
		BigDecimal egress = BigDecimal.ZERO;
		Map<String, WorkloadTotals> workloads = new LinkedHashMap<>();
		for (CostSummaryRow row : rows) {
			WorkloadTotals workload = workloads.computeIfAbsent(row.workload(), WorkloadTotals::new);
			if (row.source() == SourceKind.BILL) {
				byCategory.merge(row.category(), row.cost(), BigDecimal::add);
				workload.cost = workload.cost.add(row.cost());
				if (row.category() == CostCategory.GPU_COMPUTE) {
					workload.gpuCost = workload.gpuCost.add(row.cost());
				}
				if (row.category() == CostCategory.API_TOKENS) {
					workload.apiTokenCost = workload.apiTokenCost.add(row.cost());
				}
			}
			if (row.kind() == RecordKind.TOKEN_USAGE && countsTokens(row, providersWithUsage)) {
				if (row.tokenType() == TokenType.OUTPUT) {
					output = output.add(row.tokens());
				}
				else {
					input = input.add(row.tokens());
					if (row.tokenType() == TokenType.CACHED_INPUT) {
						cached = cached.add(row.tokens());
					}
				}
				workload.tokens = workload.tokens.add(row.tokens());
			}
			if (row.kind() == RecordKind.GPU_HOURS) {
				gpuHours.merge(row.model().isEmpty() ? "GPU" : row.model(), row.gpuHours(), BigDecimal::add);
				workload.gpuHours = workload.gpuHours.add(row.gpuHours());
			}
			egress = egress.add(row.egressGb());
		}
		WorkloadAnalyzer analyzer = new WorkloadAnalyzer(assumptions, month);
		List<WorkloadAnalysis> analyses = new ArrayList<>();
		for (WorkloadTotals w : workloads.values()) {
			analyses.add(analyzer.analyze(new WorkloadUsage(w.name, strip(w.cost), strip(w.tokens),
					strip(w.gpuHours), w.gpuCost, w.apiTokenCost)));
		}
		analyses.sort(Comparator.comparing(WorkloadAnalysis::cost).reversed().thenComparing(WorkloadAnalysis::name));
		byCategory.replaceAll((category, amount) -> strip(amount));
		BigDecimal cost = strip(byCategory.entrySet()
			.stream()
			.filter(e -> e.getKey().invoiced())
			.map(Map.Entry::getValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add));
		BigDecimal estimated = BigDecimal.ZERO;
		BigDecimal modelled = byCategory.entrySet()
			.stream()
			.filter(e -> !e.getKey().invoiced())
			.map(Map.Entry::getValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		gpuHours.replaceAll((model, hours) -> strip(hours));
		long rejected = ledger.files().stream().mapToLong(InputFileSummary::rowsRejected).sum();
		return new ReportModel(month, ledger.currency(), month.end().minusSeconds(1), ledger.files(),
				ledger.balanced(), strip(ledger.difference()), cost, estimated, strip(cost.add(estimated).add(modelled)),
				byCategory, new TokenTotals(strip(input), strip(output), strip(cached)), gpuHours, strip(egress),
				analyses, assumptions.all(), BreakEvenInputs.from(analyses, assumptions), rejected, previousCost(month));
	}

	private BigDecimal previousCost(BillingMonth month) {
		Long previousRun = store.publishedRun(month.previous().toString());
		if (previousRun == null) {
			return null;
		}
		return strip(store.summary(previousRun)
			.stream()
			.filter(r -> r.source() == SourceKind.BILL)
			.map(CostSummaryRow::cost)
			.reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/** A provider's bill tokens count only when no usage export of that provider gives them. */
	private static boolean countsTokens(CostSummaryRow row, Set<String> providersWithUsage) {
		return row.source() == SourceKind.USAGE || !providersWithUsage.contains(row.provider());
	}

	static BigDecimal strip(BigDecimal value) {
		return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
	}

	private static final class WorkloadTotals {

		final String name;

		BigDecimal cost = BigDecimal.ZERO;

		BigDecimal tokens = BigDecimal.ZERO;

		BigDecimal gpuHours = BigDecimal.ZERO;

		BigDecimal gpuCost = BigDecimal.ZERO;

		BigDecimal apiTokenCost = BigDecimal.ZERO;

		WorkloadTotals(String name) {
			this.name = name;
		}
	}
}
