package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.ExcelReportWriter.formula;
import static com.inferencetco.report.excel.ExcelReportWriter.header;
import static com.inferencetco.report.excel.ExcelReportWriter.number;
import static com.inferencetco.report.excel.ExcelReportWriter.text;
import static com.inferencetco.report.excel.ExcelReportWriter.widths;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import com.inferencetco.cost.Decision;
import com.inferencetco.cost.Deployment;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.report.ReportModel;

/**
 * The Workloads sheet: one row per workload with what the decision rests on. The break-even inputs of a row are the
 * engine's (a named assumption where the engine took the assumption, so editing it moves the row), the break-even
 * figures and the saving are formulas over them, and the action, costs and sizing are the engine's decision.
 */
final class WorkloadsSheet {

	static final String[] HEADERS = { "Workload", "Deployment", "Tokens", "GPU-hours", "Cost", "GPU cost",
			"API token cost", "Cost per 1M tokens", "Utilization", "GPU busy", "GPU hourly rate",
			"Tokens/s per GPU", "Serverless price per 1M", "Break-even utilization", "Break-even tokens/min (per GPU)",
			"Break-even conversations/day", "Dedicated can win", "Action", "Current monthly cost", "Alternative monthly cost",
			"Monthly saving", "GPUs needed", "Instances needed", "Servers needed", "Payback months", "Recommendation" };

	private WorkloadsSheet() {
	}

	static void write(Sheet sheet, ReportModel model, WorkbookStyles s) {
		header(sheet.createRow(0), s, HEADERS);
		sheet.getRow(0).setHeightInPoints(45f); // three lines of the wrapped headers
		int r = 1;
		for (WorkloadAnalysis w : model.workloads()) {
			Row row = sheet.createRow(r);
			int n = r + 1;
			Decision d = w.decision();
			text(row, 0, w.name());
			text(row, 1, w.deployment().id());
			number(row, 2, w.tokens(), s.integer);
			number(row, 3, w.gpuHours(), s.decimal);
			number(row, 4, w.cost(), s.money);
			number(row, 5, w.gpuCost(), s.money);
			number(row, 6, w.apiTokenCost(), s.money);
			formula(row, 7, "IF(C" + n + ">0,E" + n + "/C" + n + "*1000000,\"\")", s.money);
			number(row, 8, w.utilization(), s.percent);
			number(row, 9, w.gpuBusy(), s.percent);
			if (w.breakEvenUtilization() != null) {
				breakEvenInputs(row, n, w, s);
				formula(row, 13, "K" + n + "*1000000/(M" + n + "*L" + n + "*3600)", s.percent);
				formula(row, 14, "N" + n + "*L" + n + "*60", s.integer);
				formula(row, 15, "N" + n + "*L" + n + "*86400/Tokens_PerConversation", s.integer);
				// a break-even above 100 % is not a target: at these prices dedicated cannot win
				formula(row, 16, "IF(N" + n + "<=1,\"yes\",\"no (out of reach)\")", s.text);
			}
			text(row, 17, d.action().id());
			number(row, 18, d.currentMonthlyCost(), s.money);
			number(row, 19, d.alternativeMonthlyCost(), s.money);
			formula(row, 20, "MAX(0,S" + n + "-T" + n + ")", s.money);
			whole(row, 21, d.gpusNeeded(), s);
			whole(row, 22, d.instancesNeeded(), s);
			whole(row, 23, d.serversNeeded(), s);
			number(row, 24, d.paybackMonths(), s.decimal);
			text(row, 25, w.recommendation());
			row.getCell(25).setCellStyle(s.wrap);
			// readers do not size wrapped rows on open: about 95 characters fit a line of this column
			row.setHeightInPoints(Math.max(15f, 13f * (1 + w.recommendation().length() / 95)));
			r++;
		}
		widths(sheet, 26, 13, 15, 11, 14, 14, 14, 12, 11, 10, 11, 11, 12, 12, 14, 14, 18, 20, 14, 14, 14, 9, 9, 9, 9, 80);
		sheet.createFreezePane(1, 1);
		if (r > 1) {
			sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, HEADERS.length - 1));
		}
		ExcelReportWriter.landscape(sheet);
	}

	/**
	 * The rate, throughput and price the engine compared: the invoiced rate of dedicated GPUs (GPU cost over
	 * GPU-hours), and the named assumption wherever the engine took one.
	 */
	private static void breakEvenInputs(Row row, int n, WorkloadAnalysis w, WorkbookStyles s) {
		if (w.deployment() == Deployment.DEDICATED) {
			formula(row, 10, "F" + n + "/D" + n, s.input);
		}
		else {
			formula(row, 10, "Dedicated_GpuHourlyRate", s.input);
		}
		if ("dedicatedTokensPerSecond".equals(w.throughputBasis())) {
			formula(row, 11, "Dedicated_TokensPerSecond", s.input);
		}
		else {
			number(row, 11, w.tokensPerSecondPerGpu(), s.input);
		}
		String basis = w.serverlessPriceBasis() == null ? "" : w.serverlessPriceBasis();
		if (basis.startsWith("serverlessPricePerMillion")) {
			formula(row, 12, "Serverless_PricePerMillion", s.input);
		}
		else if (basis.startsWith("serverlessSmallModelPricePerMillion")) {
			formula(row, 12, "Serverless_SmallModelPricePerMillion", s.input);
		}
		else {
			number(row, 12, w.serverlessPricePerMillion(), s.input);
		}
	}

	private static void whole(Row row, int column, Integer value, WorkbookStyles s) {
		number(row, column, value == null ? null : BigDecimal.valueOf(value), s.integer);
	}
}
