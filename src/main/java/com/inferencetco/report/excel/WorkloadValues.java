package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Row;

import com.inferencetco.cost.CommitmentTerms;
import com.inferencetco.cost.Decision;
import com.inferencetco.cost.WorkloadAnalysis;

/**
 * The parts of a Workloads row written as the engine's values rather than formulas: the
 * decision of a row with nothing to compare or with committed GPU time, and what
 * commitments cover.
 */
final class WorkloadValues {

	private WorkloadValues() {
	}

	/**
	 * A workload with nothing to compare, or whose GPU time is committed (sunk while the
	 * term runs, not a what-if): the engine's decision as it stands.
	 */
	static void decision(Row row, WorkloadAnalysis w, WorkbookStyles s) {
		Decision d = w.decision();
		text(row, WorkloadColumn.ACTION.index(), d.action().id());
		number(row, WorkloadColumn.CURRENT.index(), d.currentMonthlyCost(), s.money);
		number(row, WorkloadColumn.ALTERNATIVE.index(), d.alternativeMonthlyCost(), s.money);
		number(row, WorkloadColumn.SAVING.index(), d.monthlySaving(), s.money);
		number(row, WorkloadColumn.GPUS_NEEDED.index(), whole(d.gpusNeeded()), s.integer);
		number(row, WorkloadColumn.INSTANCES_NEEDED.index(), whole(d.instancesNeeded()), s.integer);
		number(row, WorkloadColumn.SERVERS_NEEDED.index(), whole(d.serversNeeded()), s.integer);
		number(row, WorkloadColumn.PAYBACK.index(), d.paybackMonths(), s.decimal);
		number(row, WorkloadColumn.BREAK_EVEN.index(), w.breakEvenUtilization(), s.percent);
		number(row, WorkloadColumn.GPU_RATE.index(), w.gpuHourlyRate(), s.money);
	}

	/** What commitments cover of the workload's GPU time, and the action at their end. */
	static void commitment(Row row, CommitmentTerms c, WorkbookStyles s) {
		if (c == null) {
			return;
		}
		number(row, WorkloadColumn.COMMITTED_GPU_HOURS.index(), c.coveredGpuHours(), s.decimal);
		number(row, WorkloadColumn.COMMITTED_COST.index(), c.committedCost(), s.money);
		text(row, WorkloadColumn.COMMITMENT_ENDS.index(),
				c.endsOn() == null ? "not in the export" : c.endsOn().toString());
		text(row, WorkloadColumn.AT_TERM_END.index(), c.atEnd().action().id());
	}

	private static BigDecimal whole(Integer value) {
		return value == null ? null : BigDecimal.valueOf(value);
	}

}
