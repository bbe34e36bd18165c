package com.inferencetco.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import com.inferencetco.TcoException;
import com.inferencetco.cost.Action;
import com.inferencetco.cost.MonthEconomics;
import com.inferencetco.cost.MonthResult;
import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.finance.FinancePack;
import com.inferencetco.finance.Forecast;
import com.inferencetco.finance.MonthOverMonth;
import com.inferencetco.finance.Restatement;
import com.inferencetco.finance.WorkloadForecast;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostSummaryRow;
import com.inferencetco.model.SourceKind;
import com.inferencetco.reconcile.InputFileSummary;
import com.inferencetco.reconcile.InputLedger;
import com.inferencetco.reconcile.MonthRates;
import com.inferencetco.store.LineTotals;
import com.inferencetco.store.MonthHistory;
import com.inferencetco.store.RecordQueries;
import com.inferencetco.store.RunRepository;

/**
 * The figures of a month that come from the months reported before it (and from its own
 * earlier run): the trend, the month-over-month bridge, the forecasts, the unit-cost
 * trends and the restatement. Earlier runs are costed by the same engine under this run's
 * assumptions, so a change is the bills', not the model's.
 */
@Component
class HistoryFigures {

	private final RunRepository store;

	private final RecordQueries records;

	private final MonthHistory history;

	HistoryFigures(RunRepository store, RecordQueries records, MonthHistory history) {
		this.store = store;
		this.records = records;
		this.history = history;
	}

	/** The month before as reported: its run and the totals of its lines, read once. */
	record PreviousMonth(BillingMonth month, long runId, LineTotals lines) {
	}

	/** The month before this one as reported here, or null. */
	PreviousMonth previousMonth(BillingMonth month) {
		Long run = store.publishedRun(month.previous().toString());
		return run == null ? null : new PreviousMonth(month.previous(), run, records.totals(run));
	}

	/**
	 * What a month needs to be compared: the run, and how to cost a stored run like it.
	 */
	record Month(long runId, BillingMonth month, String currency, TcoAssumptions assumptions, MonthResult result) {
	}

	/**
	 * The invoiced cost of the last twelve reported months in the report currency, then
	 * this month: months billed in another currency are left out rather than converted at
	 * a guessed rate.
	 */
	List<ReportModel.MonthCost> trend(Month m) {
		Map<String, List<RecordQueries.MonthlyCost>> byMonth = new TreeMap<>();
		for (RecordQueries.MonthlyCost row : records.publishedMonthlyCosts(m.month().toString())) {
			byMonth.computeIfAbsent(row.month(), k -> new ArrayList<>()).add(row);
		}
		List<ReportModel.MonthCost> trend = new ArrayList<>();
		byMonth.forEach((month, rows) -> {
			if (rows.size() == 1 && rows.get(0).currency().equals(m.currency())) {
				trend.add(new ReportModel.MonthCost(month, ReportModelBuilder.strip(rows.get(0).cost())));
			}
		});
		List<ReportModel.MonthCost> last = new ArrayList<>(trend.subList(Math.max(0, trend.size() - 12), trend.size()));
		last.add(new ReportModel.MonthCost(m.month().toString(), m.result().cost()));
		return List.copyOf(last);
	}

	/**
	 * The previous month bridged to this one; null when that month was not reported here.
	 * A previous month that cannot be costed in this month's currency (a currency without
	 * a rate) is not compared, and the notes say why.
	 * @param previous the month before, as {@link #previousMonth} gives it
	 * @param previousCost that month's invoiced cost as {@link #previousCost} gives it
	 */
	MonthOverMonth monthOverMonth(Month m, PreviousMonth previous, BigDecimal previousCost, List<String> notes) {
		if (previous == null) {
			return null;
		}
		try {
			MonthResult before = cost(previous.runId(), previous.lines(), previous.month(), m);
			return MonthOverMonth.between(previous.month().toString(), previousCost, before, m.result());
		}
		catch (TcoException ex) {
			notes.add("Month over month: " + previous.month() + " is not compared with this month: " + ex.getMessage());
			return null;
		}
	}

	/**
	 * The month as reported before this run, compared file by file and costed again; null
	 * on the month's first run.
	 */
	Restatement restatement(Month m, List<InputFileSummary> files, List<String> notes) {
		MonthHistory.StandingRun before = history.standingRun(m.month().toString());
		if (before == null || before.runId() == m.runId()) {
			return null;
		}
		List<Restatement.Earlier> earlier = history.restatements(m.month().toString())
			.stream()
			.filter(r -> r.currency().equals(m.currency()))
			.map(r -> new Restatement.Earlier(r.restatedAt(),
					ReportModelBuilder.strip(r.cost().subtract(r.previousCost())),
					ReportModelBuilder.strip(r.tco().subtract(r.previousTco())), r.filesAdded(), r.filesRemoved(),
					r.filesChanged()))
			.toList();
		try {
			LineTotals lines = records.totals(before.runId());
			MonthResult previous = cost(before.runId(), lines, m.month(), m);
			List<Restatement.FileState> previousFiles = InputLedger
				.load(store, records, before.runId(), lines.storedCost(), m.assumptions().currency(), true)
				.files()
				.stream()
				.map(HistoryFigures::state)
				.toList();
			return Restatement.between(before.completedAt(), previousFiles, previous.cost(), previous.tco(),
					files.stream().map(HistoryFigures::state).toList(), m.result().cost(), m.result().tco(), earlier);
		}
		catch (TcoException ex) {
			notes.add("Restatement: the month's previous run is not compared with this one: " + ex.getMessage());
			return null;
		}
	}

