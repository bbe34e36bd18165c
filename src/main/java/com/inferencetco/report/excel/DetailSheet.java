package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.landscape;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.Cells.widths;

import java.math.BigDecimal;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.inferencetco.store.ResourceMonthRow;

/**
 * The Detail sheet: the month per workload, service and resource, largest first, at most
 * {@link #MAX_ROWS} rows. A large account's month has hundreds of thousands of
 * resource-days; a sheet of every one is a workbook no one can mail. Past the limit, the
 * remaining lines are summed into two closing rows (those that count toward the invoice
 * and those that do not), so the sheet still adds up; every stored line is in the detail
 * CSV ({@code --detail-csv}).
 */
final class DetailSheet {

	static final int MAX_ROWS = 100_000;

	/**
	 * Rows of the Detail sheet that print (a few pages); the rest are on screen, in the
	 * CSV and the database.
	 */
	static final int PRINTED_ROWS = 200;

	static final int COLUMNS = 19;

	private final Sheet sheet;

	private final int maxRows;

	private final WorkbookStyles s;

	private int next = 1;

	private long total;

	/** Lines past the limit, summed: index 0 counts toward the invoice, 1 does not. */
	private final long[] restLines = new long[2];

	private final BigDecimal[] restCost = { BigDecimal.ZERO, BigDecimal.ZERO };

	private final long[] restRows = new long[2];

	DetailSheet(Sheet sheet, WorkbookStyles s, String reportCurrency) {
		this(sheet, s, reportCurrency, MAX_ROWS);
	}

	/** With another limit than {@link #MAX_ROWS}: for tests of what happens past it. */
	DetailSheet(Sheet sheet, WorkbookStyles s, String reportCurrency, int maxRows) {
		this.sheet = sheet;
		this.maxRows = maxRows;
		this.s = s;
		header(sheet.createRow(0), s, "Workload", "Provider", "Service", "Resource", "Category", "Kind", "Model",
				"Unit", "First day", "Last day", "Lines", "Quantity", "GPU-hours", "Egress GB", "Tokens", "Cost",
				"Currency", "Cost (" + reportCurrency + ")", "Counts toward the invoice");
	}

	void add(ResourceMonthRow d) {
		total++;
		if (next > maxRows) {
			int rest = d.countsTowardInvoice() ? 0 : 1;
			restRows[rest]++;
			restLines[rest] += d.lines();
			if (d.reportCost() != null) {
				restCost[rest] = restCost[rest].add(d.reportCost());
			}
			return;
		}
		Row row = sheet.createRow(next++);
		text(row, 0, d.workload());
		text(row, 1, d.provider());
		text(row, 2, d.service());
		text(row, 3, d.resourceId());
		text(row, 4, d.category());
		text(row, 5, d.kind());
		text(row, 6, d.model());
		text(row, 7, d.unit());
		text(row, 8, d.firstDay().toString());
		text(row, 9, d.lastDay().toString());
		row.createCell(10).setCellValue(d.lines());
		number(row, 11, d.quantity(), s.decimal);
		number(row, 12, d.gpuHours(), s.decimal);
		number(row, 13, d.egressGb(), s.decimal);
		number(row, 14, d.tokens(), s.integer);
		number(row, 15, d.cost(), s.decimal);
		text(row, 16, d.currency());
		number(row, 17, d.reportCost(), s.money);
		text(row, 18, d.countsTowardInvoice() ? "yes" : "no (" + d.source().name().toLowerCase(Locale.ROOT) + ")");
	}

	void finish(SXSSFWorkbook wb) {
		int last = next - 1;
		for (int rest = 0; rest < 2; rest++) {
			if (restRows[rest] > 0) {
				Row row = sheet.createRow(next++);
				text(row, 0, String.format(Locale.ROOT, "%,d smaller lines%s, summed", restRows[rest],
						rest == 0 ? "" : " that do not count toward the invoice"));
				row.createCell(10).setCellValue(restLines[rest]);
				number(row, 17, restCost[rest], s.money);
				text(row, 18, rest == 0 ? "yes" : "no");
			}
		}
		if (total > maxRows) {
			text(sheet.createRow(next + 1), 0, String.format(Locale.ROOT, "The month has %,d lines per workload, "
					+ "service and resource; the %,d largest are listed and the others summed above. Every stored "
					+ "line (per resource and day) is in tco-YYYY-MM-detail.csv: run with --detail-csv.", total,
					maxRows));
		}
		widths(sheet, 20, 12, 24, 40, 14, 14, 16, 12, 11, 11, 8, 20, 14, 14, 18, 16, 10, 16, 26);
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, last), 0, COLUMNS - 1));
		// printing every line would take hundreds of pages: the print area holds the
		// first ones, and says so
		int printed = Math.min(next, PRINTED_ROWS + 1);
		if (next > printed) {
			String partial = "Printed: the " + PRINTED_ROWS + " largest of " + total + " lines. The full list is this "
					+ "sheet on screen and tco-YYYY-MM-detail.csv (run with --detail-csv).";
			text(sheet.createRow(next + 2), 0, partial);
			sheet.getFooter().setCenter(partial);
		}
		wb.setPrintArea(wb.getSheetIndex(sheet), 0, COLUMNS - 1, 0, printed - 1);
		landscape(sheet);
	}

}
