package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.formula;
import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.landscape;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.Cells.widths;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import com.inferencetco.finance.FinanceInputs;
import com.inferencetco.finance.FinancePack;
import com.inferencetco.finance.MonthToDate;
import com.inferencetco.report.ReportModel;

/**
 * The Budget sheet (with --budgets) and the Unit costs sheet (with --business-metrics).
 * Their actuals are the Showback sheet's fully loaded costs (a workload's cell, an
 * owner's SUMIF over owner numbers), so an edited allocation or budget flows through;
 * variance, share and cost per unit are formulas.
 */
final class FinanceSheets {

	private FinanceSheets() {
	}

	/**
	 * A workload's fully loaded cost: its Showback cell (a name in a SUMIF would be a
	 * pattern), 0 when the month has no such workload.
	 */
	private static String workloadCost(ReportModel model, String workload) {
		int row = ShowbackSheet.rowOf(model, workload);
		return row == 0 ? "0" : "Showback!$H$" + row;
	}

	static void write(Workbook wb, ReportModel model, WorkbookStyles s) {
		FinancePack finance = model.finance();
		if (!finance.budgets().isEmpty()) {
			budgets(wb.createSheet("Budget"), model, s);
		}
		if (!finance.unitCosts().isEmpty()) {
			unitCosts(wb.createSheet("Unit costs"), model, s);
		}
	}

	private static void budgets(Sheet sheet, ReportModel model, WorkbookStyles s) {
		FinancePack finance = model.finance();
		Row headings = sheet.createRow(0);
		header(headings, s, "Budget for", "Workload or owner", "Budget", "Actual (fully loaded)", "Variance",
				"Variance share", "Over budget");
		MonthToDate mtd = finance.monthToDate();
		if (mtd != null) {
			text(headings, 7, "Projected month end");
			text(headings, 8, "Projected variance");
			headings.getCell(7).setCellStyle(headings.getCell(0).getCellStyle());
			headings.getCell(8).setCellStyle(headings.getCell(0).getCellStyle());
		}
		int r = 1;
		for (FinancePack.BudgetLine b : finance.budgets()) {
			Row row = sheet.createRow(r++);
			boolean workload = b.scope() == FinanceInputs.Scope.WORKLOAD;
			text(row, 0, workload ? "workload" : "owner");
			text(row, 1, b.name());
			number(row, 2, b.budget(), s.inputMoney);
			formula(row, 3, workload ? workloadCost(model, b.name())
					: "SUMIF(Showback_OwnerNo," + ShowbackSheet.ownerNumber(model, b.name()) + ",Showback_FullyLoaded)",
					s.money);
			formula(row, 4, "D" + r + "-C" + r, s.money);
			formula(row, 5, "IF(C" + r + "=0,\"\",E" + r + "/C" + r + ")", s.percent);
			formula(row, 6, "IF(D" + r + ">C" + r + ",\"OVER\",\"\")", s.text);
			if (mtd != null) {
				number(row, 7, b.projected(), s.money);
				formula(row, 8, "H" + r + "-C" + r, s.money);
			}
		}
		int last = r;
		Row total = sheet.createRow(r);
		text(total, 0, "Total");
		for (int column : mtd == null ? new int[] { 2, 3, 4 } : new int[] { 2, 3, 4, 7, 8 }) {
			String letter = String.valueOf((char) ('A' + column));
			formula(total, column, "SUM(" + letter + "2:" + letter + last + ")", s.money);
		}
		text(sheet.createRow(r + 2), 0,
				"Actuals are the fully loaded costs of the Showback sheet (own cost and shares of "
						+ "the shared and modelled costs); a shared workload's is zero, its cost being allocated to the others.");
		if (mtd != null) {
			text(sheet.createRow(r + 3), 0,
					"The month is still in progress: its bills cover " + mtd.daysCovered() + " of " + mtd.daysInMonth()
							+ " days (to " + mtd.through() + "). Projected month end = the invoiced part "
							+ "(own and shared costs) x " + mtd.daysInMonth() + " / " + mtd.daysCovered()
							+ " + the modelled part, which is monthly already.");
		}
		widths(sheet, 12, 26, 16, 20, 16, 14, 12, 20, 18);
		sheet.createFreezePane(0, 1);
		landscape(sheet);
	}

	private static void unitCosts(Sheet sheet, ReportModel model, WorkbookStyles s) {
		FinancePack finance = model.finance();
		Row headings = sheet.createRow(0);
		header(headings, s, "Metric", "Workload", "Units", "Fully loaded cost", "Cost per unit");
		// the trend: one column per earlier month any metric was reported in, oldest
		// first
		List<String> months = finance.unitCosts()
			.stream()
			.flatMap(u -> u.trend().stream())
			.map(FinancePack.UnitCostPoint::month)
			.distinct()
			.sorted()
			.toList();
		for (int m = 0; m < months.size(); m++) {
			text(headings, 5 + m, "Cost per unit " + months.get(m));
			headings.getCell(5 + m).setCellStyle(headings.getCell(0).getCellStyle());
		}
		if (!months.isEmpty()) {
			headings.setHeightInPoints(30);
		}
		// a cost per conversation or request is a fraction of a cent: four decimals
		var perUnit = sheet.getWorkbook().createCellStyle();
		perUnit.cloneStyleFrom(s.decimal);
		perUnit.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("#,##0.0000"));
		int r = 1;
		for (FinancePack.UnitCost u : finance.unitCosts()) {
			Row row = sheet.createRow(r++);
			text(row, 0, u.metric());
			text(row, 1, u.workload());
			number(row, 2, u.units(), s.integer);
			formula(row, 3, workloadCost(model, u.workload()), s.money);
			formula(row, 4, "IF(C" + r + ">0,D" + r + "/C" + r + ",\"\")", perUnit);
			for (FinancePack.UnitCostPoint p : u.trend()) {
				number(row, 5 + months.indexOf(p.month()), p.costPerUnit(), perUnit);
			}
		}
		if (!months.isEmpty()) {
			text(sheet.createRow(r + 1), 0, "Earlier months: the cost per unit each month's report gave (its fully "
					+ "loaded cost over the units its business-metrics file gave).");
		}
		widths(sheet, 22, 26, 16, 20, 16, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18);
		sheet.createFreezePane(0, 1);
		landscape(sheet);
	}

}
