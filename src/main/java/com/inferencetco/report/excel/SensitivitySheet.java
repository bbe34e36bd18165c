package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.ExcelReportWriter.header;
import static com.inferencetco.report.excel.ExcelReportWriter.landscape;
import static com.inferencetco.report.excel.ExcelReportWriter.number;
import static com.inferencetco.report.excel.ExcelReportWriter.text;
import static com.inferencetco.report.excel.ExcelReportWriter.widths;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.inferencetco.cost.EngineFindings;
import com.inferencetco.cost.Scenario;
import com.inferencetco.cost.SensitivityBar;
import com.inferencetco.report.ReportModel;

/** The tornado, the break-even band, the scenarios and the roofline check of the throughput input. */
final class SensitivitySheet {

	private SensitivitySheet() {
	}

	static void write(XSSFWorkbook wb, Sheet sheet, ReportModel model, WorkbookStyles s) {
		EngineFindings f = model.findings();
		Row title = sheet.createRow(0);
		text(title, 0, "Sensitivity of the break-even utilization (calculator's inputs, each moved alone)");
		title.getCell(0).setCellStyle(s.title);
		int r = 2;
		header(sheet.createRow(r++), s, "Input", "Low input", "High input", "Break-even at low", "Break-even at high");
		for (SensitivityBar bar : f.tornado()) {
			Row row = sheet.createRow(r++);
			text(row, 0, bar.parameter());
			number(row, 1, bar.lowInput(), s.decimal);
			number(row, 2, bar.highInput(), s.decimal);
			number(row, 3, bar.resultAtLow(), s.percent);
			number(row, 4, bar.resultAtHigh(), s.percent);
		}
		r++;
		Row band = sheet.createRow(r++);
		text(band, 0, "Break-even band (all inputs at their low and high values)");
		number(band, 1, f.breakEvenBandLow(), s.percent);
		number(band, 2, f.breakEvenBandHigh(), s.percent);
		r++;
		header(sheet.createRow(r++), s, "Scenario", "GPU hourly rate", "Tokens per second", "Cost per 1M at target utilization",
				"Break-even utilization", "Source");
		for (Scenario scenario : f.scenarios()) {
			Row row = sheet.createRow(r++);
			text(row, 0, scenario.name());
			number(row, 1, scenario.hourlyRate(), s.money);
			number(row, 2, scenario.tokensPerSecond(), s.integer);
			number(row, 3, scenario.costPerMillion(), s.money);
			number(row, 4, scenario.breakEvenUtilization(), s.percent);
			text(row, 5, scenario.source());
		}
		r++;
		Row roofline = sheet.createRow(r++);
		text(roofline, 0, "Throughput input against the roofline");
		text(roofline, 1, f.roofline().verdict());
		widths(sheet, 46, 16, 16, 20, 20, 70);
		landscape(sheet);
	}
}
