package com.inferencetco.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import com.inferencetco.catalog.ModelPriceCatalog;
import com.inferencetco.cost.EngineFindings;
import com.inferencetco.cost.ExchangeRates;
import com.inferencetco.cost.TcoEngine;
import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.cost.WorkloadAnalyzer;
import com.inferencetco.cost.WorkloadUsage;
import com.inferencetco.ingest.ExportFile;
import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.ingest.csv.CsvRecordSource;
import com.inferencetco.ingest.rates.EcbRatesNormalizer;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.RowOutcome;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;
import com.inferencetco.store.CostSummaryRow;
import com.inferencetco.store.NormalizedRecordStore;

/**
 * Builds the report model of a run from the stored records. Invoiced cost comes from bill records only,
 * converted to the report currency at each day's reference rate. Tokens are counted once: a provider's usage
 * export gives its tokens when there is one, its bill otherwise. Usage that no invoice of its provider covers is
 * priced from the shipped catalog into the estimated cost, never into the invoiced cost. Telemetry gives each
 * workload its measured GPU utilization.
 */
@Component
public class ReportModelBuilder {

	private static final MathContext PRECISION = new MathContext(20);

	private final NormalizedRecordStore store;

	public ReportModelBuilder(NormalizedRecordStore store) {
		this.store = store;
	}

