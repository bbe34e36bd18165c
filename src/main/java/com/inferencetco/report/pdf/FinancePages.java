package com.inferencetco.report.pdf;

import java.math.BigDecimal;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

import com.inferencetco.finance.MonthOverMonth;
import com.inferencetco.finance.MonthToDate;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;
import com.inferencetco.report.ShowbackWords;

/**
 * The finance page: the showback by owner, then the budgets and unit costs when their
 * files were given, and the month-over-month bridge when the month before was reported
 * here.
 */
final class FinancePages {

	/**
	 * Drivers listed in the PDF; the workbook's Month over month sheet has every
	 * workload.
	 */
	static final int LARGEST_DRIVERS = 10;

	private final PdfReportWriter pdf;

	private final ReportModel model;

	FinancePages(PdfReportWriter pdf, ReportModel model) {
		this.pdf = pdf;
		this.model = model;
	}

	void addTo(Document document) {
		CostTables tables = new CostTables(pdf, model);
		FinanceTables finance = new FinanceTables(pdf, model);
		pdf.heading(document, "Showback: every cost allocated");
		document.add(new Paragraph(ShowbackWords.explanation(model), pdf.body));
		document.add(tables.showback());
		if (!model.finance().budgets().isEmpty()) {
			pdf.heading(document, "Budget against actual");
			MonthToDate mtd = model.finance().monthToDate();
			if (mtd != null) {
				document.add(new Paragraph(
						"The month is still in progress: its bills cover " + mtd.daysCovered() + " of "
								+ mtd.daysInMonth()
								+ " days. The month end is projected at the run rate (own and shared costs x "
								+ mtd.daysInMonth() + " / " + mtd.daysCovered() + ", modelled costs as they are).",
						pdf.body));
			}
			document.add(finance.budgets());
		}
		if (!model.finance().unitCosts().isEmpty()) {
			pdf.heading(document, "Unit costs");
			document.add(finance.unitCosts());
		}
		if (model.history().size() >= 2) {
			pdf.heading(document, "Monthly trend");
			document.add(finance.trend());
		}
		if (model.forecast() != null) {
			document.add(new Paragraph("Forecast: "
					+ MoneyFormat.money(model.forecast().nextMonthCost(), model.currency()) + " invoiced in "
					+ model.forecast().nextMonth() + ", the linear trend of the last " + model.forecast().months()
					+ " months (" + signed(model.forecast().slopePerMonth()) + " a month).", pdf.body));
			if (!model.forecast().workloads().isEmpty()) {
				document
					.add(new Paragraph("Per workload, its own cost (invoiced and estimated) on the same kind of trend; "
							+ "for a serverless workload whose tokens grow, the month they reach the volume at which whole "
							+ "dedicated GPUs plus the fixed costs of self-hosting cost less.", pdf.body));
				document.add(finance.workloadForecasts());
			}
		}
		RestatementSection.addTo(document, pdf, model, finance);
		MonthOverMonth mom = model.monthOverMonth();
		if (mom != null) {
			pdf.heading(document, "Month over month: what changed since " + mom.previousMonth());
			document
				.add(new Paragraph("Each workload's own cost (invoiced and estimated, both months under this month's "
						+ "assumptions): the volume effect is the change of its tokens (GPU-hours where it served none) at "
						+ mom.previousMonth() + "'s cost per unit, the rate effect the rest. TCO "
						+ signed(mom.tcoChange()) + " against " + MoneyFormat.money(mom.previousTco(), model.currency())
						+ ".", pdf.body));
			document.add(bridge(mom));
			if (mom.drivers().size() > LARGEST_DRIVERS) {
				document.add(new Paragraph((mom.drivers().size() - LARGEST_DRIVERS)
						+ " smaller change(s) on the workbook's " + "Month over month sheet.", pdf.body));
			}
		}
	}

	private PdfPTable bridge(MonthOverMonth mom) {
		PdfPTable table = pdf.table(new float[] { 3, 1.4f, 2, 2, 2, 2, 2 });
		pdf.header(table, "Workload", "Status", mom.previousMonth(), model.month().toString(), "Change",
				"Volume effect", "Rate effect");
		List<MonthOverMonth.Driver> largest = mom.drivers().stream().limit(LARGEST_DRIVERS).toList();
		for (MonthOverMonth.Driver d : largest) {
			table.addCell(pdf.cell(model.displayName(d.workload()), false));
			table.addCell(pdf.cell(d.status().id(), false));
			table.addCell(pdf.cell(MoneyFormat.money(d.previousCost(), model.currency()), true));
			table.addCell(pdf.cell(MoneyFormat.money(d.cost(), model.currency()), true));
			table.addCell(pdf.cell(signed(d.change()), true));
			table.addCell(pdf.cell(signed(d.volumeEffect()), true));
			table.addCell(pdf.cell(signed(d.rateEffect()), true));
		}
		return table;
	}

	private String signed(BigDecimal amount) {
		return (amount.signum() > 0 ? "+" : "") + MoneyFormat.money(amount, model.currency());
	}

}
