package com.inferencetco.report.pdf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import com.inferencetco.cost.Assumption;
import com.inferencetco.cost.Decision;
import com.inferencetco.cost.Parameter;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.finance.MonthOverMonth;
import com.inferencetco.report.DecisionLabels;
import com.inferencetco.report.ModelledCosts;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.PlainWords;
import com.inferencetco.report.ReportModel;

/**
 * Page 1, to decide in thirty seconds: invoiced, estimated and modelled cost apart (each
 * modelled kind with what it rests on) adding up to the TCO, the change from last month,
 * the saving available, budgets, the reconciliation; what to know before relying on it
 * (money not counted, decisions waiting for a measurement, actions resting on defaults);
 * the largest actions as a table under the labels the workloads table and Showback use,
 * and a chart of them. Workloads appear under their display names.
 */
final class FirstPage {

	private static final int LARGEST_ACTIONS = 3;

	private final PdfReportWriter pdf;

	private final ReportModel model;

	private final String c;

	private final PdfCharts charts;

	FirstPage(PdfReportWriter pdf, ReportModel model, PdfCharts charts) {
		this.pdf = pdf;
		this.model = model;
		this.c = model.currency();
		this.charts = charts;
	}

	void addTo(Document document) throws DocumentException {
		document.add(new Paragraph("All amounts in " + c + ". Invoiced cost is what the bills charge; the TCO adds "
				+ "usage no invoice covers (estimated) and costs no bill shows (modelled).", pdf.body));
		PdfPTable figures = pdf.table(new float[] { 3, 4 });
		pdf.row(figures, "Invoiced cost (the bills)", MoneyFormat.money(model.cost(), c));
		pdf.row(figures, "Estimated cost (usage no invoice covers)", MoneyFormat.money(model.estimatedCost(), c));
		pdf.row(figures, "Modelled costs (no bill shows them)", MoneyFormat.money(model.modelledCost(), c));
		for (ModelledCosts.Line line : ModelledCosts.of(model)) {
			figures.addCell(pdf.cell("    " + line.name() + ": " + line.basis(), false, 8));
			figures.addCell(pdf.cell(MoneyFormat.money(line.amount(), c), true, 8));
		}
		pdf.row(figures, "Total cost of ownership (TCO)", MoneyFormat.money(model.tco(), c));
		pdf.row(figures, "Invoiced cost, change from last month", change());
		List<WorkloadAnalysis> changes = model.decidedWorkloads().filter(w -> w.monthlySavings().signum() > 0).toList();
		pdf.row(figures, "Monthly saving available", MoneyFormat.money(model.savingAvailable(), c) + " a month in "
				+ changes.size() + (changes.size() == 1 ? " change" : " changes"));
		FinanceTables finance = new FinanceTables(pdf, model);
		if (!model.finance().budgets().isEmpty()) {
			pdf.row(figures, "Budgets", budgets());
		}
		pdf.row(figures, "Reconciliation",
				model.balanced() ? "balanced to the cent for every file" : "NOT balanced: see the data-quality table");
		if (model.restatement() != null) {
			pdf.row(figures, model.restatement().sameExports() ? "Rerun" : "Restated",
					RestatementSection.summary(model.restatement(), c, finance));
		}
		if (model.finance().monthToDate() != null) {
			var mtd = model.finance().monthToDate();
			pdf.row(figures, "Month to date", "bills cover " + mtd.daysCovered() + " of " + mtd.daysInMonth()
					+ " days (to " + mtd.through() + "); budgets are projected to the month end");
		}
		figures.setSpacingBefore(0);
		figures.setExtendLastRow(false);
		// the figures and one chart side by side: the largest changes today and after,
		// or where the money goes when nothing is worth changing
		List<WorkloadAnalysis> largest = changes.subList(0, Math.min(LARGEST_ACTIONS, changes.size()));
		float width = (document.right() - document.left()) * 0.36f;
		PdfPTable top = pdf.table(new float[] { 64, 36 });
		PdfPCell left = new PdfPCell(figures);
		// a nested table's last row would stretch to the chart's height
		left.getTable().setExtendLastRow(false);
		left.setBorder(PdfPCell.NO_BORDER);
		left.setPaddingRight(8);
		left.setVerticalAlignment(Element.ALIGN_TOP);
		top.addCell(left);
		PdfPCell right = new PdfPCell(largest.isEmpty() ? charts.costByCategory(model, width, 180)
				: charts.todayAndAfter(model, largest, width, 180), true);
		right.setBorder(PdfPCell.NO_BORDER);
		top.addCell(right);
		document.add(top);
		largestActions(document, changes, largest);
		warnings(document);
		bridge(document, finance);
	}