	public ReportModel build(long runId, BillingMonth month, TcoAssumptions assumptions) {
		ExchangeRates rates = exchangeRates(store, runId, assumptions, month);
		InputLedger ledger = InputLedger.load(store, runId, assumptions.currency(), !rates.isEmpty());
		String currency = ledger.currency();
		List<CostSummaryRow> rows = store.summary(runId);
		Map<String, Set<String>> usageAccounts = new java.util.HashMap<>();
		Set<String> providersInvoicingApi = new HashSet<>();
		for (CostSummaryRow row : rows) {
			if (row.source() == SourceKind.USAGE && row.kind() == RecordKind.TOKEN_USAGE) {
				usageAccounts.computeIfAbsent(row.provider(), p -> new HashSet<>()).add(row.tokenAccount());
			}
			if (row.source() == SourceKind.BILL && row.category() == CostCategory.API_TOKENS) {
				providersInvoicingApi.add(row.provider());
			}
		}
		Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
		for (CostCategory category : CostCategory.values()) {
			byCategory.put(category, BigDecimal.ZERO);
		}
		Totals totals = new Totals();
		Map<String, WorkloadTotals> workloads = new LinkedHashMap<>();
		List<String> notes = new ArrayList<>();
		Map<String, BigDecimal> unpriced = new TreeMap<>();
		ModelPriceCatalog catalog = ModelPriceCatalog.shipped();
		for (CostSummaryRow row : rows) {
			switch (row.source()) {
				case BILL -> {
					WorkloadTotals workload = workloads.computeIfAbsent(row.workload(), WorkloadTotals::new);
					BigDecimal cost = rates.convert(row.cost(), row.currency(), currency, row.day());
					byCategory.merge(row.category(), cost, BigDecimal::add);
					workload.cost = workload.cost.add(cost);
					if (row.category() == CostCategory.GPU_COMPUTE) {
						workload.gpuCost = workload.gpuCost.add(cost);
					}
					if (row.category() == CostCategory.API_TOKENS) {
						workload.apiTokenCost = workload.apiTokenCost.add(cost);
					}
					if (row.kind() == RecordKind.TOKEN_USAGE && !replacedByUsage(row, usageAccounts)) {
						totals.addTokens(row.tokenType(), row.tokens());
						workload.tokens = workload.tokens.add(row.tokens());
					}
					if (row.kind() == RecordKind.GPU_HOURS) {
						totals.gpuHours.merge(row.model().isEmpty() ? "GPU" : row.model(), row.gpuHours(), BigDecimal::add);
						workload.gpuHours = workload.gpuHours.add(row.gpuHours());
					}
					totals.egressGb = totals.egressGb.add(row.egressGb());
				}
				case USAGE -> {
					if (row.kind() != RecordKind.TOKEN_USAGE) {
						continue;
					}
					WorkloadTotals workload = workloads.computeIfAbsent(row.workload(), WorkloadTotals::new);
					totals.addTokens(row.tokenType(), row.tokens());
					workload.tokens = workload.tokens.add(row.tokens());
					if (row.provider().equals("self-hosted")) {
						workload.servedTokens = workload.servedTokens.add(row.tokens());
					}
					if (isUninvoiced(row, providersInvoicingApi)) {
						BigDecimal estimate = estimate(catalog, assumptions, row);
						if (estimate == null) {
							unpriced.merge(row.provider() + " " + row.model(), row.tokens(), BigDecimal::add);
						}
						else {
							BigDecimal converted = rates.convert(estimate, "USD", currency, row.day());
							totals.estimated = totals.estimated.add(converted);
							workload.estimatedCost = workload.estimatedCost.add(converted);
						}
					}
				}
				case TELEMETRY -> {
					if (row.kind() == RecordKind.GPU_UTILIZATION && !row.workload().isEmpty()) {
						WorkloadTotals workload = workloads.computeIfAbsent(row.workload(), WorkloadTotals::new);
						workload.utilizationSum = workload.utilizationSum.add(row.quantity());
						workload.utilizationSamples += row.lineCount();
					}
				}
				default -> {
					// amortized views and reference data add nothing to the month's totals
				}
			}
		}
		unpriced.forEach((model, tokens) -> notes.add(tokens.toPlainString() + " tokens of " + model
				+ " have no invoice and no catalog price: they are counted as tokens but not in the estimated cost"));
		TcoEngine engine = new TcoEngine(assumptions, month);
		WorkloadAnalyzer analyzer = new WorkloadAnalyzer(assumptions, month, engine.onPremModel().costPerGpuHour());
		List<WorkloadAnalysis> analyses = new ArrayList<>();
		for (WorkloadTotals w : workloads.values()) {
			BigDecimal measured = w.utilizationSamples == 0 ? null
					: w.utilizationSum.divide(BigDecimal.valueOf(w.utilizationSamples), PRECISION);
			analyses.add(analyzer.analyze(new WorkloadUsage(w.name, strip(w.cost), strip(w.tokens),
					strip(w.servedTokens), strip(w.gpuHours), strip(w.gpuCost), strip(w.apiTokenCost),
					strip(w.estimatedCost), measured)));
		}
		analyses.sort(Comparator.comparing(WorkloadAnalysis::cost).reversed().thenComparing(WorkloadAnalysis::name));
		BreakEvenInputs calculator = BreakEvenInputs.from(analyses, assumptions);
		EngineFindings findings = engine.findings(totals.egressGb, calculator.gpuHourlyRate(), calculator.tokensPerSecond(),
				calculator.serverlessPricePerMillion(), calculator.gpuHourlyRate(),
				complianceFlags(runId, assumptions, engine));
		boolean selfHosting = analyses.stream().anyMatch(w -> w.deployment().equals("dedicated"))
				|| assumptions.value("onPremServersOwned").signum() > 0;
		// engineering overhead is the cost of running inference yourself: it applies when the month self-hosts
		byCategory.put(CostCategory.ENGINEERING_OVERHEAD, selfHosting ? findings.engineeringPerMonth() : BigDecimal.ZERO);
		byCategory.put(CostCategory.COMPLIANCE, findings.compliancePerMonth());
		byCategory.put(CostCategory.ON_PREM, findings.onPremPerMonth());
		byCategory.replaceAll((category, amount) -> strip(amount.round(new MathContext(20))));
		BigDecimal cost = strip(sum(byCategory, true));
		BigDecimal estimated = strip(totals.estimated);
		BigDecimal modelled = sum(byCategory, false);
		totals.gpuHours.replaceAll((model, hours) -> strip(hours));
		long rejected = ledger.files().stream().mapToLong(InputFileSummary::rowsRejected).sum();
		return new ReportModel(month, currency, month.end().minusSeconds(1), ledger.files(), ledger.balanced(),
				strip(ledger.difference()), cost, estimated, strip(cost.add(estimated).add(modelled)), byCategory,
				new TokenTotals(strip(totals.input), strip(totals.output), strip(totals.cached)), totals.gpuHours,
				strip(totals.egressGb), analyses, assumptions.all(), calculator, rejected, previousCost(month),
				List.copyOf(notes), findings, store.rejectionSummary(runId)
					.stream()
					.map(r -> new RejectionGroup(r[0], r[1], Long.parseLong(r[2]), r[3]))
					.toList(),
				history(month, currency, cost));
	}

