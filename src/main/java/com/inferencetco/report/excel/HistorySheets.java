package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.formula;
import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.landscape;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.Cells.widths;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import com.inferencetco.finance.Forecast;
import com.inferencetco.finance.Restatement;
import com.inferencetco.finance.WorkloadForecast;
import com.inferencetco.report.ReportModel;

/**
 * The Forecast sheet (three or more months reported here) and the Restatement sheet (the
 * month reported again).
 */
final class HistorySheets {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private HistorySheets() {
	}

	static void write(Workbook wb, ReportModel model, WorkbookStyles s) {
		if (model.forecast() != null) {
			forecast(wb.createSheet("Forecast"), model.forecast(), s);
		}
		if (model.restatement() != null) {
			restatement(wb.createSheet("Restatement"), model, s);
		}
	}

	private static void forecast(Sheet sheet, Forecast forecast, WorkbookStyles s) {
		header(sheet.createRow(0), s, "Forecast " + forecast.nextMonth(), "Cost", "Change a month");
		Row total = sheet.createRow(1);
		text(total, 0, "Invoiced cost (linear trend of " + forecast.months() + " months)");
		number(total, 1, forecast.nextMonthCost(), s.money);
		number(total, 2, forecast.slopePerMonth(), s.money);
		Row headings = sheet.createRow(3);
		header(headings, s, "Workload", "Own cost " + forecast.nextMonth(), "Change a month",
				"Tokens " + forecast.nextMonth(), "Months fitted", "Switching to dedicated pays from");
		headings.setHeightInPoints(30);
		int r = 4;
		for (WorkloadForecast w : forecast.workloads()) {
			Row row = sheet.createRow(r++);
			text(row, 0, w.workload());
			number(row, 1, w.nextMonthCost(), s.money);
			number(row, 2, w.slopePerMonth(), s.money);
			if (w.nextMonthTokens() != null) {
				number(row, 3, w.nextMonthTokens(), s.integer);
			}
			number(row, 4, BigDecimal.valueOf(w.months()), s.integer);
			text(row, 5, w.switchPaysFrom() == null ? "" : w.switchPaysFrom());
		}
		text(sheet.createRow(r + 1), 0, "Least-squares line through the consecutive months reported here (this one "
				+ "included), one month on. Own cost: invoiced and estimated. Switching pays from: for a serverless "
				+ "workload, the first month (within " + WorkloadForecast.HORIZON_MONTHS + ") whose trend of tokens "
				+ "reaches the volume at which whole dedicated GPUs plus the fixed costs of self-hosting cost less.");
		widths(sheet, 44, 18, 16, 18, 12, 22);
		sheet.createFreezePane(0, 4);
		landscape(sheet);
	}

	/**
	 * The invoiced cost and the TCO of an earlier figure (a month, a run) beside this
	 * month's (Cost_Total, TCO_Total) and the change, in rows 1 to 3 of a sheet.
	 */
	static void totalsAgainst(Sheet sheet, WorkbookStyles s, String earlier, String now, BigDecimal earlierCost,
			BigDecimal earlierTco) {
		header(sheet.createRow(0), s, "", earlier, now, "Change");
		Row cost = sheet.createRow(1);
		text(cost, 0, "Invoiced cost");
		if (earlierCost != null) {
			number(cost, 1, earlierCost, s.money);
		}
		formula(cost, 2, "Cost_Total", s.money);
		formula(cost, 3, "IF(ISNUMBER(B2),C2-B2,\"\")", s.money);
		Row tco = sheet.createRow(2);
		text(tco, 0, "Total cost of ownership");
		number(tco, 1, earlierTco, s.money);
		formula(tco, 2, "TCO_Total", s.money);
		formula(tco, 3, "C3-B3", s.money);
	}

	private static void restatement(Sheet sheet, ReportModel model, WorkbookStyles s) {
		Restatement r = model.restatement();
		totalsAgainst(sheet, s, "Previous run", "This run", r.previousCost(), r.previousTco());
		text(sheet.createRow(3), 0,
				"The previous run completed " + WHEN.format(r.previousRunCompletedAt())
						+ "; both are costed by this run's assumptions."
						+ (r.sameExports() ? " The exports are the same files as then." : ""));
		int row = 5;
		header(sheet.createRow(row++), s, "File", "Change", "Currency", "Cost read then", "Cost read now");
		if (r.files().isEmpty()) {
			text(sheet.createRow(row++), 0, "No file differs from the previous run's.");
		}
		for (Restatement.FileChange f : r.files()) {
			Row line = sheet.createRow(row++);
			text(line, 0, f.file());
			text(line, 1, f.change().id());
			text(line, 2, f.currency() == null ? "" : f.currency());
			if (f.previousCost() != null) {
				number(line, 3, f.previousCost(), s.money);
			}
			if (f.cost() != null) {
				number(line, 4, f.cost(), s.money);
			}
		}
		if (!r.earlier().isEmpty()) {
			row++;
			header(sheet.createRow(row++), s, "Earlier restatement", "Cost change", "TCO change", "Files added",
					"Files removed", "Files changed");
			for (Restatement.Earlier e : r.earlier()) {
				Row line = sheet.createRow(row++);
				text(line, 0, WHEN.format(e.restatedAt()));
				number(line, 1, e.costChange(), s.money);
				number(line, 2, e.tcoChange(), s.money);
				number(line, 3, BigDecimal.valueOf(e.filesAdded()), s.integer);
				number(line, 4, BigDecimal.valueOf(e.filesRemoved()), s.integer);
				number(line, 5, BigDecimal.valueOf(e.filesChanged()), s.integer);
			}
		}
		widths(sheet, 60, 18, 18, 18, 18, 14);
		landscape(sheet);
	}

}
