package com.inferencetco.report.pdf;

import java.math.BigDecimal;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

import com.inferencetco.model.CostCategory;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;

/**
 * The hidden costs of self-hosting (engineering, compliance, owned servers, egress), the
 * on-prem option, scale to zero, and the scenarios and sensitivity of the break-even.
 */
final class HiddenCostsSection {

	private HiddenCostsSection() {
	}

	static void addTo(Document document, PdfReportWriter pdf, ReportModel model, PdfCharts charts, float chartWidth) {
		var f = model.findings();
		String c = model.currency();
		pdf.heading(document, "Hidden costs");
		PdfPTable hidden = pdf.table(new float[] { 4, 2, 4 });
		pdf.header(hidden, "Item", "Per month", "How");
		hiddenRow(pdf, hidden, "Engineering overhead", model.byCategory().get(CostCategory.ENGINEERING_OVERHEAD), c,
				"FTE x salary x loading x inference share / 12 (applies when the month self-hosts)");
		hiddenRow(pdf, hidden, "Compliance", model.byCategory().get(CostCategory.COMPLIANCE), c,
				"one-off costs amortized + recurring costs (+ the increment of self-hosting when the month self-hosts)");
		hiddenRow(pdf, hidden, "Owned servers", f.onPremPerMonth(), c, "servers owned x all-in server-month");
		for (var quote : f.egress()) {
			hiddenRow(pdf, hidden,
					"Egress of " + MoneyFormat.number(model.egressGb(), 0) + " GB at " + quote.provider(), quote.cost(),
					c, "list tiers");
		}
		document.add(hidden);
		document.add(new Paragraph("On-prem option: an owned GPU-hour costs "
				+ MoneyFormat.money(f.onPrem().costPerGpuHour(), c) + " all-in (depreciation " + f.onPrem().method()
				+ ", power, colocation, staff); the capex pays back in "
				+ (f.onPrem().paybackMonthsVsSpecialized() == null ? "never"
						: MoneyFormat.number(f.onPrem().paybackMonthsVsSpecialized(), 1) + " months")
				+ " against renting at the specialized rate, "
				+ (f.onPrem().paybackMonthsVsHyperscaler() == null ? "never"
						: MoneyFormat.number(f.onPrem().paybackMonthsVsHyperscaler(), 1) + " months")
				+ " against the hyperscaler rate (capex net of the residual's present value; economic life "
				+ f.onPrem().lifeMonths() + " months). Capital per server-month by method: "
				+ String.join(", ",
						f.onPrem()
							.capitalPerServerMonthByMethod()
							.entrySet()
							.stream()
							.map(e -> e.getKey() + " " + MoneyFormat.money(e.getValue(), c))
							.toList())
				+ ".", pdf.body));
		document.add(new Paragraph(
				"Scale to zero: keeping the largest dedicated endpoint warm costs "
						+ MoneyFormat.money(f.coldStart().keepWarmCost(), c) + " a month; scaling to zero costs "
						+ MoneyFormat.money(f.coldStart().scaleToZeroCost(), c) + " and makes users wait "
						+ MoneyFormat.number(f.coldStart().waitingSecondsPerMonth(), 0) + " seconds in the month.",
				pdf.body));
		for (String flag : f.complianceFlags()) {
			document.add(new Paragraph("Compliance flag: " + flag, pdf.body));
		}
		pdf.heading(document, "Scenarios and sensitivity");
		PdfPTable scenarios = pdf.table(new float[] { 4, 2, 2, 2, 2 });
		pdf.header(scenarios, "Scenario", "GPU hourly rate", "Tokens per second", "Cost per 1M at target utilization",
				"Break-even utilization");
		for (var scenario : f.scenarios()) {
			scenarios.addCell(pdf.cell(scenario.name(), false));
			scenarios.addCell(pdf.cell(MoneyFormat.money(scenario.hourlyRate(), c), true));
			scenarios.addCell(pdf.cell(MoneyFormat.number(scenario.tokensPerSecond(), 0), true));
			scenarios.addCell(pdf.cell(MoneyFormat.money(scenario.costPerMillion(), c), true));
			scenarios.addCell(pdf.cell(MoneyFormat.breakEven(scenario.breakEvenUtilization()), true));
		}
		document.add(scenarios);
		PdfPTable tornado = pdf.table(new float[] { 4, 2, 2 });
		pdf.header(tornado, "Input moved alone", "Break-even at low", "Break-even at high");
		for (var bar : f.tornado()) {
			tornado.addCell(pdf.cell(bar.parameter(), false));
			tornado.addCell(pdf.cell(MoneyFormat.breakEven(bar.resultAtLow()), true));
			tornado.addCell(pdf.cell(MoneyFormat.breakEven(bar.resultAtHigh()), true));
		}
		document.add(tornado);
		document.add(charts.tornado(model, chartWidth * 0.6f, 150));
		document.add(new Paragraph("Break-even band: dedicated beats serverless above "
				+ MoneyFormat.breakEven(f.breakEvenBandLow()) + " to " + MoneyFormat.breakEven(f.breakEvenBandHigh())
				+ " sustained utilization as the inputs vary. " + "Throughput input: " + f.roofline().verdict() + ".",
				pdf.body));
	}

	private static void hiddenRow(PdfReportWriter pdf, PdfPTable table, String item, BigDecimal amount, String currency,
			String how) {
		table.addCell(pdf.cell(item, false));
		table.addCell(pdf.cell(MoneyFormat.money(amount, currency), true));
		table.addCell(pdf.cell(how, false));
	}

}
