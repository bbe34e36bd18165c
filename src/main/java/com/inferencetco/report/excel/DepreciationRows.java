package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.formula;
import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.text;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The depreciation schedule of one owned server as formulas over the named assumptions,
 * for whichever method {@code OnPrem_DepreciationMethod} names: straight-line and
 * double-declining (switching to straight-line, never below the residual) over the life,
 * MACRS 5-year's six tax years (IRS Publication 946), or the capital-recovery annuity.
 * Ten rows cover the longest life allowed; years past the method's are empty.
 */
final class DepreciationRows {

	private static final int MAX_YEARS = 10;

	private static final String CAPEX = "OnPrem_ServerCapex";

	private static final String RESIDUAL = "(OnPrem_ServerCapex*OnPrem_ResidualFraction)";

	private static final String GROWTH = "(1+OnPrem_CostOfCapital)^OnPrem_LifeYears";

	private DepreciationRows() {
	}

	/** Writes the header and the years from row {@code r}; returns the next free row. */
	static int write(Sheet sheet, int r, WorkbookStyles s) {
		header(sheet.createRow(r++), s, "Depreciation schedule of one server (method as named)", "Per year",
				"Book value at the start of the year");
		int first = r;
		for (int year = 1; year <= MAX_YEARS; year++) {
			Row row = sheet.createRow(r);
			int n = r + 1;
			text(row, 0, "Year " + year);
			String book = year == 1 ? CAPEX : "IF(ISNUMBER(B" + (n - 1) + "),C" + (n - 1) + "-B" + (n - 1) + ",\"\")";
			formula(row, 2, book, s.money);
			String years = "IF(OnPrem_DepreciationMethod=\"macrs-5\",6,OnPrem_LifeYears)";
			String charge = "IF(OnPrem_DepreciationMethod=\"macrs-5\"," + CAPEX + "*CHOOSE(" + year
					+ ",0.2,0.32,0.192,0.1152,0.1152,0.0576,0,0,0,0),"
					+ "IF(OnPrem_DepreciationMethod=\"capital-recovery\",(" + CAPEX + "-" + RESIDUAL + "/" + GROWTH
					+ ")*IF(OnPrem_CostOfCapital=0,1/OnPrem_LifeYears,OnPrem_CostOfCapital*" + GROWTH + "/(" + GROWTH
					+ "-1)),IF(OnPrem_DepreciationMethod=\"double-declining\",MAX(0,MIN(MAX(C" + n
					+ "*2/OnPrem_LifeYears," + "(C" + n + "-" + RESIDUAL + ")/(OnPrem_LifeYears-" + (year - 1) + ")),"
					+ "C" + n + "-" + RESIDUAL + ")),(" + CAPEX + "-" + RESIDUAL + ")/OnPrem_LifeYears)))";
			formula(row, 1, "IF(" + year + ">" + years + ",\"\"," + charge + ")", s.money);
			r++;
		}
		return first + MAX_YEARS;
	}

}
