package com.inferencetco.report.excel;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell helpers every sheet of the workbook writes with. */
final class Cells {

	private Cells() {
	}

	static int labelled(Sheet sheet, int r, String label, String value) {
		Row row = sheet.createRow(r);
		text(row, 0, label);
		text(row, 1, value);
		return r + 1;
	}

	static void header(Row row, WorkbookStyles s, String... titles) {
		for (int i = 0; i < titles.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(titles[i]);
			cell.setCellStyle(s.header);
		}
	}

	/**
	 * Text from inputs goes in as a string cell: Excel never evaluates it, whatever its
	 * first character.
	 */
	static void text(Row row, int column, String value) {
		row.createCell(column).setCellValue(value == null ? "" : value);
	}

	static void number(Row row, int column, BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			// Excel stores numbers as doubles; the exact amounts stay in the JSON summary
			// and the database.
			cell.setCellValue(value.doubleValue());
		}
		cell.setCellStyle(style);
	}

	static void formula(Row row, int column, String formula, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellFormula(formula);
		cell.setCellStyle(style);
	}

	static void name(XSSFWorkbook wb, String name, String sheet, int row, int column) {
		Name n = wb.createName();
		n.setNameName(name);
		n.setRefersToFormula("'" + sheet + "'!" + new CellReference(row, column, true, true).formatAsString());
	}

	static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * 256);
		}
	}

	/**
	 * A sheet too wide for one page (the Workloads sheet's fifty columns): landscape at a
	 * scale that stays readable, across as many pages as it needs, each repeating the
	 * header row and the first column so every page names its rows.
	 */
	static void wideLandscape(Sheet sheet, int scalePercent) {
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setScale((short) scalePercent);
		sheet.setFitToPage(false);
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
		sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
	}

	static void landscape(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
	}

}
