package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tools.jackson.databind.JsonNode;

/**
 * Reads a workload's decision back from the Workloads sheet and compares it with the
 * JSON's.
 */
public final class WorkbookDecisions {

	private WorkbookDecisions() {
	}

	/**
	 * The Workloads row of the workload {@code w} names states its decision, its formulas
	 * evaluated by POI; the row must be there.
	 */
	public static void assertWorkloadRowStatesTheDecision(Path workbook, JsonNode w) throws IOException {
		String name = w.get("name").asString();
		try (var wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
			Sheet sheet = wb.getSheet("Workloads");
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			int found = 0;
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(name)) {
					assertRowStatesTheDecision(sheet, row, evaluator, w);
					found++;
				}
			}
			assertThat(found).as("Workloads rows of " + name).isEqualTo(1);
		}
	}

	/**
	 * Action, current and alternative cost, saving, GPUs, instances, servers, payback and
	 * break-even: the sheet's value (a formula evaluated by {@code evaluator}, or the
	 * cached value when it is null) equals the JSON's.
	 */
	public static void assertRowStatesTheDecision(Sheet sheet, Row row, FormulaEvaluator evaluator, JsonNode w) {
		String name = w.get("name").asString();
		JsonNode d = w.get("decision");
		assertThat(text(cell(sheet, row, "Action"), evaluator)).as(name + " action")
			.isEqualTo(d.get("action").asString());
		number(sheet, row, evaluator, DecisionLabels.TODAY, d.get("currentMonthlyCost"), name);
		number(sheet, row, evaluator, DecisionLabels.AFTER, d.get("alternativeMonthlyCost"), name);
		number(sheet, row, evaluator, "Monthly saving", d.get("monthlySaving"), name);
		number(sheet, row, evaluator, "Monthly saving", w.get("monthlySavings"), name);
		number(sheet, row, evaluator, "GPUs needed", d.get("gpusNeeded"), name);
		number(sheet, row, evaluator, "Instances needed", d.get("instancesNeeded"), name);
		number(sheet, row, evaluator, "Servers needed", d.get("serversNeeded"), name);
		number(sheet, row, evaluator, "Payback months", d.get("paybackMonths"), name);
		number(sheet, row, evaluator, "Break-even utilization", w.get("breakEvenUtilization"), name);
	}

	private static void number(Sheet sheet, Row row, FormulaEvaluator evaluator, String header, JsonNode expected,
			String name) {
		Cell cell = cell(sheet, row, header);
		CellValue value = value(cell, evaluator);
		if (expected == null || expected.isNull()) {
			assertThat(value == null || value.getCellType() == CellType.BLANK
					|| value.getCellType() == CellType.STRING && value.getStringValue().isEmpty())
				.as(name + " " + header + " is empty")
				.isTrue();
			return;
		}
		assertThat(value).as(name + " " + header).isNotNull();
		assertThat(value.getNumberValue()).as(name + " " + header)
			.isCloseTo(expected.asDouble(), within(1e-6 * Math.max(1, Math.abs(expected.asDouble()))));
	}

	private static String text(Cell cell, FormulaEvaluator evaluator) {
		CellValue value = value(cell, evaluator);
		return value == null ? "" : value.getStringValue();
	}

	private static CellValue value(Cell cell, FormulaEvaluator evaluator) {
		if (cell == null) {
			return null;
		}
		if (evaluator != null) {
			return evaluator.evaluate(cell);
		}
		return switch (cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
				: cell.getCellType()) {
			case NUMERIC -> new CellValue(cell.getNumericCellValue());
			case STRING -> new CellValue(cell.getStringCellValue());
			case BOOLEAN -> CellValue.valueOf(cell.getBooleanCellValue());
			default -> null;
		};
	}

	/**
	 * A reader's what-if: sets the named assumption {@code name} to {@code value} and
	 * returns the workload's action and saving as the Workloads sheet recomputes them.
	 */
	public static WhatIf whatIf(Path workbook, String workload, String name, double value) throws IOException {
		try (var wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
			var ref = new org.apache.poi.ss.util.AreaReference(wb.getName(name).getRefersToFormula(),
					wb.getSpreadsheetVersion())
				.getFirstCell();
			wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(value);
			Sheet sheet = wb.getSheet("Workloads");
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(workload)) {
					Cell action = cell(sheet, row, "Action");
					assertThat(action.getCellType()).as(workload + " action is a formula").isEqualTo(CellType.FORMULA);
					return new WhatIf(text(action, evaluator),
							value(cell(sheet, row, "Monthly saving"), evaluator).getNumberValue());
				}
			}
			throw new AssertionError("no Workloads row " + workload);
		}
	}

	/** A workload's action and saving after a what-if. */
	public record WhatIf(String action, double saving) {
	}

	/** The cell of a row under the header named in a header row of the sheet. */
	public static Cell cell(Sheet sheet, Row headers, Row row, String header) {
		for (Cell h : headers) {
			if (h.getCellType() == CellType.STRING && h.getStringCellValue().equals(header)) {
				return row.getCell(h.getColumnIndex());
			}
		}
		throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
	}

	public static Cell cell(Sheet sheet, Row row, String header) {
		for (Cell h : sheet.getRow(0)) {
			if (h.getStringCellValue().equals(header)) {
				return row.getCell(h.getColumnIndex());
			}
		}
		throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
	}

}
