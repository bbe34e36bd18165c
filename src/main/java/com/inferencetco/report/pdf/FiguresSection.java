package com.inferencetco.report.pdf;

import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;

/**
 * The month in figures: the totals, the cost by category and by workload with their
 * charts, and every decision in a sentence.
 */
final class FiguresSection {

	private FiguresSection() {
	}

	static void addTo(Document document, PdfReportWriter pdf, ReportModel model, PdfCharts charts, float chartWidth) {
		String c = model.currency();
		pdf.heading(document, "The month in figures");
		document.add(new Paragraph("All amounts in " + c + ". Invoiced cost comes from the bills; the TCO adds "
				+ "estimated and modelled costs.", pdf.body));
		PdfPTable totals = pdf.table(new float[] { 3, 2 });
		pdf.row(totals, "Total cost of ownership (TCO)", MoneyFormat.money(model.tco(), c));
		pdf.row(totals, "Invoiced cost", MoneyFormat.money(model.cost(), c));
		pdf.row(totals, "Estimated cost (usage no invoice covers)", MoneyFormat.money(model.estimatedCost(), c));
		pdf.row(totals, "Modelled costs (staff, compliance, on-prem)", MoneyFormat.money(model.modelledCost(), c));
		pdf.row(totals, "Own cost per million tokens (of the workloads whose tokens they are)",
				model.costPerMillionTokens() == null ? "no tokens this month"
						: MoneyFormat.money(model.costPerMillionTokens(), c));
		pdf.row(totals, "Tokens (input / output / cached input)",
				MoneyFormat.number(model.tokens().input(), 0) + " / " + MoneyFormat.number(model.tokens().output(), 0)
						+ " / " + MoneyFormat.number(model.tokens().cachedInput(), 0));
		pdf.row(totals, "GPU-hours", MoneyFormat.number(model.totalGpuHours(), 1) + gpuModels(model));
		pdf.row(totals, "Internet egress", MoneyFormat.number(model.egressGb(), 1) + " GB");
		document.add(totals);

		pdf.heading(document, "Cost by category");
		PdfPTable categories = new CostTables(pdf, model).categories();
		categories.setSpacingBefore(0);
		// the table and its chart side by side, on one page
		PdfPTable beside = pdf.table(new float[] { 55, 45 });
		PdfPCell table = new PdfPCell(categories);
		table.setBorder(PdfPCell.NO_BORDER);
		table.setPaddingRight(8);
		beside.addCell(table);
		PdfPCell chart = new PdfPCell(charts.costByCategory(model, chartWidth * 0.43f, 200), true);
		chart.setBorder(PdfPCell.NO_BORDER);
		beside.addCell(chart);
		document.add(beside);

		PdfPTable workloads = new CostTables(pdf, model).workloads();
		pdf.heading(document, "Workloads and break-even", workloads);
		document.add(new Paragraph("Own cost (invoiced and estimated) + share of shared costs + share of modelled "
				+ "costs = fully loaded (Showback). A decision compares only the cost that moves with it: the "
				+ "workload's GPUs or API tokens and the fixed costs of self-hosting it carries.", pdf.body));
		document.add(workloads);
		if (model.workloads().stream().anyMatch(w -> w.cost().signum() != 0)) {
			// a month with no invoiced workload cost (owned servers only) has no bars to
			// draw
			document.add(charts.costByWorkload(model, chartWidth * 0.7f, 220));
		}
		pdf.heading(document, "Decisions in detail");
		for (WorkloadAnalysis w : model.decidedWorkloads().toList()) {
			document.add(new Paragraph("• " + w.name() + ": " + w.recommendation(), pdf.body));
			// what a sized alternative rests on, unless its reason says it already
			if (w.inputs() != null && w.inputs().sizedOn() != null
					&& w.decision().alternatives().stream().anyMatch(a -> a.gpus() != null)
					&& !w.recommendation().contains(w.inputs().sizedOn())) {
				document.add(new Paragraph("  Sized on " + w.inputs().sizedOn(), pdf.body));
			}
			if (!w.decision().decidingDefaults().isEmpty()) {
				document.add(new Paragraph(
						"  Built-in defaults that change this action within a factor of two "
								+ "(check them against your account): " + w.decision().decidingDefaultsInWords(),
						pdf.body));
			}
		}
		pools(document, pdf, model);
		toMeasure(document, pdf, model);
	}

	/** The figures to collect next month and the threshold each decides. */
	private static void toMeasure(Document document, PdfReportWriter pdf, ReportModel model) {
		List<WorkloadAnalysis> missing = model.workloads()
			.stream()
			.filter(w -> w.decision().missing() != null)
			.toList();
		if (missing.isEmpty()) {
			return;
		}
		pdf.heading(document, "To measure next month");
		for (WorkloadAnalysis w : missing) {
			document.add(new Paragraph("• " + model.displayName(w.name()) + ": " + w.decision().missing(), pdf.body));
		}
	}

	/** Fleets workloads of one model could share, when one pays. */
	private static void pools(Document document, PdfReportWriter pdf, ReportModel model) {
		if (model.findings().pools().isEmpty()) {
			return;
		}
		pdf.heading(document, "Pooled fleets");
		for (var pool : model.findings().pools()) {
			document.add(new Paragraph(
					"• Pool " + String.join(" + ", pool.workloads()) + ": switch to one dedicated " + "fleet, saves "
							+ MoneyFormat.money(pool.monthlySaving(), model.currency()) + " a month. " + pool.reason(),
					pdf.body));
		}
	}

	private static String gpuModels(ReportModel model) {
		if (model.gpuHoursByModel().isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(" (");
		model.gpuHoursByModel()
			.forEach((gpu, hours) -> text.append(text.length() > 2 ? ", " : "")
				.append(gpu)
				.append(' ')
				.append(MoneyFormat.number(hours, 1)));
		return text.append(')').toString();
	}

}
