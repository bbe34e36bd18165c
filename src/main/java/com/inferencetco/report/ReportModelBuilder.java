package com.inferencetco.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
import com.inferencetco.finance.MonthToDate;
import com.inferencetco.finance.Restatement;
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
 * Builds the report model of a run: loads the stored records, the input ledger and the
 * history, and hands the month to the cost engine ({@link MonthEconomics}), whose one
 * result every renderer shows.
 */
@Component
public class ReportModelBuilder {

	private final NormalizedRecordStore store;

	private final SkippedInputs skippedInputs;

	private final com.inferencetco.store.InvoiceChecks invoiceChecks;

	private final HistoryFigures historyFigures;

	private final Clock clock;

	public ReportModelBuilder(NormalizedRecordStore store, SkippedInputs skippedInputs,
			com.inferencetco.store.InvoiceChecks invoiceChecks, HistoryFigures historyFigures, Clock clock) {
		this.store = store;
		this.skippedInputs = skippedInputs;
		this.invoiceChecks = invoiceChecks;
		this.historyFigures = historyFigures;
		this.clock = clock;
	}

	public ReportModel build(long runId, BillingMonth month, TcoAssumptions assumptions) {
		return build(runId, month, assumptions, FinanceInputs.NONE);
	}

	/** The model with the budgets and business metrics of the finance files given. */
	public ReportModel build(long runId, BillingMonth month, TcoAssumptions assumptions, FinanceInputs finance) {
		ExchangeRates rates = exchangeRates(store, runId, assumptions, month);
		InputLedger ledger = InputLedger.load(store, runId, assumptions.currency(), !rates.isEmpty());
		String currency = ledger.currency();
		List<CostSummaryRow> summary = store.summary(runId);
		MonthResult result = MonthEconomics.compute(month, currency, rates, assumptions, summary,
				store.workloadPlacements(runId));
		TokenMix t = result.tokens();
		long rejected = ledger.files().stream().mapToLong(InputFileSummary::rowsRejected).sum();
		List<SkippedInput> skipped = skippedInputs.of(runId);
		List<String> notes = new ArrayList<>();
		skipped.stream().limit(10).forEach(s -> notes.add(s.file() + " was not read: " + s.reason() + "."));
		if (skipped.size() > 10) {
			notes.add(
					(skipped.size() - 10) + " more files were not read (the JSON summary's skippedInputs lists them).");
		}
		List<com.inferencetco.ingest.InvoiceCheck> invoices = invoiceChecks.of(runId);
		Showback showback = showback(result);
		invoices.forEach(i -> notes.add(InvoiceNotes.line(i)));
		notes.addAll(result.notes());
		HistoryFigures.Month thisMonth = new HistoryFigures.Month(runId, month, currency, assumptions, result);
		MonthOverMonth monthOverMonth = historyFigures.monthOverMonth(thisMonth, notes);
		List<ReportModel.MonthCost> history = historyFigures.trend(thisMonth);
		MonthToDate monthToDate = MonthToDate.of(lastBilledDay(summary), LocalDate.now(clock));
		FinancePack pack = FinancePack.of(showback, finance.read(), monthToDate,
				historyFigures.unitCostTrends(thisMonth));
		Restatement restatement = historyFigures.restatement(thisMonth, ledger.files(), notes);
		return new ReportModel(month, currency, month.end().minusSeconds(1), ledger.files(), ledger.balanced(),
				strip(ledger.difference()), result.cost(), result.estimatedCost(), result.tco(), result.byCategory(),
				new TokenTotals(strip(t.input().add(t.cachedInput())), strip(t.output()), strip(t.cachedInput())),
				result.gpuHoursByModel(), result.egressGb(), result.workloads(), result.assumptions().all(),
				result.calculator(), rejected, historyFigures.previousCost(month), List.copyOf(notes),
				result.findings(),
				store.rejectionSummary(runId)
					.stream()
					.map(r -> new RejectionGroup(r[0], r[1], Long.parseLong(r[2]), r[3]))
					.toList(),
				history, result.assumptions().choices().displayNames(), new DetailConversion(rates, currency), skipped,
				invoices, showback, pack, monthOverMonth, historyFigures.forecast(thisMonth, history), restatement);
	}

	/**
	 * Every cost allocated to a workload. The modelled pool is what the TCO holds beyond
	 * the workloads' own costs: the modelled categories, to the last of the engine's 20
	 * significant digits (the TCO is rounded there, the workloads' costs are not), so
	 * that the fully loaded costs add up to the TCO exactly.
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

	/** The last day the month's invoiced records cover, or null without any. */
	private static LocalDate lastBilledDay(List<CostSummaryRow> summary) {
		return summary.stream()
			.filter(r -> r.source() == SourceKind.BILL && r.day() != null)
			.map(CostSummaryRow::day)
			.max(LocalDate::compareTo)
			.orElse(null);
	}

	static BigDecimal strip(BigDecimal value) {
		return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
	}

}
