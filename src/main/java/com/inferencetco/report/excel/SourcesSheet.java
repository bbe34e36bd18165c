package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.landscape;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.Cells.widths;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import com.inferencetco.cost.Assumption;
import com.inferencetco.report.ReportModel;

/**
 * The Sources sheet: every parameter with the value used, its unit, the dated source of
 * its default and its origin.
 */
final class SourcesSheet {

	private SourcesSheet() {
	}

	static void write(Sheet sheet, ReportModel model, WorkbookStyles s) {
		header(sheet.createRow(0), s, "Parameter", "Value used", "Unit", "Source of the default (with date)",
				"Value from");
		int r = 1;
		for (Assumption a : model.assumptions()) {
			Row row = sheet.createRow(r++);
			text(row, 0, a.key());
			number(row, 1, a.value(), s.input);
			text(row, 2, a.unit());
			text(row, 3, a.source());
			text(row, 4, a.origin());
		}
		r++;
		Row catalog = sheet.createRow(r);
		text(catalog, 0, "GPU instance catalog");
		text(catalog, 3, "AWS EC2 accelerated instances, Azure NC/ND series, Google Cloud A2/A3/G2 machine types "
				+ "pages (2025-26), shipped in the jar");
		widths(sheet, 28, 14, 16, 90, 20);
		sheet.createFreezePane(0, 1);
		landscape(sheet);
	}

}
