package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.formula;
import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.labelled;
import static com.inferencetco.report.excel.Cells.landscape;
import static com.inferencetco.report.excel.Cells.name;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.Cells.widths;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.model.CostCategory;
import com.inferencetco.report.DecisionLabels;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;

/**
 * The Summary sheet: the month's figures (TCO_Total, Cost_Total and the other names), the
 * checks that tie, the cost by category, the top workloads, the monthly trend with the
 * forecast and the month-over-month bridge.
 */
final class SummarySheet {

	private SummarySheet() {
	}

	static int[] write(XSSFWorkbook wb, Sheet sheet, ReportModel model, WorkbookStyles s, String company) {
		sheet.setDisplayGridlines(false);
		Row title = sheet.createRow(0);
		text(title, 0,
				(company == null || company.isBlank() ? "" : company + " — ") + "Inference TCO " + model.month());
		title.getCell(0).setCellStyle(s.title);
		int r = 2;
		r = labelled(sheet, r, "Billing month", model.month().toString());
		r = labelled(sheet, r, "Report currency", model.currency());
		int categoriesStart = r + 16;
		List<CostCategory> invoiced = Arrays.stream(CostCategory.values()).filter(CostCategory::invoiced).toList();
		List<CostCategory> modelled = Arrays.stream(CostCategory.values()).filter(c -> !c.invoiced()).toList();
		int firstInvoiced = categoriesStart + 1;
		int lastInvoiced = firstInvoiced + invoiced.size() - 1;
		int firstModelled = lastInvoiced + 1;
		int lastModelled = firstModelled + modelled.size() - 1;

		Row costRow = sheet.createRow(r);
		text(costRow, 0, "Invoiced cost");
		formula(costRow, 1, "SUM(B" + (firstInvoiced + 1) + ":B" + (lastInvoiced + 1) + ")", s.moneyBold);
		name(wb, "Cost_Total", "Summary", r++, 1);
		Row estimatedRow = sheet.createRow(r);
		text(estimatedRow, 0, "Estimated cost (usage no invoice covers)");
		number(estimatedRow, 1, model.estimatedCost(), s.money);
		name(wb, "Estimated_Total", "Summary", r++, 1);
		Row modelledRow = sheet.createRow(r);
		text(modelledRow, 0, "Modelled costs (staff, compliance, on-prem)");
		formula(modelledRow, 1, "SUM(B" + (firstModelled + 1) + ":B" + (lastModelled + 1) + ")", s.money);
		name(wb, "Modelled_Total", "Summary", r++, 1);
		Row tcoRow = sheet.createRow(r);
		text(tcoRow, 0, "Total cost of ownership");
		formula(tcoRow, 1, "Cost_Total+Estimated_Total+Modelled_Total", s.moneyBold);
		name(wb, "TCO_Total", "Summary", r++, 1);
		Row tokensRow = sheet.createRow(r);
		text(tokensRow, 0, "Tokens (input + output)");
		number(tokensRow, 1, model.tokens().total(), s.integer);
		name(wb, "Tokens_Total", "Summary", r++, 1);
		Row perMillion = sheet.createRow(r++);
		// over the workloads whose tokens they are: each one's cost per million weighted
		// by its tokens (GPUs that serve none are not spread over other workloads'
		// tokens)
		text(perMillion, 0, "Own cost per million tokens (of the workloads whose tokens they are)");
		int lastWorkload = model.workloads().size() + 1;
		String tokens = WorkloadColumn.TOKENS.range(lastWorkload);
		String perToken = WorkloadColumn.COST_PER_MILLION.range(lastWorkload);
		formula(perMillion, 1, "IF(SUMIF(" + perToken + ",\">=-1E+300\"," + tokens + ")>0,SUMPRODUCT(" + tokens + ","
				+ perToken + ")/SUMIF(" + perToken + ",\">=-1E+300\"," + tokens + "),\"n/a\")", s.money);
		Row gpu = sheet.createRow(r++);
		text(gpu, 0, "GPU-hours");
		number(gpu, 1, model.totalGpuHours(), s.decimal);
		Row egress = sheet.createRow(r++);
		text(egress, 0, "Internet egress (GB)");
		number(egress, 1, model.egressGb(), s.decimal);
		Row previous = sheet.createRow(r++);
		text(previous, 0, "Change of invoiced cost from last month");
		if (model.previousCost() != null && model.previousCost().signum() != 0) {
			number(previous, 2, model.previousCost(), s.money);
			formula(previous, 1, "(Cost_Total-C" + r + ")/C" + r, s.percent);
		}
		else {
			text(previous, 1, "no earlier month in the database");
		}
		Row reconciled = sheet.createRow(r++);
		text(reconciled, 0, "Reconciliation");
		text(reconciled, 1, model.balanced() ? "balanced: every file's cost read = normalized + rejected"
				: "NOT balanced: see Data quality");
		// checks a reader can trust at a glance: totals that must tie, recomputed by the
		// workbook itself
		header(sheet.createRow(r++), s, "Checks", "Ties?");
		Row workloadsTie = sheet.createRow(r++);
		text(workloadsTie, 0, "Workloads add up to the invoiced cost");
		formula(workloadsTie, 1, "ABS(SUM('Workloads'!" + WorkloadColumn.COST.whole() + ")-Cost_Total)<0.005", s.text);
		Row billsTie = sheet.createRow(r++);
		text(billsTie, 0, "Categories add up to the invoiced cost of the bills ("
				+ MoneyFormat.money(model.cost(), model.currency()) + ")");
		formula(billsTie, 1, "ABS(Cost_Total-" + model.cost().toPlainString() + ")<0.005", s.text);

		header(sheet.createRow(categoriesStart), s, "Cost by category", "Cost", "Share of TCO");
		int row = firstInvoiced;
		for (CostCategory category : CostCategory.values()) {
			Row line = sheet.createRow(row);
			text(line, 0, category.id() + (category.invoiced() ? "" : " (modelled)"));
			switch (category) {
				case ENGINEERING_OVERHEAD -> formula(line, 1, "IF(SelfHosting,Engineering_PerMonth,0)", s.money);
				case COMPLIANCE -> formula(line, 1, "Compliance_PerMonth+Compliance_SelfHostingPerMonth", s.money);
				case ON_PREM -> formula(line, 1, "OnPrem_ServersOwned*OnPrem_PerServerMonth", s.money);
				default -> number(line, 1, model.byCategory().get(category), s.money);
			}
			formula(line, 2, "IF(TCO_Total=0,0,B" + (row + 1) + "/TCO_Total)", s.percent);
			row++;
		}
		row += 1;
		// the Workloads sheet's cells: edit an assumption and these move with it
		header(sheet.createRow(row++), s, "Top workloads", "Cost", "Action (reasons on the Workloads sheet)",
				DecisionLabels.SAVING, DecisionLabels.TODAY, DecisionLabels.AFTER);
		int shown = 0;
		for (WorkloadAnalysis w : model.workloads()) {
			if (shown++ == 10) {
				break;
			}
			Row line = sheet.createRow(row++);
			int n = WorkloadsSheet.rowOf(model, w.name());
			text(line, 0, w.name());
			formula(line, 1, "Workloads!" + WorkloadColumn.COST.at(n), s.money);
			formula(line, 2, "Workloads!" + WorkloadColumn.ACTION.at(n), s.text);
			formula(line, 3, "Workloads!" + WorkloadColumn.SAVING.at(n), s.money);
			formula(line, 4, "Workloads!" + WorkloadColumn.CURRENT.at(n), s.money);
			formula(line, 5, "Workloads!" + WorkloadColumn.ALTERNATIVE.at(n), s.money);
		}
		if (model.history().size() >= 2) {
			row += 1;
			header(sheet.createRow(row++), s, "Monthly trend", "Invoiced cost");
			int firstMonth = row;
			for (ReportModel.MonthCost month : model.history()) {
				Row line = sheet.createRow(row++);
				text(line, 0, month.month());
				number(line, 1, month.cost(), s.money);
			}
			WorkbookCharts.trend((XSSFSheet) sheet, firstMonth, row - 1);
			if (model.forecast() != null) {
				Row forecast = sheet.createRow(row++);
				text(forecast, 0, "Forecast " + model.forecast().nextMonth() + " (linear trend of the last "
						+ model.forecast().months() + " months)");
				number(forecast, 1, model.forecast().nextMonthCost(), s.money);
			}
		}
		row = SummaryBridge.write(sheet, row, model, s);
		widths(sheet, 44, 22, 40, 18, 34, 26);
		landscape(sheet);
		return new int[] { firstInvoiced, lastModelled };
	}

}
