package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.ExcelReportWriter.formula;
import static com.inferencetco.report.excel.ExcelReportWriter.header;
import static com.inferencetco.report.excel.ExcelReportWriter.landscape;
import static com.inferencetco.report.excel.ExcelReportWriter.number;
import static com.inferencetco.report.excel.ExcelReportWriter.text;
import static com.inferencetco.report.excel.ExcelReportWriter.widths;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import com.inferencetco.finance.FinanceInputs;
import com.inferencetco.finance.FinancePack;
import com.inferencetco.report.ReportModel;

/**
 * The Budget sheet (with --budgets) and the Unit costs sheet (with --business-metrics). Their actuals are SUMIFs
 * over the Showback sheet's fully loaded costs, so an edited allocation or budget flows through; variance, share
 * and cost per unit are formulas.
 */
final class FinanceSheets {

	private FinanceSheets() {
	}

	static void write(Workbook wb, ReportModel model, WorkbookStyles s) {
		FinancePack finance = model.finance();
		if (!finance.budgets().isEmpty()) {
			budgets(wb.createSheet("Budget"), finance, s);
		}
		if (!finance.unitCosts().isEmpty()) {
			unitCosts(wb.createSheet("Unit costs"), finance, s);
		}
	}

	private static void budgets(Sheet sheet, FinancePack finance, WorkbookStyles s) {
		Row headings = sheet.createRow(0);
		header(headings, s, "Budget for", "Workload or owner", "Budget", "Actual (fully loaded)", "Variance",
				"Variance share", "Over budget");
		int r = 1;
		for (FinancePack.BudgetLine b : finance.budgets()) {
			Row row = sheet.createRow(r++);
			boolean workload = b.scope() == FinanceInputs.Scope.WORKLOAD;
			text(row, 0, workload ? "workload" : "owner");
			text(row, 1, b.name());
			number(row, 2, b.budget(), s.inputMoney);
			formula(row, 3, "SUMIF(" + (workload ? "Showback_Workload" : "Showback_Owner") + ",B" + r
					+ ",Showback_FullyLoaded)", s.money);
			formula(row, 4, "D" + r + "-C" + r, s.money);
			formula(row, 5, "IF(C" + r + "=0,\"\",E" + r + "/C" + r + ")", s.percent);
			formula(row, 6, "IF(D" + r + ">C" + r + ",\"OVER\",\"\")", s.text);
		}
		int last = r;
		Row total = sheet.createRow(r);
		text(total, 0, "Total");
		for (int column = 2; column <= 4; column++) {
			String letter = String.valueOf((char) ('A' + column));
			formula(total, column, "SUM(" + letter + "2:" + letter + last + ")", s.money);
		}
		text(sheet.createRow(r + 2), 0, "Actuals are the fully loaded costs of the Showback sheet (own cost and shares of "
				+ "the shared and modelled costs); a shared workload's is zero, its cost being allocated to the others.");
		widths(sheet, 12, 26, 16, 20, 16, 14, 12);
		sheet.createFreezePane(0, 1);
		landscape(sheet);
	}

	private static void unitCosts(Sheet sheet, FinancePack finance, WorkbookStyles s) {
		header(sheet.createRow(0), s, "Metric", "Workload", "Units", "Fully loaded cost", "Cost per unit");
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
			formula(row, 3, "SUMIF(Showback_Workload,B" + r + ",Showback_FullyLoaded)", s.money);
			formula(row, 4, "IF(C" + r + ">0,D" + r + "/C" + r + ",\"\")", perUnit);
		}
		widths(sheet, 22, 26, 16, 20, 16);
		sheet.createFreezePane(0, 1);
		landscape(sheet);
	}
}
