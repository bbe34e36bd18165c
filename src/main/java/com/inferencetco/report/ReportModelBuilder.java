package com.inferencetco.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.inferencetco.cost.ExchangeRates;
import com.inferencetco.cost.MonthEconomics;
import com.inferencetco.cost.MonthResult;
import com.inferencetco.cost.Showback;
import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.cost.TokenMix;
import com.inferencetco.finance.FinanceInputs;
import com.inferencetco.finance.FinancePack;
import com.inferencetco.finance.MonthOverMonth;
import com.inferencetco.finance.MonthToDate;
import com.inferencetco.finance.Restatement;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostSummaryRow;
import com.inferencetco.model.InvoiceCheck;
import com.inferencetco.model.OtherMonthFile;
import com.inferencetco.model.SkippedInput;
import com.inferencetco.model.SourceKind;
import com.inferencetco.reconcile.InputFileSummary;
import com.inferencetco.reconcile.InputLedger;
import com.inferencetco.reconcile.Reconciliation;
import com.inferencetco.store.InvoiceChecks;
import com.inferencetco.store.RecordQueries;
import com.inferencetco.store.RejectionQueries;
import com.inferencetco.store.RunRepository;
import com.inferencetco.store.SkippedInputs;

/**
 * Builds the report model of a run: loads the stored records, the input ledger and the
 * history, and hands the month to the cost engine ({@link MonthEconomics}), whose one
 * result every renderer shows.
 */
@Component
public class ReportModelBuilder {

	private final RunRepository store;

	private final RecordQueries records;

	private final RejectionQueries rejections;

	private final SkippedInputs skippedInputs;

	private final InvoiceChecks invoiceChecks;

	private final HistoryFigures historyFigures;

	private final Clock clock;

	public ReportModelBuilder(RunRepository store, RecordQueries records, RejectionQueries rejections,
			SkippedInputs skippedInputs, InvoiceChecks invoiceChecks, HistoryFigures historyFigures, Clock clock) {
		this.store = store;
		this.records = records;
		this.rejections = rejections;
		this.skippedInputs = skippedInputs;
		this.invoiceChecks = invoiceChecks;
		this.historyFigures = historyFigures;
		this.clock = clock;
	}

	public ReportModel build(long runId, BillingMonth month, TcoAssumptions assumptions) {
		return build(runId, month, assumptions, FinanceInputs.NONE, null);
	}

	/**
	 * The model with the budgets and business metrics of the finance files given.
	 * @param reconciled the run's reconciliation when the reconcile step has just
	 * computed it, else null (it is computed here)
	 */
	public ReportModel build(long runId, BillingMonth month, TcoAssumptions assumptions, FinanceInputs finance,
			Reconciliation reconciled) {
		Reconciliation reconciliation = reconciled != null ? reconciled
				: Reconciliation.of(store, records, runId, assumptions, month);
		ExchangeRates rates = reconciliation.rates();
		InputLedger ledger = reconciliation.ledger();
		String currency = ledger.currency();
		List<CostSummaryRow> summary = reconciliation.lines().summary();
		MonthResult result = MonthEconomics.compute(month, currency, rates, assumptions, summary,
				reconciliation.lines().placements());
		TokenMix t = result.tokens();
		long rejected = ledger.files().stream().mapToLong(InputFileSummary::rowsRejected).sum();
		List<SkippedInput> skipped = skippedInputs.of(runId);
		List<String> notes = new ArrayList<>();
		skipped.stream().limit(10).forEach(s -> notes.add(s.file() + " was not read: " + s.reason() + "."));
		if (skipped.size() > 10) {
			notes.add(
					(skipped.size() - 10) + " more files were not read (the JSON summary's skippedInputs lists them).");
		}
		List<InvoiceCheck> invoices = invoiceChecks.of(runId);
		Showback showback = showback(result);
		invoices.forEach(i -> notes.add(InvoiceNotes.line(i)));
		notes.addAll(result.notes());
		List<OtherMonthFile> otherMonths = rejections.otherMonthFiles(runId);
		otherMonths.forEach(f -> notes.add(f.words(month)));
		HistoryFigures.Month thisMonth = new HistoryFigures.Month(runId, month, currency, assumptions, result);
		// read once: the lines of the month before are the largest read of the history
		HistoryFigures.PreviousMonth previous = historyFigures.previousMonth(month);
		BigDecimal previousCost = historyFigures.previousCost(previous);
		MonthOverMonth monthOverMonth = historyFigures.monthOverMonth(thisMonth, previous, previousCost, notes);
		List<ReportModel.MonthCost> history = historyFigures.trend(thisMonth);
		MonthToDate monthToDate = MonthToDate.of(lastBilledDay(summary), LocalDate.now(clock));
		FinancePack pack = FinancePack.of(showback, finance.read(), monthToDate,
				historyFigures.unitCostTrends(thisMonth));
		Restatement restatement = historyFigures.restatement(thisMonth, ledger.files(), notes);
		return new ReportModel(month, currency, month.end().minusSeconds(1), ledger.files(), ledger.balanced(),
				strip(ledger.difference()), result.cost(), result.estimatedCost(), result.tco(), result.byCategory(),
				new TokenTotals(strip(t.input().add(t.cachedInput())), strip(t.output()), strip(t.cachedInput())),
				result.gpuHoursByModel(), result.egressGb(), result.workloads(), result.assumptions().all(),
				result.calculator(), rejected, previousCost, List.copyOf(notes), result.findings(),
				rejections.rejectionSummary(runId)
					.stream()
					.map(r -> new RejectionGroup(r.file(), r.column(), r.rows(), r.exampleReason()))
					.toList(),
				history, result.assumptions().choices().displayNames(), new DetailConversion(rates, currency), skipped,
				invoices, showback, pack, monthOverMonth, historyFigures.forecast(thisMonth, history), restatement,
				otherMonths);
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
