package com.inferencetco.report.pdf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import com.inferencetco.cost.Deployment;
import com.inferencetco.cost.Showback;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.model.CostCategory;
import com.inferencetco.report.DecisionLabels;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;

/**
 * The PDF's cost tables with a total row each: amounts shown in cents that add up to the
 * shown total (the rounding allocated by largest remainder), shares of the TCO from the
 * exact amounts.
 */
final class CostTables {

	private static final MathContext SHARE = new MathContext(10);

	private final PdfReportWriter pdf;

	private final ReportModel model;

	private final String c;

	CostTables(PdfReportWriter pdf, ReportModel model) {
		this.pdf = pdf;
		this.model = model;
		this.c = model.currency();
	}

	/** Every category, the estimated cost, and the TCO they add up to. */
	PdfPTable categories() {
		PdfPTable table = pdf.table(new float[] { 3, 2, 1 });
		pdf.header(table, "Category", "Cost", "Share of TCO");
		List<String> labels = new ArrayList<>();
		List<BigDecimal> amounts = new ArrayList<>();
		for (Map.Entry<CostCategory, BigDecimal> e : model.byCategory().entrySet()) {
			labels.add(e.getKey().id() + (e.getKey().invoiced() ? "" : " (modelled)"));
			amounts.add(e.getValue());
		}
		labels.add("estimated (usage no invoice covers)");
		amounts.add(model.estimatedCost());
		List<BigDecimal> shown = MoneyFormat.centsThatAddUp(amounts);
		for (int i = 0; i < labels.size(); i++) {
			table.addCell(pdf.cell(labels.get(i), false));
			table.addCell(pdf.cell(MoneyFormat.money(shown.get(i), c), true));
			table.addCell(pdf.cell(share(amounts.get(i)), true));
		}
		total(table, "Total cost of ownership", MoneyFormat.money(model.tco(), c), share(model.tco()));
		return table;
	}

