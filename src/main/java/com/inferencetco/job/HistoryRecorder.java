package com.inferencetco.job;

import java.util.List;

import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.finance.Restatement;
import com.inferencetco.report.ReportModel;
import com.inferencetco.store.MonthHistory;

/**
 * Leaves what later months need of this one in the history: its workloads (own and fully
 * loaded cost, volume), its unit costs and its restatement. Published with the month;
 * replaced when the report step runs again.
 */
final class HistoryRecorder {

	private HistoryRecorder() {
	}

	static void record(MonthHistory history, long runId, ReportModel model) {
		String currency = model.currency();
		List<MonthHistory.WorkloadMonth> workloads = model.workloads().stream().map(w -> workload(model, w)).toList();
		// a metric of a workload the month does not have is no point of its trend (its
		// cost is zero, not measured)
		List<MonthHistory.UnitCostMonth> unitCosts = model.finance()
			.unitCosts()
			.stream()
			.filter(u -> model.showback().line(u.workload()).isPresent())
			.map(u -> new MonthHistory.UnitCostMonth(model.month().toString(), u.metric(), u.workload(), currency,
					u.units(), u.cost(), u.costPerUnit()))
			.toList();
		Restatement r = model.restatement();
		MonthHistory.RestatementRecord restatement = r == null ? null
				: new MonthHistory.RestatementRecord(model.month().toString(), r.previousRunCompletedAt(), null,
						currency, r.previousCost(), r.cost(), r.previousTco(), r.tco(),
						(int) r.count(Restatement.Change.ADDED), (int) r.count(Restatement.Change.REMOVED),
						(int) r.count(Restatement.Change.CHANGED));
		history.record(runId, workloads, unitCosts, restatement);
	}

	private static MonthHistory.WorkloadMonth workload(ReportModel model, WorkloadAnalysis w) {
		return new MonthHistory.WorkloadMonth(model.month().toString(), w.name(), model.currency(),
				w.cost().add(w.estimatedCost()), model.showbackOf(w.name()).fullyLoadedCost(), w.tokens(),
				w.gpuHours());
	}

}
