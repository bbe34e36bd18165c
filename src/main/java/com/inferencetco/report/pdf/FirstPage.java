package com.inferencetco.report.pdf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

import com.inferencetco.cost.Decision;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.finance.MonthOverMonth;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;

/**
 * Page 1, to decide in thirty seconds: the month's TCO and its change from last month,
 * the saving the recommended changes make available, the three largest of them in plain
 * words, the reconciliation, and what to measure next month (the figure to collect and
 * the threshold it decides). Workloads appear under their display names.
 */
final class FirstPage {

	private static final int LARGEST_ACTIONS = 3;

	private final PdfReportWriter pdf;

	private final ReportModel model;

	private final String c;

	FirstPage(PdfReportWriter pdf, ReportModel model) {
		this.pdf = pdf;
		this.model = model;
		this.c = model.currency();
	}

	void addTo(Document document) {
		document.add(new Paragraph("All amounts in " + c + ".", pdf.body));
		PdfPTable figures = pdf.table(new float[] { 3, 4 });
		pdf.row(figures, "Total cost of ownership (TCO)", MoneyFormat.money(model.tco(), c));
		pdf.row(figures, "Invoiced cost, change from last month", change());
		List<WorkloadAnalysis> changes = model.decidedWorkloads().filter(w -> w.monthlySavings().signum() > 0).toList();
		pdf.row(figures, "Monthly saving available", MoneyFormat.money(model.savingAvailable(), c) + " a month in "
				+ changes.size() + (changes.size() == 1 ? " change" : " changes"));
		pdf.row(figures, "Reconciliation",
				model.balanced() ? "balanced to the cent for every file" : "NOT balanced: see the data-quality table");
		FinanceTables finance = new FinanceTables(pdf, model);
		if (model.restatement() != null) {
			pdf.row(figures, "Restated", RestatementSection.summary(model.restatement(), c, finance));
		}
		if (model.finance().monthToDate() != null) {
			var mtd = model.finance().monthToDate();
			pdf.row(figures, "Month to date", "bills cover " + mtd.daysCovered() + " of " + mtd.daysInMonth()
					+ " days (to " + mtd.through() + "); budgets are projected to the month end");
		}
		document.add(figures);
		bridge(document, finance);

		document.add(new Paragraph("Largest actions", pdf.heading));
		if (changes.isEmpty()) {
			document
				.add(new Paragraph("No change saves money this month at these assumptions: keep what runs.", pdf.body));
		}
		int rank = 1;
		for (WorkloadAnalysis w : changes.subList(0, Math.min(LARGEST_ACTIONS, changes.size()))) {
			Decision d = w.decision();
			document.add(new Paragraph(rank++ + ". " + model.displayName(w.name()) + ": " + d.action().words()
					+ ", saves " + MoneyFormat.money(d.monthlySaving(), c) + " a month ("
					+ MoneyFormat.money(d.currentMonthlyCost(), c) + " today, "
					+ MoneyFormat.money(d.alternativeMonthlyCost(), c) + " after). " + chosen(d), pdf.body));
		}
		if (changes.size() > LARGEST_ACTIONS) {
			document.add(new Paragraph((changes.size() - LARGEST_ACTIONS) + " more change(s) on the workloads page.",
					pdf.body));
		}

		List<WorkloadAnalysis> toMeasure = model.workloads()
			.stream()
			.filter(w -> w.decision().missing() != null)
			.toList();
		if (!toMeasure.isEmpty()) {
			document.add(new Paragraph("To measure next month", pdf.heading));
			for (WorkloadAnalysis w : toMeasure) {
				document
					.add(new Paragraph("• " + model.displayName(w.name()) + ": " + w.decision().missing(), pdf.body));
			}
		}
	}

	/**
	 * What moved the TCO since last month: the change and its largest drivers, split into
	 * volume and rate.
	 */
	private void bridge(Document document, FinanceTables finance) {
		MonthOverMonth mom = model.monthOverMonth();
		if (mom == null) {
			return;
		}
		document.add(new Paragraph(
				"What changed since " + mom.previousMonth() + ": TCO " + finance.signed(mom.tcoChange()), pdf.heading));
		PdfPTable table = pdf.table(new float[] { 4, 2, 2, 2 });
		pdf.header(table, "Largest drivers (own cost)", "Change", "Volume effect", "Rate effect");
		for (MonthOverMonth.Driver d : mom.drivers().stream().limit(LARGEST_ACTIONS).toList()) {
			table.addCell(pdf.cell(
					model.displayName(d.workload())
							+ (d.status() == MonthOverMonth.Status.CONTINUING ? "" : " (" + d.status().id() + ")"),
					false));
			table.addCell(pdf.cell(finance.signed(d.change()), true));
			table.addCell(pdf.cell(finance.signed(d.volumeEffect()), true));
			table.addCell(pdf.cell(finance.signed(d.rateEffect()), true));
		}
		document.add(table);
	}

	/**
	 * The change of the invoiced cost from the month before, signed, in money and
	 * percent.
	 */
	private String change() {
		BigDecimal previous = model.previousCost();
		if (previous == null || previous.signum() == 0) {
			return "no earlier month on record";
		}
		BigDecimal change = model.cost().subtract(previous);
		String sign = change.signum() > 0 ? "+" : change.signum() < 0 ? "−" : "±";
		return sign + MoneyFormat.money(change.abs(), c) + " (" + sign
				+ MoneyFormat.percent(change.abs().divide(previous.abs(), new MathContext(10))) + ") against "
				+ model.month().previous() + ": " + MoneyFormat.money(model.cost(), c) + " this month";
	}

	/** What the recommended change is, as the decision sized it. */
	private static String chosen(Decision d) {
		return d.alternatives()
			.stream()
			.filter(a -> a.action() == d.action())
			.findFirst()
			.map(a -> capitalized(a.sizing()) + ".")
			.orElse("");
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
