package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.formula;
import static com.inferencetco.report.excel.Cells.landscape;
import static com.inferencetco.report.excel.Cells.name;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.Cells.widths;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.inferencetco.cost.BreakEvenInputs;
import com.inferencetco.report.ReportModel;

/**
 * The contract's break-even calculator: named input cells prefilled from the month's
 * largest workload, named formula cells computed as the {@code breakeven} command does,
 * and the curve of cost per million against utilization.
 */
final class BreakEvenSheet {

	private BreakEvenSheet() {
	}

	static void write(XSSFWorkbook wb, Sheet sheet, ReportModel model, WorkbookStyles s) {
		BreakEvenInputs in = model.calculator();
		Row title = sheet.createRow(0);
		text(title, 0, "Break-even calculator: change the yellow cells");
		title.getCell(0).setCellStyle(s.title);
		text(sheet.createRow(1), 0, "Prefilled from " + in.basis());
		// each input is a formula: the largest workload's cell on the Workloads sheet
		// (itself a named assumption where
		// the engine took one), or the assumption itself; a reader may type over any of
		// them
		String[] source = sources(model, in);
		inputRow(wb, sheet, 3, "GPU hourly rate (one dedicated serving unit)", source[0], "per hour",
				"BE_GpuHourlyRate", s.input);
		inputRow(wb, sheet, 4, "Aggregate tokens per second at full load", source[1], "tokens/s", "BE_TokensPerSecond",
				s.input);
		inputRow(wb, sheet, 5, "Serverless price per million tokens (blended)", source[2], "per 1M tokens",
				"BE_ServerlessPricePerMillion", s.input);
		inputRow(wb, sheet, 6, "Sustained utilization", source[3], "fraction", "BE_Utilization", s.inputPercent);
		inputRow(wb, sheet, 7, "Tokens per conversation", "Tokens_PerConversation", "tokens",
				"BE_TokensPerConversation", s.input);
		outputRow(wb, sheet, 9, "Break-even utilization",
				"BE_GpuHourlyRate*10^6/(BE_ServerlessPricePerMillion*BE_TokensPerSecond*3600)",
				"BE_BreakEvenUtilization", s.percent);
		outputRow(wb, sheet, 10, "Dedicated cost per million tokens at this utilization",
				"BE_GpuHourlyRate*10^6/(BE_TokensPerSecond*3600*BE_Utilization)", "BE_DedicatedCostPerMillion",
				s.money);
		outputRow(wb, sheet, 11, "Break-even tokens per minute", "BE_BreakEvenUtilization*BE_TokensPerSecond*60",
				"BE_BreakEvenTokensPerMinute", s.integer);
		outputRow(wb, sheet, 12, "Break-even conversations per day",
				"BE_BreakEvenUtilization*BE_TokensPerSecond*86400/BE_TokensPerConversation",
				"BE_BreakEvenConversationsPerDay", s.integer);
		outputRow(wb, sheet, 13, "Cheaper at this utilization",
				"IF(BE_DedicatedCostPerMillion<BE_ServerlessPricePerMillion,\"dedicated\",\"serverless\")",
				"BE_Cheaper", s.text);
		// a break-even above 100 % is no target: at these prices dedicated cannot win
		outputRow(wb, sheet, 14, "Dedicated can win at these prices",
				"IF(BE_BreakEvenUtilization<=1,\"yes\",\"no: out of reach (break-even above 100 %)\")",
				"BE_DedicatedCanWin", s.text);
		widths(sheet, 52, 26, 16, 18);
		landscape(sheet);
	}

	private static void inputRow(XSSFWorkbook wb, Sheet sheet, int r, String label, String formula, String unit,
			String name, CellStyle style) {
		Row row = sheet.createRow(r);
		text(row, 0, label);
		formula(row, 1, formula, style);
		text(row, 2, unit);
		name(wb, name, "Break-even", r, 1);
	}

	/**
	 * The largest workload's cells for rate, throughput, price and utilization; the
	 * assumptions without one.
	 */
	private static String[] sources(ReportModel model, BreakEvenInputs in) {
		int index = -1;
		for (int i = 0; i < model.workloads().size(); i++) {
			if (model.workloads().get(i).name().equals(in.workload())) {
				index = i;
			}
		}
		if (index < 0) {
			return new String[] { "Dedicated_GpuHourlyRate", "Dedicated_TokensPerSecond", "Serverless_PricePerMillion",
					"Target_Utilization" };
		}
		int n = index + 2;
		String utilization = "'Workloads'!" + WorkloadColumn.UTILIZATION.at(n);
		return new String[] { "'Workloads'!" + WorkloadColumn.GPU_RATE.at(n),
				"'Workloads'!" + WorkloadColumn.TOKENS_PER_SECOND.at(n),
				"'Workloads'!" + WorkloadColumn.SERVERLESS_PRICE.at(n),
				"IF(AND(ISNUMBER(" + utilization + ")," + utilization + ">0)," + utilization + ",Target_Utilization)" };
	}

	private static void outputRow(XSSFWorkbook wb, Sheet sheet, int r, String label, String formula, String name,
			CellStyle style) {
		Row row = sheet.createRow(r);
		text(row, 0, label);
		formula(row, 1, formula, style);
		name(wb, name, "Break-even", r, 1);
	}

}
