package com.inferencetco.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import com.inferencetco.cost.ExchangeRates;
import com.inferencetco.cost.MonthEconomics;
import com.inferencetco.cost.MonthResult;
import com.inferencetco.cost.Showback;
import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.cost.TokenMix;
import com.inferencetco.finance.FinanceInputs;
import com.inferencetco.finance.FinancePack;
import com.inferencetco.finance.Forecast;
import com.inferencetco.finance.MonthOverMonth;
import com.inferencetco.ingest.ExportFile;
import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.ingest.SkippedInput;
import com.inferencetco.ingest.rates.EcbRatesNormalizer;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostSummaryRow;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RowOutcome;
import com.inferencetco.model.SourceKind;
import com.inferencetco.store.NormalizedRecordStore;
import com.inferencetco.store.SkippedInputs;

/**
 * Builds the report model of a run: loads the stored records, the input ledger and the history, and hands the
 * month to the cost engine ({@link MonthEconomics}), whose one result every renderer shows.
 */
@Component
public class ReportModelBuilder {

	private final NormalizedRecordStore store;

	private final SkippedInputs skippedInputs;

	private final com.inferencetco.store.InvoiceChecks invoiceChecks;

	public ReportModelBuilder(NormalizedRecordStore store, SkippedInputs skippedInputs,
			com.inferencetco.store.InvoiceChecks invoiceChecks) {
		this.store = store;
		this.skippedInputs = skippedInputs;
		this.invoiceChecks = invoiceChecks;
	}

	public ReportModel build(long runId, BillingMonth month, TcoAssumptions assumptions) {
		return build(runId, month, assumptions, FinanceInputs.NONE);
	}

	/** The model with the budgets and business metrics of the finance files given. */
	public ReportModel build(long runId, BillingMonth month, TcoAssumptions assumptions, FinanceInputs finance) {
		ExchangeRates rates = exchangeRates(store, runId, assumptions, month);
		InputLedger ledger = InputLedger.load(store, runId, assumptions.currency(), !rates.isEmpty());
		String currency = ledger.currency();
		MonthResult result = MonthEconomics.compute(month, currency, rates, assumptions, store.summary(runId),
				store.workloadPlacements(runId));
		TokenMix t = result.tokens();
		long rejected = ledger.files().stream().mapToLong(InputFileSummary::rowsRejected).sum();
		List<SkippedInput> skipped = skippedInputs.of(runId);
		List<String> notes = new ArrayList<>();
		skipped.stream().limit(10).forEach(s -> notes.add(s.file() + " was not read: " + s.reason() + "."));
		if (skipped.size() > 10) {
			notes.add((skipped.size() - 10) + " more files were not read (the JSON summary's skippedInputs lists them).");
		}
		List<com.inferencetco.ingest.InvoiceCheck> invoices = invoiceChecks.of(runId);
		Showback showback = showback(result);
		invoices.forEach(i -> notes.add(InvoiceNotes.line(i)));
		notes.addAll(result.notes());
		MonthOverMonth monthOverMonth = monthOverMonth(month, currency, assumptions, result, notes);
		List<ReportModel.MonthCost> history = history(month, currency, result.cost());
		return new ReportModel(month, currency, month.end().minusSeconds(1), ledger.files(), ledger.balanced(),
				strip(ledger.difference()), result.cost(), result.estimatedCost(), result.tco(), result.byCategory(),
				new TokenTotals(strip(t.input().add(t.cachedInput())), strip(t.output()), strip(t.cachedInput())),
				result.gpuHoursByModel(), result.egressGb(), result.workloads(), result.assumptions().all(),
				result.calculator(), rejected, previousCost(month), List.copyOf(notes), result.findings(),
				store.rejectionSummary(runId)
					.stream()
					.map(r -> new RejectionGroup(r[0], r[1], Long.parseLong(r[2]), r[3]))
					.toList(),
				history, result.assumptions().choices().displayNames(),
				new DetailConversion(rates, currency), skipped, invoices, showback, FinancePack.of(showback, finance.read()),
				monthOverMonth, forecast(month, history));
	}

	/**
	 * Every cost allocated to a workload. The modelled pool is what the TCO holds beyond the workloads' own costs:
	 * the modelled categories, to the last of the engine's 20 significant digits (the TCO is rounded there, the
	 * workloads' costs are not), so that the fully loaded costs add up to the TCO exactly.
	 */
	static Showback showback(MonthResult result) {
		BigDecimal own = result.workloads()
			.stream()
			.map(w -> w.cost().add(w.estimatedCost()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return Showback.of(result.workloads(), result.tco().subtract(own), result.assumptions().allocation());
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

	/**
	 * The previous month's records costed by the same engine under this month's assumptions, bridged to this month;
	 * null when that month was not reported here. A previous month that cannot be costed in this month's currency
	 * (a currency without a rate) is not compared, and the notes say why.
	 */
	private MonthOverMonth monthOverMonth(BillingMonth month, String currency, TcoAssumptions assumptions,
			MonthResult current, List<String> notes) {
		BillingMonth previous = month.previous();
		Long previousRun = store.publishedRun(previous.toString());
		if (previousRun == null) {
			return null;
		}
		try {
			MonthResult before = MonthEconomics.compute(previous, currency,
					exchangeRates(store, previousRun, assumptions, previous), assumptions, store.summary(previousRun),
					store.workloadPlacements(previousRun));
			return MonthOverMonth.between(previous.toString(), previousCost(month), before, current);
		}
		catch (com.inferencetco.TcoException ex) {
			notes.add("Month over month: " + previous + " is not compared with this month: " + ex.getMessage());
			return null;
		}
	}

	/** The linear trend of the consecutive months that end with this one (a month not reported here ends them). */
	static Forecast forecast(BillingMonth month, List<ReportModel.MonthCost> history) {
		List<BigDecimal> costs = new ArrayList<>();
		BillingMonth expected = month;
		for (int i = history.size() - 1; i >= 0 && history.get(i).month().equals(expected.toString()); i--) {
			costs.add(0, history.get(i).cost());
			expected = expected.previous();
		}
		return Forecast.linear(month.next().toString(), costs);
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

	static BigDecimal strip(BigDecimal value) {
		return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
	}
}
