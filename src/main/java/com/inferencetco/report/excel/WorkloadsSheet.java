package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.RowFormulas.formula;

import java.math.BigDecimal;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import com.inferencetco.cost.DecisionInputs;
import com.inferencetco.cost.Deployment;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.report.ReportModel;
import com.inferencetco.report.excel.DecisionFormulas.GpuTime;

/**
 * The Workloads sheet: one row per workload with what the month measured (values), what
 * the decision assumed (a named assumption wherever the engine took one), and the
 * decision itself as formulas over both, following the engine's rules (see
 * {@code DecisionEngine}): sizing in whole replicas, instances and servers, the fixed
 * costs of self-hosting, buying only when it pays back within the life, a change only
 * when it saves the minimum. So a reader who edits an assumption sees actions and savings
 * move; at month end the formulas give the JSON's figures. Committed GPU time and owned
 * servers are decided by formulas too (see {@link HeldCapacityFormulas}). Rows with
 * nothing to compare (infrastructure, speech models, free tokens) carry the engine's
 * decision as values.
 */
final class WorkloadsSheet {

	private WorkloadsSheet() {
	}

	/** The sheet's row number (1-based) of a workload, or 0 when it has none. */
	static int rowOf(ReportModel model, String workload) {
		for (int i = 0; i < model.workloads().size(); i++) {
			if (model.workloads().get(i).name().equals(workload)) {
				return i + 2;
			}
		}
		return 0;
	}