	/**
	 * The month's forecast with a forecast per workload that has three or more
	 * consecutive months of its own.
	 */
	Forecast forecast(Month m, List<ReportModel.MonthCost> trend) {
		List<BigDecimal> costs = new ArrayList<>();
		BillingMonth expected = m.month();
		for (int i = trend.size() - 1; i >= 0 && trend.get(i).month().equals(expected.toString()); i--) {
			costs.add(0, trend.get(i).cost());
			expected = expected.previous();
		}
		Forecast forecast = Forecast.linear(m.month().next().toString(), costs);
		if (forecast == null) {
			return null;
		}
		Map<String, Map<String, MonthHistory.WorkloadMonth>> byWorkload = new HashMap<>();
		for (MonthHistory.WorkloadMonth w : history.workloadsBefore(m.month().toString())) {
			if (w.currency().equals(m.currency())) {
				byWorkload.computeIfAbsent(w.workload(), k -> new HashMap<>()).put(w.month(), w);
			}
		}
		List<WorkloadForecast> forecasts = new ArrayList<>();
		for (WorkloadAnalysis w : m.result().workloads()) {
			List<BigDecimal> own = new ArrayList<>(List.of(w.cost().add(w.estimatedCost())));
			List<BigDecimal> tokens = new ArrayList<>(List.of(w.tokens()));
			Map<String, MonthHistory.WorkloadMonth> months = byWorkload.getOrDefault(w.name(), Map.of());
			for (BillingMonth at = m.month().previous(); months.containsKey(at.toString())
					&& own.size() < 12; at = at.previous()) {
				own.add(0, months.get(at.toString()).ownCost());
				tokens.add(0, months.get(at.toString()).tokens());
			}
			BigDecimal breakEven = w.decision().action() == Action.STAY_SERVERLESS
					? w.decision().fixedCostBreakEvenTokensPerMinute() : null;
			WorkloadForecast f = WorkloadForecast.of(m.month(),
					new WorkloadForecast.History(w.name(), own, tokens, breakEven));
			if (f != null) {
				forecasts.add(f);
			}
		}
		forecasts.sort(Comparator.comparing(WorkloadForecast::nextMonthCost)
			.reversed()
			.thenComparing(WorkloadForecast::workload));
		return forecast.withWorkloads(forecasts);
	}

	/**
	 * The earlier months' cost per unit of every metric, in the report currency, oldest
	 * first.
	 */
	Map<FinancePack.MetricOf, List<FinancePack.UnitCostPoint>> unitCostTrends(Month m) {
		Map<FinancePack.MetricOf, List<FinancePack.UnitCostPoint>> trends = new HashMap<>();
		for (MonthHistory.UnitCostMonth u : history.unitCostsBefore(m.month().toString())) {
			if (u.currency().equals(m.currency())) {
				trends.computeIfAbsent(new FinancePack.MetricOf(u.metric(), u.workload()), k -> new ArrayList<>())
					.add(new FinancePack.UnitCostPoint(u.month(), u.costPerUnit().stripTrailingZeros()));
			}
		}
		return trends;
	}

	/**
	 * The invoiced cost of the month before when it was reported in one currency, else
	 * null.
	 */
	BigDecimal previousCost(PreviousMonth previous) {
		if (previous == null) {
			return null;
		}
		// the previous month's own report currency may differ; compare only when it is
		// the same single currency
		Set<String> currencies = new HashSet<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (CostSummaryRow row : previous.lines().summary()) {
			if (row.source() == SourceKind.BILL) {
				currencies.add(row.currency());
				sum = sum.add(row.cost());
			}
		}
		return currencies.size() == 1 ? ReportModelBuilder.strip(sum) : null;
	}

	private MonthResult cost(long runId, LineTotals lines, BillingMonth month, Month m) {
		return MonthEconomics.compute(month, m.currency(), MonthRates.of(records, runId, m.assumptions(), month),
				m.assumptions(), lines.summary(), lines.placements());
	}

	private static Restatement.FileState state(InputFileSummary f) {
		return new Restatement.FileState(f.file(), f.sha256(), f.sourceCost(), f.sourceCurrency());
	}

}
