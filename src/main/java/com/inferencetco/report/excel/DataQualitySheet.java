package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.landscape;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.Cells.widths;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import com.inferencetco.reconcile.InputFileSummary;
import com.inferencetco.report.ReportModel;

/**
 * The Data quality sheet: per file what was read, normalized and rejected, reconciled;
 * then the rejects by column.
 */
final class DataQualitySheet {

	private DataQualitySheet() {
	}

	static void write(Sheet sheet, ReportModel model, WorkbookStyles s) {
		header(sheet.createRow(0), s, "File", "Format", "Rows read", "Normalized", "Rejected", "Invoiced cost read",
				"Currency", "Normalized cost", "Rejected cost", "Balanced", "SHA-256");
		int r = 1;
		for (InputFileSummary f : model.inputs()) {
			Row row = sheet.createRow(r++);
			text(row, 0, f.file());
			text(row, 1, f.format());
			number(row, 2, BigDecimal.valueOf(f.rowsRead()), s.integer);
			number(row, 3, BigDecimal.valueOf(f.rowsNormalized()), s.integer);
			number(row, 4, BigDecimal.valueOf(f.rowsRejected()), s.integer);
			number(row, 5, f.sourceCost(), s.decimal);
			text(row, 6, f.sourceCurrency() == null ? "" : f.sourceCurrency());
			number(row, 7, f.normalizedCost(), s.decimal);
			number(row, 8, f.rejectedCost(), s.decimal);
			text(row, 9, f.sourceCost() == null ? "no cost in file" : f.balanced() ? "yes" : "NO");
			text(row, 10, f.sha256());
		}
		// rows add up across files; amounts do not (files bill in their own currencies)
		Row total = sheet.createRow(r++);
		text(total, 0, "Total: " + model.inputs().size() + " files");
		for (int column = 2; column <= 4; column++) {
			String letter = CellReference.convertNumToColString(column);
			Cells.formula(total, column, "SUM(" + letter + "2:" + letter + (model.inputs().size() + 1) + ")",
					s.integer);
		}
		text(total, 9, model.balanced() ? "all balanced" : "NOT balanced");
		r++;
		header(sheet.createRow(r++), s, "Rejected rows by file and column", "Column", "Rows", "First reason");
		if (model.rejections().isEmpty()) {
			text(sheet.createRow(r++), 0, "none: every row was normalized");
		}
		for (var group : model.rejections()) {
			Row row = sheet.createRow(r++);
			text(row, 0, group.file());
			text(row, 1, group.column());
			number(row, 2, BigDecimal.valueOf(group.rows()), s.integer);
			text(row, 3, group.exampleReason());
		}
		for (String note : model.notes()) {
			text(sheet.createRow(r++), 0, note);
		}
		widths(sheet, 44, 16, 12, 12, 12, 18, 10, 18, 16, 14, 66);
		sheet.createFreezePane(1, 1);
		if (model.inputs().size() > 0) {
			sheet.setAutoFilter(new CellRangeAddress(0, model.inputs().size(), 0, 10));
		}
		landscape(sheet);
	}

}