	/**
	 * Lines of workloads that must stay in the EU: any processed in a region outside the EU, or bought as API tokens
	 * (shared serverless tenancy, where the data processing agreement decides).
	 */
	private List<String> complianceFlags(long runId, TcoAssumptions assumptions, TcoEngine engine) {
		List<String> euWorkloads = assumptions.choices().euResidencyWorkloads();
		List<String> flags = new ArrayList<>();
		if (euWorkloads.isEmpty()) {
			return flags;
		}
		for (String[] p : store.workloadPlacements(runId)) {
			if (!euWorkloads.contains(p[0])) {
				continue;
			}
			if (!p[2].isEmpty() && !engine.isEuRegion(p[2])) {
				flags.add(p[0] + ": " + p[4] + " line(s) of " + p[1] + " in region " + p[2] + ", outside the allowed EU regions");
			}
			if (p[3].equals(CostCategory.API_TOKENS.id())) {
				flags.add(p[0] + ": " + p[4] + " line(s) of API tokens at " + p[1] + (p[2].isEmpty() ? "" : " (" + p[2] + ")")
						+ " run on shared serverless tenancy: check the DPA and the data-residency setting");
			}
		}
		return flags;
	}

	/**
	 * A bill's token quantity gives way to a usage export of the same provider that covers its account (or the
	 * whole provider, when the export names no account), so tokens are counted once.
	 */
	private static boolean replacedByUsage(CostSummaryRow row, Map<String, Set<String>> usageAccounts) {
		Set<String> accounts = usageAccounts.get(row.provider());
		return accounts != null && (accounts.contains("") || accounts.contains(row.tokenAccount()));
	}

	/**
	 * Usage no invoice covers: the provider has no invoiced API cost this month, or the usage is priority tier
	 * (Anthropic's cost report leaves priority-tier usage out).
	 */
	private static boolean isUninvoiced(CostSummaryRow row, Set<String> providersInvoicingApi) {
		if (row.provider().equals("self-hosted")) {
			return false; // served on GPUs whose bills are in the month already
		}
		return !providersInvoicingApi.contains(row.provider())
				|| row.tier() != null && row.tier().toLowerCase(Locale.ROOT).startsWith("priority");
	}

	/** The user's price for the model (after aliases) wins over the catalog's. */
	private static BigDecimal estimate(ModelPriceCatalog catalog, TcoAssumptions assumptions, CostSummaryRow row) {
		String model = row.model() == null ? "" : row.model();
		String alias = assumptions.choices().modelAliases().get(model);
		String name = alias != null ? alias : model;
		var own = assumptions.choices().modelPrices().get(name.toLowerCase(Locale.ROOT));
		var price = own != null ? java.util.Optional.of(own) : catalog.find(name);
		if (price.isEmpty()) {
			return null;
		}
		var p = price.get();
		BigDecimal perToken = switch (row.tokenType() == null ? TokenType.INPUT : row.tokenType()) {
			case OUTPUT -> p.output();
			case CACHED_INPUT -> p.cacheRead() != null ? p.cacheRead() : p.input();
			case CACHE_WRITE -> p.cacheWrite() != null ? p.cacheWrite() : p.input();
			case INPUT -> p.input();
		};
		return perToken == null ? null : row.tokens().multiply(perToken);
	}