	/**
	 * Every workload with its cost path (own cost, fully loaded as Showback allocates it)
	 * and its decision under the labels page 1 uses, then the totals.
	 */
	PdfPTable workloads() {
		PdfPTable table = pdf.table(new float[] { 3, 1.9f, 2, 1.4f, 2, 2, 1.6f, 2.6f, 2, 2, 2 });
		pdf.header(table, "Workload", "Deployment", "Tokens", "GPU-hours", "Own cost", "Fully loaded",
				"Break-even utilization (above 100 %: out of reach)", "Action", DecisionLabels.TODAY,
				DecisionLabels.AFTER, DecisionLabels.SAVING);
		List<BigDecimal> costs = MoneyFormat
			.centsThatAddUp(model.workloads().stream().map(WorkloadAnalysis::cost).toList());
		List<BigDecimal> loaded = MoneyFormat
			.centsThatAddUp(model.workloads().stream().map(w -> model.showbackOf(w.name()).fullyLoadedCost()).toList());
		List<BigDecimal> savings = MoneyFormat
			.centsThatAddUp(model.workloads().stream().map(WorkloadAnalysis::monthlySavings).toList());
		// workloads with a decision first; bill lines no workload claims (support plans,
		// account credits, monitoring) below, apart
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < model.workloads().size(); i++) {
			if (model.workloads().get(i).deployment() != Deployment.INFRASTRUCTURE) {
				order.add(i);
			}
		}
		int decided = order.size();
		for (int i = 0; i < model.workloads().size(); i++) {
			if (model.workloads().get(i).deployment() == Deployment.INFRASTRUCTURE) {
				order.add(i);
			}
		}
		for (int k = 0; k < order.size(); k++) {
			int i = order.get(k);
			WorkloadAnalysis w = model.workloads().get(i);
			if (k == decided) {
				PdfPCell apart = new PdfPCell(new Phrase("Shared and unallocated lines: no workload decision; "
						+ "Showback shares their cost among the workloads", pdf.bold));
				apart.setColspan(11);
				apart.setPadding(3);
				table.addCell(apart);
			}
			table.addCell(pdf.cell(model.displayName(w.name()), false));
			table.addCell(pdf.cell(w.deployment().id(), false));
			table.addCell(pdf.cell(MoneyFormat.number(w.tokens(), 0), true));
			table.addCell(pdf.cell(MoneyFormat.number(w.gpuHours(), 1), true));
			table.addCell(pdf.cell(MoneyFormat.money(costs.get(i), c), true));
			table.addCell(pdf.cell(MoneyFormat.money(loaded.get(i), c), true));
			table.addCell(pdf.cell(MoneyFormat.percent(w.breakEvenUtilization()), true));
			table.addCell(pdf.cell(w.decision().action().id(), false));
			table.addCell(pdf.cell(MoneyFormat.money(w.decision().currentMonthlyCost(), c), true));
			table.addCell(pdf.cell(MoneyFormat.money(w.decision().alternativeMonthlyCost(), c), true));
			table.addCell(pdf.cell(MoneyFormat.money(savings.get(i), c), true));
		}
		BigDecimal tokens = model.workloads()
			.stream()
			.map(WorkloadAnalysis::tokens)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal hours = model.workloads()
			.stream()
			.map(WorkloadAnalysis::gpuHours)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		total(table, "Total", "", MoneyFormat.number(tokens, 0), MoneyFormat.number(hours, 1),
				MoneyFormat.money(model.cost(), c), MoneyFormat.money(model.tco(), c), "", "", "", "",
				MoneyFormat.money(model.savingAvailable(), c));
		return table;
	}

	/**
	 * Showback by owner: each owner's own cost, its shares of the shared workloads' and
	 * of the modelled costs, and the fully loaded total; the owners' totals add up to the
	 * TCO.
	 */
	PdfPTable showback() {
		PdfPTable table = pdf.table(new float[] { 2.5f, 2, 2, 2, 2, 4 });
		pdf.header(table, "Owner", "Own cost", "Share of shared costs", "Share of modelled costs", "Fully loaded",
				"Workloads");
		List<Showback.Owner> owners = model.showback().owners();
		List<BigDecimal> direct = MoneyFormat.centsThatAddUp(owners.stream().map(Showback.Owner::direct).toList());
		List<BigDecimal> shared = MoneyFormat.centsThatAddUp(owners.stream().map(Showback.Owner::shared).toList());
		List<BigDecimal> modelled = MoneyFormat.centsThatAddUp(owners.stream().map(Showback.Owner::modelled).toList());
		List<BigDecimal> total = MoneyFormat.centsThatAddUp(owners.stream().map(Showback.Owner::total).toList());
		for (int i = 0; i < owners.size(); i++) {
			table.addCell(pdf.cell(owners.get(i).owner(), false));
			table.addCell(pdf.cell(MoneyFormat.money(direct.get(i), c), true));
			table.addCell(pdf.cell(MoneyFormat.money(shared.get(i), c), true));
			table.addCell(pdf.cell(MoneyFormat.money(modelled.get(i), c), true));
			table.addCell(pdf.cell(MoneyFormat.money(total.get(i), c), true));
			table.addCell(pdf.cell(String.join(", ", owners.get(i).workloads()), false));
		}
		Showback s = model.showback();
		BigDecimal ownCost = owners.stream().map(Showback.Owner::direct).reduce(BigDecimal.ZERO, BigDecimal::add);
		total(table, "Total cost of ownership", MoneyFormat.money(ownCost, c), MoneyFormat.money(s.sharedCost(), c),
				MoneyFormat.money(s.modelledCost().subtract(s.unallocated()), c), MoneyFormat.money(model.tco(), c),
				s.unallocated().signum() == 0 ? ""
						: MoneyFormat.money(s.unallocated(), c) + " not allocated: no workload this month");
		return table;
	}

	void total(PdfPTable table, String label, String... values) {
		var first = new PdfPCell(new Phrase(label, pdf.bold));
		first.setPadding(3);
		table.addCell(first);
		for (String value : values) {
			var cell = new PdfPCell(new Phrase(value, pdf.bold));
			cell.setPadding(3);
			cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
			table.addCell(cell);
		}
	}

	private String share(BigDecimal amount) {
		return model.tco().signum() == 0 ? "—" : MoneyFormat.percent(amount.divide(model.tco(), SHARE));
	}

}