	static void write(Sheet sheet, ReportModel model, WorkbookStyles s) {
		header(sheet.createRow(0), s, Arrays.stream(WorkloadColumn.values()).map(c -> c.header).toArray(String[]::new));
		sheet.getRow(0).setHeightInPoints(45f); // three lines of the wrapped headers
		int r = 1;
		for (WorkloadAnalysis w : model.workloads()) {
			Row row = sheet.createRow(r);
			measured(row, r + 1, w, s);
			if (w.inputs() != null && w.deployment() == Deployment.SERVERLESS) {
				assumed(row, r + 1, w, s);
				DecisionFormulas.serverless(row, r + 1, s);
			}
			else if (w.inputs() != null && w.deployment() == Deployment.DEDICATED
					&& w.decision().commitment() != null) {
				assumed(row, r + 1, w, s);
				HeldCapacityFormulas.committed(row, r + 1, w, s);
			}
			else if (w.inputs() != null && w.deployment() == Deployment.DEDICATED) {
				assumed(row, r + 1, w, s);
				DecisionFormulas.dedicated(row, r + 1, w.inputs().tokenPriced(), GpuTime.ALL, s);
			}
			else if (w.inputs() != null && w.deployment() == Deployment.OWNED) {
				throughput(row, r + 1, w, s);
				namedOrStatedPrice(row, r + 1, w, s);
				HeldCapacityFormulas.owned(row, r + 1, w.inputs().tokenPriced(), s);
			}
			else {
				WorkloadValues.decision(row, w, s);
			}
			WorkloadValues.commitment(row, w.decision().commitment(), s);
			text(row, WorkloadColumn.DECIDING_DEFAULTS.index(), w.decision().decidingDefaultsInWords());
			text(row, WorkloadColumn.RECOMMENDATION.index(), w.recommendation());
			row.getCell(WorkloadColumn.RECOMMENDATION.index()).setCellStyle(s.wrap);
			// readers do not size wrapped rows on open: about 95 characters fit a line of
			// this column
			row.setHeightInPoints(Math.max(15f, 13f * (1 + w.recommendation().length() / 95)));
			r++;
		}
		for (WorkloadColumn c : WorkloadColumn.values()) {
			sheet.setColumnWidth(c.index(), c.width * 256);
		}
		// the workings sit to the right, grouped so a reader can fold them away
		sheet.groupColumn(WorkloadColumn.FIXED.index(), WorkloadColumn.BEST_ACTION.index());
		sheet.createFreezePane(1, 1);
		if (r > 1) {
			sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, WorkloadColumn.values().length - 1));
		}
		Cells.wideLandscape(sheet, 60);
		// the printout is what a reader decides on: the figures, the decision and the
		// recommendation; the workings (grouped at the right) stay on screen
		sheet.getWorkbook()
			.setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, WorkloadColumn.RECOMMENDATION.index(), 0,
					Math.max(1, r - 1));
	}

	/**
	 * What the month measured, as values; cost per million and utilization are formulas
	 * over them.
	 */
	private static void measured(Row row, int n, WorkloadAnalysis w, WorkbookStyles s) {
		DecisionInputs in = w.inputs();
		text(row, WorkloadColumn.WORKLOAD.index(), w.name());
		text(row, WorkloadColumn.DEPLOYMENT.index(), w.deployment().id());
		number(row, WorkloadColumn.TOKENS.index(), w.tokens(), s.integer);
		number(row, WorkloadColumn.GPU_HOURS.index(), w.gpuHours(), s.decimal);
		number(row, WorkloadColumn.COST.index(), w.cost(), s.money);
		number(row, WorkloadColumn.GPU_COST.index(), w.gpuCost(), s.money);
		number(row, WorkloadColumn.API_TOKEN_COST.index(), w.apiTokenCost(), s.money);
		number(row, WorkloadColumn.ESTIMATED_COST.index(), w.estimatedCost(), s.money);
		number(row, WorkloadColumn.SERVED_TOKENS.index(), in == null ? null : in.servedTokens(), s.integer);
		if (in != null) {
			number(row, WorkloadColumn.BUSIEST_DAY_TOKENS.index(), in.peak().dayTokens(), s.integer);
			number(row, WorkloadColumn.BUSIEST_HOUR_TOKENS.index(), in.peak().hourTokens(), s.integer);
			formula(row, WorkloadColumn.PEAK_TOKENS_PER_SECOND, n,
					"{BUSIEST_HOUR_TOKENS}/3600+{BUSIEST_DAY_TOKENS}*Peak_ToAverage/86400", s.decimal);
			text(row, WorkloadColumn.SIZED_ON.index(), in.sizedOn());
		}
		// tokens its GPUs did not serve are priced by what they cost, not by the GPUs
		formula(row, WorkloadColumn.COST_PER_MILLION, n,
				"IF({TOKENS}>0,IF(AND({GPU_COST}>0,IF(ISNUMBER({SERVED_TOKENS}),{SERVED_TOKENS},0)=0),"
						+ "{API_TOKEN_COST}+{ESTIMATED_COST},{COST})/{TOKENS}*1000000,\"\")",
				s.money);
		number(row, WorkloadColumn.GPU_BUSY.index(), w.gpuBusy(), s.percent);
		if (in != null && w.deployment() == Deployment.DEDICATED) {
			formula(row, WorkloadColumn.UTILIZATION, n,
					"IF({SERVED_TOKENS}>0,MIN(1,{SERVED_TOKENS}/({TOKENS_PER_SECOND}*3600*{GPU_HOURS})),\"\")",
					s.percent);
		}
	}

	/**
	 * The rate, throughput and price the engine compared: the invoiced rate of dedicated
	 * GPUs, the price serverless workloads paid, and the named assumption wherever the
	 * engine took one.
	 */
	private static void assumed(Row row, int n, WorkloadAnalysis w, WorkbookStyles s) {
		DecisionInputs in = w.inputs();
		boolean dedicated = w.deployment() == Deployment.DEDICATED;
		throughput(row, n, w, s);
		// under a commitment the rate is what renewing it costs: all its GPU time at the
		// effective rate
		formula(row, WorkloadColumn.GPU_RATE, n,
				!dedicated ? "Dedicated_GpuHourlyRate" : w.decision().commitment() != null
						? "({GPU_COST}+{COMMITTED_COST})/{GPU_HOURS}" : "{GPU_COST}/{GPU_HOURS}",
				s.input);
		if (dedicated && in.specializedRateIsAssumption()) {
			formula(row, WorkloadColumn.SPECIALIZED_RATE, n, "Dedicated_GpuHourlyRate", s.input);
		}
		else if (dedicated) {
			number(row, WorkloadColumn.SPECIALIZED_RATE.index(), in.specializedRate(), s.input);
		}
		if (!dedicated) {
			formula(row, WorkloadColumn.SERVERLESS_PRICE, n, "({API_TOKEN_COST}+{ESTIMATED_COST})/{TOKENS}*1000000",
					s.input);
		}
		else {
			namedOrStatedPrice(row, n, w, s);
		}
		// without a serverless price (a model nothing prices) there is no break-even
		formula(row, WorkloadColumn.BREAK_EVEN, n,
				"IF(ISNUMBER({SERVERLESS_PRICE}),{GPU_RATE}*1000000/({SERVERLESS_PRICE}*{TOKENS_PER_SECOND}*3600),\"\")",
				s.percent);
		formula(row, WorkloadColumn.BREAK_EVEN_TOKENS, n,
				"IF(ISNUMBER({BREAK_EVEN}),{BREAK_EVEN}*{TOKENS_PER_SECOND}*60,\"\")", s.integer);
		formula(row, WorkloadColumn.BREAK_EVEN_CONVERSATIONS, n,
				"IF(ISNUMBER({BREAK_EVEN}),{BREAK_EVEN}*{TOKENS_PER_SECOND}*86400/Tokens_PerConversation,\"\")",
				s.integer);
		// a break-even above 100 % is not a target: at these prices dedicated cannot win
		formula(row, WorkloadColumn.CAN_WIN, n,
				"IF(ISNUMBER({BREAK_EVEN}),IF({BREAK_EVEN}<=1,\"yes\",\"no (out of reach)\"),\"\")", s.text);
	}

	/** The throughput per GPU the engine assumed and the GPUs one replica needs. */
	private static void throughput(Row row, int n, WorkloadAnalysis w, WorkbookStyles s) {
		if ("dedicatedTokensPerSecond".equals(w.throughputBasis())) {
			formula(row, WorkloadColumn.TOKENS_PER_SECOND, n, "Dedicated_TokensPerSecond", s.input);
		}
		else {
			number(row, WorkloadColumn.TOKENS_PER_SECOND.index(), w.tokensPerSecondPerGpu(), s.input);
		}
		number(row, WorkloadColumn.TENSOR_PARALLEL.index(), BigDecimal.valueOf(w.inputs().tensorParallel()), s.input);
	}

	/**
	 * The price per million its served tokens would cost on an API: the named assumption
	 * where the engine took one, else the catalog's price.
	 */
	private static void namedOrStatedPrice(Row row, int n, WorkloadAnalysis w, WorkbookStyles s) {
		String basis = w.serverlessPriceBasis() == null ? "" : w.serverlessPriceBasis();
		if (basis.startsWith("serverlessPricePerMillion")) {
			formula(row, WorkloadColumn.SERVERLESS_PRICE, n, "Serverless_PricePerMillion", s.input);
		}
		else if (basis.startsWith("serverlessSmallModelPricePerMillion")) {
			formula(row, WorkloadColumn.SERVERLESS_PRICE, n, "Serverless_SmallModelPricePerMillion", s.input);
		}
		else {
			number(row, WorkloadColumn.SERVERLESS_PRICE.index(), w.serverlessPricePerMillion(), s.input);
		}
	}

}