	/** Rates from the ECB files among the inputs, plus the file the assumptions name. */
	public static ExchangeRates exchangeRates(NormalizedRecordStore store, long runId, TcoAssumptions assumptions,
			BillingMonth month) {
		ExchangeRates rates = new ExchangeRates();
		store.exchangeRates(runId, rates::add);
		var file = assumptions.attribution().exchangeRates();
		if (file != null) {
			InputFile input = InputFile.plain(file, file.getFileName().toString());
			EcbRatesNormalizer normalizer = new EcbRatesNormalizer(month);
			try (RecordSource source = com.inferencetco.ingest.ExportReaders
				.open(new ExportFile(input, ExportFormat.ECB_RATES))) {
				while (source.hasNext()) {
					RowOutcome outcome = normalizer.normalize(source.next());
					if (outcome instanceof RowOutcome.Normalized normalized) {
						for (NormalizedLine rate : normalized.records()) {
							rates.add(rate.dimensions().sku(), rate.usageDay(), rate.quantity());
						}
					}
				}
			}
		}
		return rates;
	}

	/**
	 * The invoiced cost of the last twelve reported months in the report currency, then this month: months billed in
	 * another currency are left out rather than converted at a guessed rate.
	 */
	private List<ReportModel.MonthCost> history(BillingMonth month, String currency, BigDecimal cost) {
		Map<String, List<String[]>> byMonth = new TreeMap<>();
		for (String[] row : store.publishedMonthlyCosts(month.toString())) {
			byMonth.computeIfAbsent(row[0], m -> new ArrayList<>()).add(row);
		}
		List<ReportModel.MonthCost> history = new ArrayList<>();
		byMonth.forEach((m, rows) -> {
			if (rows.size() == 1 && rows.get(0)[1].equals(currency)) {
				history.add(new ReportModel.MonthCost(m, strip(new BigDecimal(rows.get(0)[2]))));
			}
		});
		List<ReportModel.MonthCost> last = new ArrayList<>(history.subList(Math.max(0, history.size() - 12), history.size()));
		last.add(new ReportModel.MonthCost(month.toString(), cost));
		return List.copyOf(last);
	}

	private BigDecimal previousCost(BillingMonth month) {
		Long previousRun = store.publishedRun(month.previous().toString());
		if (previousRun == null) {
			return null;
		}
		// the previous month's own report currency may differ; compare only when it is the same single currency
		Set<String> currencies = new HashSet<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (CostSummaryRow row : store.summary(previousRun)) {
			if (row.source() == SourceKind.BILL) {
				currencies.add(row.currency());
				sum = sum.add(row.cost());
			}
		}
		return currencies.size() == 1 ? strip(sum) : null;
	}

	private static BigDecimal sum(Map<CostCategory, BigDecimal> byCategory, boolean invoiced) {
		return byCategory.entrySet()
			.stream()
			.filter(e -> e.getKey().invoiced() == invoiced)
			.map(Map.Entry::getValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static BigDecimal strip(BigDecimal value) {
		return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
	}

	/** Month totals being summed. */
	private static final class Totals {

		BigDecimal input = BigDecimal.ZERO;

		BigDecimal output = BigDecimal.ZERO;

		BigDecimal cached = BigDecimal.ZERO;

		BigDecimal egressGb = BigDecimal.ZERO;

		BigDecimal estimated = BigDecimal.ZERO;

		final Map<String, BigDecimal> gpuHours = new TreeMap<>();

		void addTokens(TokenType type, BigDecimal tokens) {
			if (type == TokenType.OUTPUT) {
				output = output.add(tokens);
				return;
			}
			input = input.add(tokens);
			if (type == TokenType.CACHED_INPUT) {
				cached = cached.add(tokens);
			}
		}
	}

	/** One workload's totals being summed. */
	private static final class WorkloadTotals {

		final String name;

		BigDecimal cost = BigDecimal.ZERO;

		BigDecimal tokens = BigDecimal.ZERO;

		BigDecimal servedTokens = BigDecimal.ZERO;

		BigDecimal gpuHours = BigDecimal.ZERO;

		BigDecimal gpuCost = BigDecimal.ZERO;

		BigDecimal apiTokenCost = BigDecimal.ZERO;

		BigDecimal estimatedCost = BigDecimal.ZERO;

		BigDecimal utilizationSum = BigDecimal.ZERO;

		long utilizationSamples;

		WorkloadTotals(String name) {
			this.name = name;
		}
	}
}
