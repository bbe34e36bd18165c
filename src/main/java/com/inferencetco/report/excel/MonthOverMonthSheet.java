package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.formula;
import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.landscape;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.Cells.widths;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import com.inferencetco.finance.MonthOverMonth;
import com.inferencetco.report.ReportModel;

/**
 * The Month over month sheet (when the month before was reported here): the invoiced cost
 * and the TCO of both months, then per workload its own cost then and now, the change,
 * and its bridge into a volume effect and a rate effect (the change less the volume
 * effect, a formula), with a check that the effects add up to the changes.
 */
final class MonthOverMonthSheet {

	private MonthOverMonthSheet() {
	}

	static void write(Workbook wb, ReportModel model, WorkbookStyles s) {
		MonthOverMonth mom = model.monthOverMonth();
		if (mom == null) {
			return;
		}
		Sheet sheet = wb.createSheet("Month over month");
		HistorySheets.totalsAgainst(sheet, s, mom.previousMonth(), model.month().toString(), mom.previousCost(),
				mom.previousTco());
		Row headings = sheet.createRow(4);
		header(headings, s, "Workload", "Status", "Own cost " + mom.previousMonth(), "Own cost " + model.month(),
				"Change", "Volume in", "Volume " + mom.previousMonth(), "Volume " + model.month(), "Volume effect",
				"Rate effect");
		headings.setHeightInPoints(30);
		int r = 5;
		for (MonthOverMonth.Driver d : mom.drivers()) {
			Row row = sheet.createRow(r++);
			text(row, 0, d.workload());
			text(row, 1, d.status().id());
			number(row, 2, d.previousCost(), s.money);
			number(row, 3, d.cost(), s.money);
			formula(row, 4, "D" + r + "-C" + r, s.money);
			text(row, 5, d.unit() == null ? "" : d.unit());
			number(row, 6, d.previousVolume(), s.decimal);
			number(row, 7, d.volume(), s.decimal);
			number(row, 8, d.volumeEffect(), s.money);
			formula(row, 9, "E" + r + "-I" + r, s.money);
		}
		int last = r;
		Row total = sheet.createRow(r++);
		text(total, 0, "Total");
		for (int column : new int[] { 2, 3, 4, 8, 9 }) {
			String letter = String.valueOf((char) ('A' + column));
			formula(total, column, "SUM(" + letter + "6:" + letter + last + ")", s.money);
		}
		Row check = sheet.createRow(r++);
		text(check, 0, "Volume and rate effects add up to the change");
		formula(check, 9, "ABS(I" + (last + 1) + "+J" + (last + 1) + "-E" + (last + 1) + ")<0.005", s.text);
		text(sheet.createRow(r + 1), 0, "Own cost: invoiced and estimated, both months costed by this month's "
				+ "assumptions. Volume effect: the change of tokens (GPU-hours for a workload that served none) at last "
				+ "month's cost per unit; rate effect: the rest. New and ended workloads are all volume.");
		widths(sheet, 26, 12, 18, 18, 16, 12, 18, 18, 16, 16);
		sheet.createFreezePane(0, 5);
		landscape(sheet);
	}

}
