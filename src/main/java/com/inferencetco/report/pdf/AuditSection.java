package com.inferencetco.report.pdf;

import java.math.BigDecimal;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

import com.inferencetco.cost.Assumption;
import com.inferencetco.reconcile.InputFileSummary;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;

/**
 * The audit pages: every assumption with its value, unit and source, then the data
 * quality: every input file with its rows, cost, balance and SHA-256, the rejections and
 * the notes.
 */
final class AuditSection {

	private AuditSection() {
	}

	static void addTo(Document document, PdfReportWriter pdf, ReportModel model) {
		String c = model.currency();
		pdf.heading(document, "Assumptions");
		document.add(new Paragraph("Dedicated cost per token = hourly rate / (aggregate tokens per second x 3600 x "
				+ "utilization). Break-even utilization = hourly rate x 10^6 / (serverless price per million x tokens "
				+ "per second x 3600).", pdf.body));
		PdfPTable assumptions = pdf.table(new float[] { 2.5f, 2.2f, 1.5f, 1.5f, 5, 2 });
		pdf.header(assumptions, "Assumption", "Key", "Value", "Unit", "Source of the default", "Value from");
		for (Assumption a : model.assumptions()) {
			assumptions.addCell(pdf.cell(a.label(), false));
			assumptions.addCell(pdf.cell(a.key(), false));
			assumptions
				.addCell(
						pdf.cell(
								a.money() ? MoneyFormat.money(a.value(), c)
										: a.unit().equals("fraction") ? MoneyFormat.percent(a.value()) : MoneyFormat
											.number(a.value(), a.value().stripTrailingZeros().scale() > 0 ? 2 : 0),
								true));
			assumptions.addCell(pdf.cell(a.unit(), false));
			assumptions.addCell(pdf.cell(a.source(), false));
			assumptions.addCell(pdf.cell(a.origin(), false));
		}
		document.add(assumptions);

		pdf.heading(document, "Data quality and audit");
		PdfPTable inputs = pdf.table(new float[] { 4, 1.6f, 1, 1, 2, 1, 4 });
		pdf.header(inputs, "File", "Format", "Rows", "Rejected", "Invoiced cost", "Balanced", "SHA-256");
		for (InputFileSummary file : model.inputs()) {
			inputs.addCell(pdf.cell(file.file(), false));
			inputs.addCell(pdf.cell(file.format(), false));
			inputs.addCell(pdf.cell(MoneyFormat.number(BigDecimal.valueOf(file.rowsRead()), 0), true));
			inputs.addCell(pdf.cell(MoneyFormat.number(BigDecimal.valueOf(file.rowsRejected()), 0), true));
			inputs.addCell(pdf.cell(
					file.sourceCost() == null ? "—" : MoneyFormat.money(file.sourceCost(), file.sourceCurrency()),
					true));
			inputs.addCell(pdf.cell(file.sourceCost() == null ? "no cost" : file.balanced() ? "yes" : "NO", false));
			inputs.addCell(pdf.cell(file.sha256(), false, 6));
		}
		// rows add up across files; amounts do not (files bill in their own currencies)
		inputs.addCell(pdf.cell("Total: " + model.inputs().size() + " files", false));
		inputs.addCell(pdf.cell("", false));
		inputs.addCell(pdf.cell(
				MoneyFormat
					.number(BigDecimal.valueOf(model.inputs().stream().mapToLong(InputFileSummary::rowsRead).sum()), 0),
				true));
		inputs.addCell(pdf.cell(MoneyFormat.number(BigDecimal.valueOf(model.rejectedRows()), 0), true));
		inputs.addCell(pdf.cell("", false));
		inputs.addCell(pdf.cell(model.balanced() ? "all" : "NO", false));
		inputs.addCell(pdf.cell("", false));
		document.add(inputs);
		for (var group : model.rejections()) {
			document.add(new Paragraph(
					"Rejected: " + group.rows() + " row(s) of " + group.file()
							+ (group.column().isEmpty() ? "" : " (column " + group.column() + ")") + ", e.g. "
							+ group.exampleReason() + ". Every rejected row is in the rejects file with its line.",
					pdf.body));
		}
		for (String note : model.notes()) {
			document.add(new Paragraph(note, pdf.body));
		}
	}

}
