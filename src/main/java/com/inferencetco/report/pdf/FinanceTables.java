package com.inferencetco.report.pdf;

import java.math.BigDecimal;
import java.util.List;

import org.openpdf.text.pdf.PdfPTable;

import com.inferencetco.finance.FinanceInputs;
import com.inferencetco.finance.FinancePack;
import com.inferencetco.finance.MonthToDate;
import com.inferencetco.finance.Restatement;
import com.inferencetco.finance.WorkloadForecast;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;

/**
 * The finance page's tables: budgets, unit costs, the trend, the forecast per workload
 * and a restatement's files.
 */
final class FinanceTables {

	/** Rows of the longer tables in the PDF; the workbook has them all. */
	static final int LARGEST = 10;

	private final PdfReportWriter pdf;

	private final ReportModel model;

	private final String c;

	FinanceTables(PdfReportWriter pdf, ReportModel model) {
		this.pdf = pdf;
		this.model = model;
		this.c = model.currency();
	}

	/**
	 * Budget against actual, and in a month still in progress the month end projected at
	 * the run rate.
	 */
	PdfPTable budgets() {
		MonthToDate mtd = model.finance().monthToDate();
		PdfPTable table = pdf
			.table(mtd == null ? new float[] { 3, 2, 2, 2, 1.5f, 1.2f } : new float[] { 3, 2, 2, 2, 1.5f, 1.2f, 2, 2 });
		if (mtd == null) {
			pdf.header(table, "Workload or owner", "Budget", "Actual (fully loaded)", "Variance", "Variance share", "");
		}
		else {
			pdf.header(table, "Workload or owner", "Budget", "Actual to " + mtd.through(), "Variance", "Variance share",
					"", "Projected month end", "Projected variance");
		}
		for (FinancePack.BudgetLine b : model.finance().budgets()) {
			table.addCell(pdf.cell(b.name() + (b.scope() == FinanceInputs.Scope.OWNER ? " (owner)" : ""), false));
			table.addCell(pdf.cell(MoneyFormat.money(b.budget(), c), true));
			table.addCell(pdf.cell(MoneyFormat.money(b.actual(), c), true));
			table.addCell(pdf.cell(signed(b.variance()), true));
			table.addCell(pdf.cell(b.varianceShare() == null ? "—" : MoneyFormat.percent(b.varianceShare()), true));
			table.addCell(pdf.cell(b.over() ? "OVER" : b.overOrHeadingOver() ? "HEADING OVER" : "", false));
			if (mtd != null) {
				table.addCell(pdf.cell(MoneyFormat.money(b.projected(), c), true));
				table.addCell(pdf.cell(signed(b.projectedVariance()), true));
			}
		}
		return table;
	}

	/**
	 * Each workload's fully loaded cost per unit of the business's own metrics, beside
	 * last month's.
	 */
	PdfPTable unitCosts() {
		String previous = model.month().previous().toString();
		PdfPTable table = pdf.table(new float[] { 2.5f, 2.5f, 2, 2, 2, 2 });
		pdf.header(table, "Metric", "Workload", "Units", "Fully loaded cost", "Cost per unit", "Per unit " + previous);
		for (FinancePack.UnitCost u : model.finance().unitCosts()) {
			table.addCell(pdf.cell(u.metric(), false));
			table.addCell(pdf.cell(u.workload(), false));
			table.addCell(pdf.cell(MoneyFormat.number(u.units(), 0), true));
			table.addCell(pdf.cell(MoneyFormat.money(u.cost(), c), true));
			table.addCell(pdf.cell(MoneyFormat.number(u.costPerUnit(), 4) + " " + c, true));
			BigDecimal before = u.previousCostPerUnit(previous);
			table.addCell(pdf.cell(before == null ? "—" : MoneyFormat.number(before, 4) + " " + c, true));
		}
		return table;
	}

	/** The invoiced cost of the months reported here, oldest first, this month last. */
	PdfPTable trend() {
		List<ReportModel.MonthCost> months = model.history();
		PdfPTable table = pdf.table(new float[] { 2, 2, 2 });
		pdf.header(table, "Month", "Invoiced cost", "Change");
		BigDecimal before = null;
		for (ReportModel.MonthCost m : months) {
			table.addCell(pdf.cell(m.month(), false));
			table.addCell(pdf.cell(MoneyFormat.money(m.cost(), c), true));
			table.addCell(pdf.cell(before == null ? "" : signed(m.cost().subtract(before)), true));
			before = m.cost();
		}
		return table;
	}

	/** Next month per workload, with the month switching to dedicated starts to pay. */
	PdfPTable workloadForecasts() {
		PdfPTable table = pdf.table(new float[] { 3.5f, 2, 2, 2.4f, 2.2f });
		pdf.header(table, "Workload", "Own cost " + model.forecast().nextMonth(), "Change a month",
				"Tokens " + model.forecast().nextMonth(), "Dedicated pays from");
		for (WorkloadForecast w : model.forecast().workloads().stream().limit(LARGEST).toList()) {
			table.addCell(pdf.cell(model.displayName(w.workload()), false));
			table.addCell(pdf.cell(MoneyFormat.money(w.nextMonthCost(), c), true));
			table.addCell(pdf.cell(signed(w.slopePerMonth()), true));
			table.addCell(
					pdf.cell(w.nextMonthTokens() == null ? "—" : MoneyFormat.number(w.nextMonthTokens(), 0), true));
			table.addCell(pdf.cell(w.switchPaysFrom() == null ? "—" : w.switchPaysFrom(), false));
		}
		return table;
	}

	/**
	 * The files a restatement added, removed or changed, with the cost read from each
	 * then and now.
	 */
	PdfPTable restatedFiles() {
		Restatement r = model.restatement();
		PdfPTable table = pdf.table(new float[] { 5, 1.4f, 2, 2 });
		pdf.header(table, "File", "Change", "Cost read then", "Cost read now");
		for (Restatement.FileChange f : r.files().stream().limit(LARGEST).toList()) {
			table.addCell(pdf.cell(f.file(), false));
			table.addCell(pdf.cell(f.change().id(), false));
			table.addCell(
					pdf.cell(f.previousCost() == null ? "—" : MoneyFormat.money(f.previousCost(), f.currency()), true));
			table.addCell(pdf.cell(f.cost() == null ? "—" : MoneyFormat.money(f.cost(), f.currency()), true));
		}
		return table;
	}

	String signed(BigDecimal amount) {
		return (amount.signum() > 0 ? "+" : "") + MoneyFormat.money(amount, c);
	}

}
