package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.formula;
import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import com.inferencetco.cost.Pool;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.report.ReportModel;

/**
 * The Pools sheet: one row per fleet that serverless workloads of one model could share,
 * its sizing and costs as formulas over the named assumptions and the members' rows of
 * the Workloads sheet (today's cost, what they save deciding alone), following
 * {@code PoolDecision}: the combined busiest hour, whole replicas and instances, the
 * fixed costs once, listed as a change only when it saves the minimum and more than the
 * workloads alone.
 */
final class PoolsSheet {

	private static final String[] HEADERS = { "Model", "Workloads", "Current monthly cost", "Busiest-hour tokens",
			"Busiest-day tokens (no hour)", "Peak tokens/s (sized on)", "Tokens/s per GPU", "GPUs per replica",
			"Replicas for the peak", "GPUs needed", "Instances needed", "Fixed costs added", "Alternative monthly cost",
			"Saving decided alone", "Monthly saving", "Action", "Sized on", "Reason (as computed at month end)" };

	private PoolsSheet() {
	}

	static void write(Sheet sheet, ReportModel model, WorkbookStyles s) {
		header(sheet.createRow(0), s, HEADERS);
		sheet.getRow(0).setHeightInPoints(45f); // three lines of the wrapped headers
		List<String> order = model.workloads().stream().map(WorkloadAnalysis::name).toList();
		int r = 1;
		for (Pool pool : model.findings().pools()) {
			Row row = sheet.createRow(r);
			int n = r + 1;
			text(row, 0, pool.model());
			text(row, 1, String.join(", ", pool.workloads()));
			formula(row, 2, sum(pool, order, WorkloadColumn.CURRENT), s.money);
			number(row, 3, pool.peak().hourTokens(), s.integer);
			number(row, 4, pool.peak().dayTokens(), s.integer);
			formula(row, 5, "D" + n + "/3600+E" + n + "*Peak_ToAverage/86400", s.decimal);
			if ("dedicatedTokensPerSecond".equals(pool.throughputBasis())) {
				formula(row, 6, "Dedicated_TokensPerSecond", s.input);
			}
			else {
				number(row, 6, pool.tokensPerSecondPerGpu(), s.input);
			}
			number(row, 7, BigDecimal.valueOf(pool.tensorParallel()), s.input);
			formula(row, 8,
					"MAX(Dedicated_MinReplicas,CEILING(F" + n + "/(G" + n + "*H" + n + "*Target_Utilization),1))",
					s.integer);
			formula(row, 9, DecisionFormulas.rentedGpus("I" + n + "*H" + n), s.integer);
			formula(row, 10, DecisionFormulas.instances("I" + n + "*H" + n), s.integer);
			formula(row, 11, "IF(SelfHosting,0,Engineering_PerMonth+SelfHosting_CompliancePerMonth)", s.money);
			formula(row, 12, "J" + n + "*Dedicated_GpuHourlyRate*Month_Hours+L" + n, s.money);
			formula(row, 13, sum(pool, order, WorkloadColumn.SAVING), s.money);
			formula(row, 14, "IF(AND(C" + n + "-M" + n + ">=MAX(Decision_MinimumMonthlySaving,0.01),C" + n + "-M" + n
					+ ">N" + n + "),C" + n + "-M" + n + ",0)", s.money);
			formula(row, 15, "IF(O" + n + ">0,\"switch-to-dedicated\",\"stay-serverless\")", s.text);
			text(row, 16, pool.sizedOn());
			text(row, 17, pool.reason());
			row.getCell(17).setCellStyle(s.wrap);
			row.setHeightInPoints(Math.max(15f, 13f * (1 + pool.reason().length() / 95)));
			r++;
		}
		Cells.widths(sheet, 18, 30, 14, 15, 15, 12, 11, 10, 10, 9, 9, 12, 14, 14, 14, 20, 50, 80);
		sheet.createFreezePane(2, 1);
		Cells.landscape(sheet);
	}

	/** The sum of a column over the members' rows of the Workloads sheet. */
	private static String sum(Pool pool, List<String> order, WorkloadColumn column) {
		return pool.workloads()
			.stream()
			.map(w -> "Workloads!" + column.at(order.indexOf(w) + 2))
			.collect(Collectors.joining(",", "SUM(", ")"));
	}

}