	/** What a reader must know before trusting the page, in a box. */
	private void warnings(Document document) {
		List<String> warnings = PageOneWarnings.of(model);
		if (warnings.isEmpty()) {
			return;
		}
		PdfPTable box = pdf.table(new float[] { 1 });
		PdfPCell cell = new PdfPCell();
		cell.setBorderColor(pdf.accent());
		cell.setBorderWidth(1.2f);
		cell.setPadding(5);
		cell.addElement(new Paragraph("Before you rely on these figures", pdf.bold));
		for (String warning : warnings) {
			cell.addElement(new Paragraph("• " + warning, pdf.body));
		}
		box.addCell(cell);
		document.add(box);
	}

	/**
	 * The largest recommended changes as a table, labelled as the workloads table and
	 * Showback label the same figures, and a chart of them.
	 */
	private void largestActions(Document document, List<WorkloadAnalysis> changes, List<WorkloadAnalysis> largest) {
		Paragraph heading = new Paragraph("Largest actions", pdf.heading);
		if (changes.isEmpty()) {
			document.add(heading);
			document
				.add(new Paragraph("No change saves money this month at these assumptions: keep what runs.", pdf.body));
			return;
		}
		PdfPTable table = pdf.table(new float[] { 2.4f, 2.2f, 1.9f, 1.9f, 1.7f, 4.5f });
		pdf.header(table, "Workload", "Action", DecisionLabels.TODAY, DecisionLabels.AFTER, DecisionLabels.SAVING,
				"What it rests on, and what would change it");
		for (WorkloadAnalysis w : largest) {
			Decision d = w.decision();
			table.addCell(pdf.cell(model.displayName(w.name()), false));
			table.addCell(pdf.cell(d.action().words(), false));
			table.addCell(pdf.cell(MoneyFormat.money(d.currentMonthlyCost(), c), true));
			table.addCell(pdf.cell(MoneyFormat.money(d.alternativeMonthlyCost(), c), true));
			table.addCell(pdf.cell(MoneyFormat.money(d.monthlySaving(), c), true));
			table.addCell(pdf.cell(PlainWords.of(model, chosen(d)) + " " + changes(d), false, 8));
		}
		// the heading stays with its table
		table.setKeepTogether(true);
		PdfPTable keep = pdf.table(new float[] { 1 });
		keep.setKeepTogether(true);
		PdfPCell holder = new PdfPCell();
		holder.setBorder(PdfPCell.NO_BORDER);
		holder.addElement(heading);
		holder.addElement(table);
		if (changes.size() > LARGEST_ACTIONS) {
			holder.addElement(new Paragraph((changes.size() - LARGEST_ACTIONS)
					+ " more change(s) in the workloads table; the figures that move with each decision are its "
					+ "GPUs or API tokens and the fixed costs of self-hosting it carries.", pdf.body));
		}
		keep.addCell(holder);
		document.add(keep);
	}

	/**
	 * What would change the answer: the built-in defaults that flip it, else how much the
	 * alternative may cost before the change no longer saves the minimum.
	 */
	private String changes(Decision d) {
		if (!d.decidingDefaults().isEmpty()) {
			int more = d.decidingDefaults().size() - 2;
			return "It changes with built-in defaults: "
					+ PageOneWarnings.deciding(model,
							d.decidingDefaults().subList(0, Math.min(2, d.decidingDefaults().size())))
					+ (more > 0 ? "; and " + more + " more (Decisions in detail)." : ".");
		}
		BigDecimal minimum = model.assumptions()
			.stream()
			.filter(a -> a.key().equals(Parameter.MINIMUM_SAVING.key()))
			.findFirst()
			.map(Assumption::value)
			.orElse(BigDecimal.ZERO)
			.max(new BigDecimal("0.01"));
		return "It holds while the alternative costs under "
				+ MoneyFormat.money(d.currentMonthlyCost().subtract(minimum), c)
				+ " a month (today's cost less the minimum saving).";
	}

	/**
	 * "1 of 2 over: doc-summarizer 15.1 % over (28,765.83 USD against 25,000.00 USD)".
	 */
	private String budgets() {
		var lines = model.finance().budgets();
		var over = lines.stream().filter(b -> b.overOrHeadingOver()).toList();
		if (over.isEmpty()) {
			return "all " + lines.size() + " within budget";
		}
		return over.size() + " of " + lines.size() + " over: "
				+ over.stream()
					.limit(3)
					.map(b -> b.name()
							+ (b.varianceShare() == null ? " over"
									: " " + MoneyFormat.percent(b.varianceShare().abs()) + " over")
							+ " (" + MoneyFormat.money(b.actual(), c) + " against " + MoneyFormat.money(b.budget(), c)
							+ ")")
					.collect(java.util.stream.Collectors.joining("; "));
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
