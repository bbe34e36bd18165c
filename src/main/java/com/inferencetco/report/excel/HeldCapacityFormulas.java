package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.RowFormulas.formula;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Row;

import com.inferencetco.cost.CommitmentTerms;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.report.excel.DecisionFormulas.GpuTime;

/**
 * The decisions on capacity the company already pays for, as formulas like every other
 * row's: GPU time under a commitment (sunk until the term ends, so only the GPU time
 * nothing commits is compared) and workloads served on owned servers (their capital sunk,
 * so today's cost is their share of the servers' running costs).
 */
final class HeldCapacityFormulas {

	private HeldCapacityFormulas() {
	}

	/**
	 * A dedicated workload whose GPU time commitments cover: the uncommitted GPU time
	 * compared as any dedicated GPUs, the committed cost in today's cost and in every
	 * alternative's. Wholly committed (or its uncommitted time costing nothing), there is
	 * nothing to compare until the term ends.
	 */
	static void committed(Row row, int n, WorkloadAnalysis w, WorkbookStyles s) {
		CommitmentTerms c = w.decision().commitment();
		if (w.gpuHours().compareTo(c.coveredGpuHours()) > 0 && w.gpuCost().signum() > 0) {
			DecisionFormulas.dedicated(row, n, w.inputs().tokenPriced(), GpuTime.UNCOMMITTED, s);
			return;
		}
		formula(row, WorkloadColumn.FIXED, n, "IF(Dedicated_GpuHoursTotal>0,(Engineering_PerMonth"
				+ "+SelfHosting_CompliancePerMonth)*{GPU_HOURS}/Dedicated_GpuHoursTotal,0)", s.money);
		formula(row, WorkloadColumn.CURRENT, n, "{GPU_COST}+{COMMITTED_COST}+{FIXED}", s.money);
		Cells.text(row, WorkloadColumn.ACTION.index(), w.decision().action().id());
		formula(row, WorkloadColumn.ALTERNATIVE, n, "{CURRENT}", s.money);
		formula(row, WorkloadColumn.SAVING, n, "MAX(0,{CURRENT}-{ALTERNATIVE})", s.money);
		Integer gpus = w.decision().gpusNeeded();
		Cells.number(row, WorkloadColumn.GPUS_NEEDED.index(), gpus == null ? null : BigDecimal.valueOf(gpus),
				s.integer);
	}

	/**
	 * A workload served on owned servers: its share of their running costs by the tokens
	 * it served, against its tokens on an API or GPUs rented for its busiest hour; the
	 * running costs stay while the servers serve other workloads. Keep them unless an
	 * alternative saves the minimum.
	 */
	static void owned(Row row, int n, boolean tokenPriced, WorkbookStyles s) {
		String owned = "SUMIF(" + WorkloadColumn.DEPLOYMENT.whole() + ",\"owned\","
				+ WorkloadColumn.SERVED_TOKENS.whole() + ")";
		formula(row, WorkloadColumn.CURRENT, n, "IF(" + owned + ">0,OnPrem_ServersOwned*OnPrem_RunningPerServerMonth"
				+ "*{SERVED_TOKENS}/" + owned + ",0)", s.money);
		// switched off only when this workload is the only one they serve
		formula(row, WorkloadColumn.FIXED, n,
				"IF(COUNTIF(" + WorkloadColumn.DEPLOYMENT.whole() + ",\"owned\")=1,0,{CURRENT})", s.money);
		DecisionFormulas.replicasForThePeak(row, n, s);
		formula(row, WorkloadColumn.RENT_COST, n, "{RENT_GPUS}*Dedicated_GpuHourlyRate*Month_Hours+{FIXED}", s.money);
		if (tokenPriced) {
			formula(row, WorkloadColumn.MOVE_COST, n,
					"IF(ISNUMBER({SERVERLESS_PRICE}),{SERVED_TOKENS}*{SERVERLESS_PRICE}/1000000+{FIXED},\"\")",
					s.money);
		}
		formula(row, WorkloadColumn.BEST_COST, n,
				"IF(COUNT({RENT_COST},{MOVE_COST})=0,\"\",MIN({RENT_COST},{MOVE_COST}))", s.money);
		formula(row, WorkloadColumn.BEST_ACTION, n,
				"IF({MOVE_COST}={BEST_COST},\"move-to-serverless\",\"rent-cheaper\")", s.text);
		DecisionFormulas.choose(row, n, "\"keep-owned\"", s);
		formula(row, WorkloadColumn.GPUS_NEEDED, n, "IF({ACTION}=\"rent-cheaper\",{RENT_GPUS},\"\")", s.integer);
		formula(row, WorkloadColumn.INSTANCES_NEEDED, n, "IF({ACTION}=\"rent-cheaper\",{RENT_INSTANCES},\"\")",
				s.integer);
	}

}
