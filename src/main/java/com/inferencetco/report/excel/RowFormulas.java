package com.inferencetco.report.excel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Formulas of a Workloads row written with {COLUMN} placeholders for its own cells. */
final class RowFormulas {

	private static final Pattern COLUMN = Pattern.compile("\\{([A-Z_]+)\\}");

	private RowFormulas() {
	}

	/** Writes a formula whose {COLUMN} placeholders become the cells of row n. */
	static void formula(Row row, WorkloadColumn column, int n, String template, CellStyle style) {
		Cells.formula(row, column.index(), resolve(template, n), style);
	}

	static String resolve(String template, int n) {
		Matcher m = COLUMN.matcher(template);
		StringBuilder formula = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(formula, WorkloadColumn.valueOf(m.group(1)).at(n));
		}
		m.appendTail(formula);
		return formula.toString();
	}

}
