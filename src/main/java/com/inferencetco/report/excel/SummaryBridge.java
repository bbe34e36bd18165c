package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import com.inferencetco.finance.MonthOverMonth;
import com.inferencetco.report.ReportModel;

/**
 * The month-over-month bridge on the Summary: the change of TCO and its largest drivers,
 * split into volume and rate (the Month over month sheet has every workload).
 */
final class SummaryBridge {

	/** Drivers shown on the Summary. */
	static final int SHOWN = 5;

	private SummaryBridge() {
	}

	/**
	 * Writes the bridge from {@code row}; returns the row after it (unchanged without the
	 * month before).
	 */
	static int write(Sheet sheet, int row, ReportModel model, WorkbookStyles s) {
		MonthOverMonth mom = model.monthOverMonth();
		if (mom == null) {
			return row;
		}
		row++;
		header(sheet.createRow(row++), s, "Change from " + mom.previousMonth(), "Change", "Volume effect",
				"Rate effect");
		Row tco = sheet.createRow(row++);
		text(tco, 0, "Total cost of ownership");
		number(tco, 1, mom.tcoChange(), s.money);
		if (mom.costChange() != null) {
			Row cost = sheet.createRow(row++);
			text(cost, 0, "Invoiced cost");
			number(cost, 1, mom.costChange(), s.money);
		}
		for (MonthOverMonth.Driver d : mom.drivers().subList(0, Math.min(SHOWN, mom.drivers().size()))) {
			Row line = sheet.createRow(row++);
			text(line, 0, "  " + d.workload()
					+ (d.status() == MonthOverMonth.Status.CONTINUING ? "" : " (" + d.status().id() + ")"));
			number(line, 1, d.change(), s.money);
			number(line, 2, d.volumeEffect(), s.money);
			number(line, 3, d.rateEffect(), s.money);
		}
		if (mom.drivers().size() > SHOWN) {
			text(sheet.createRow(row++), 0,
					"  " + (mom.drivers().size() - SHOWN) + " more workloads on the Month over month sheet");
		}
		return row;
	}

}
