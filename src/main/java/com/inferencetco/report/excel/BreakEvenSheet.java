package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.ExcelReportWriter.formula;
import static com.inferencetco.report.excel.ExcelReportWriter.landscape;
import static com.inferencetco.report.excel.ExcelReportWriter.name;
import static com.inferencetco.report.excel.ExcelReportWriter.number;
import static com.inferencetco.report.excel.ExcelReportWriter.text;
import static com.inferencetco.report.excel.ExcelReportWriter.widths;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.inferencetco.cost.BreakEvenInputs;
import com.inferencetco.report.ReportModel;

/**
 * The contract's break-even calculator: named input cells prefilled from the month's largest workload, named
 * formula cells computed as the {@code breakeven} command does, and the curve of cost per million against utilization.
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
		inputRow(wb, sheet, 3, "GPU hourly rate (one dedicated serving unit)", in.gpuHourlyRate(), "per hour",
				"BE_GpuHourlyRate", s.input);
		inputRow(wb, sheet, 4, "Aggregate tokens per second at full load", in.tokensPerSecond(), "tokens/s",
				"BE_TokensPerSecond", s.input);
		inputRow(wb, sheet, 5, "Serverless price per million tokens (blended)", in.serverlessPricePerMillion(),
				"per 1M tokens", "BE_ServerlessPricePerMillion", s.input);
		inputRow(wb, sheet, 6, "Sustained utilization", in.utilization(), "fraction", "BE_Utilization",
				s.inputPercent);
		inputRow(wb, sheet, 7, "Tokens per conversation", in.tokensPerConversation(), "tokens",
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
		widths(sheet, 52, 18, 16);
		landscape(sheet);
	}

	private static void inputRow(XSSFWorkbook wb, Sheet sheet, int r, String label, BigDecimal value, String unit,
			String name, CellStyle style) {
		Row row = sheet.createRow(r);
		text(row, 0, label);
		number(row, 1, value, style);
		text(row, 2, unit);
		name(wb, name, "Break-even", r, 1);
	}

	private static void outputRow(XSSFWorkbook wb, Sheet sheet, int r, String label, String formula, String name,
			CellStyle style) {
		Row row = sheet.createRow(r);
		text(row, 0, label);
		formula(row, 1, formula, style);
		name(wb, name, "Break-even", r, 1);
	}
}
