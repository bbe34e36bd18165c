package com.inferencetco.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;
import com.inferencetco.report.template.ReportTemplate;

/**
 * Renders the report model as {@code tco-YYYY-MM.pdf}: the month's totals, cost by
 * category, workloads with their break-even figures, the assumptions and the input files
 * with their reconciliation. The font is embedded (Liberation Sans, shipped in OpenPDF)
 * so the euro sign and dashes render everywhere; every page says "Page X of Y".
 */
public final class PdfReportWriter {

	private final Color brand;

	private final Color accent;

	private final ReportTemplate template;

	private final Rectangle paper;

	private final BaseFont baseFont;

	final Font body;

	final Font bold;

	final Font heading;

	final Font title;

	private final Font tableHeader;

	/** Room a heading needs below it for a few lines of what it heads (points). */
	private static final float KEEP_WITH_NEXT = 110;

	private PdfWriter writer;

	private PdfReportWriter(ReportTemplate template, String paper) throws IOException {
		this.template = template;
		this.brand = template.primaryColor();
		this.accent = template.accentColor();
		this.paper = "letter".equalsIgnoreCase(paper) ? PageSize.LETTER.rotate() : PageSize.A4.rotate();
		byte[] font = template.pdfFont();
		baseFont = font == null
				? BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
						BaseFont.EMBEDDED)
				: BaseFont.createFont("template-font.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font, null);
		body = new Font(baseFont, 9);
		bold = new Font(baseFont, 9, Font.BOLD);
		heading = new Font(baseFont, 13, Font.BOLD, brand);
		title = new Font(baseFont, 20, Font.BOLD, brand);
		tableHeader = new Font(baseFont, 8, Font.BOLD, Color.WHITE);
	}

	/**
	 * @param paper A4 (default) or Letter, landscape
	 */
	public static void write(ReportModel model, ReportTemplate template, String paper, OutputStream out)
			throws IOException {
		new PdfReportWriter(template, paper).render(model, out);
	}

	private void render(ReportModel model, OutputStream out) throws IOException {
		Document document = new Document(paper, 36, 36, 54, 48);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		this.writer = writer;
		// a chart too tall for the rest of a page goes to the next page before what
		// follows it, never after
		writer.setStrictImageSequence(true);
		writer.setPageEvent(new Footer(model));
		document.addTitle("Inference TCO " + model.month());
		document.addCreator("Inference TCO");
		Calendar asOf = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		asOf.setTimeInMillis(model.asOf().toEpochMilli());
		document.addCreationDate();
		writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(asOf));
		document.open();
		String c = model.currency();

		byte[] logo = template.logo();
		if (logo != null) {
			Image image = Image.getInstance(logo);
			image.scaleToFit(120, 40);
			image.setAlignment(Element.ALIGN_RIGHT);
			document.add(image);
		}
		String company = template.companyName();
		document.add(new Paragraph(
				(company.isEmpty() ? "" : company + ": ") + "LLM inference total cost of ownership — " + model.month(),
				title));
		PdfCharts charts = new PdfCharts(writer.getDirectContent(), baseFont, brand, accent);
		new FirstPage(this, model, charts).addTo(document);

		document.newPage();
		float chartWidth = document.right() - document.left();
		FiguresSection.addTo(document, this, model, charts, chartWidth);
		// the showback whole on its own page, not split after the decisions
		document.newPage();
		new FinancePages(this, model).addTo(document);
		document.newPage();
		document.add(new Paragraph("Break-even", heading));
		document.add(new Paragraph(
				"Dedicated GPUs beat the serverless price where their curve falls below its line. " + "Inputs: "
						+ model.calculator().basis() + "; " + MoneyFormat.money(model.calculator().gpuHourlyRate(), c)
						+ " per GPU-hour, " + MoneyFormat.number(model.calculator().tokensPerSecond(), 0)
						+ " aggregate tokens/s per GPU, serverless "
						+ MoneyFormat.money(model.calculator().serverlessPricePerMillion(), c) + " per million tokens.",
				body));
		document.add(charts.breakEvenCurve(model, chartWidth * 0.75f, 260));

		document.newPage();
		HiddenCostsSection.addTo(document, this, model, charts, chartWidth);

		document.newPage();
		AuditSection.addTo(document, this, model);
		document.close();
	}

	/**
	 * A heading that never stands alone at a page's foot: a new page begins when less
	 * room remains than it and a few lines of what follows need.
	 */
	void heading(Document document, String text) {
		keepRoom(document, KEEP_WITH_NEXT);
		document.add(new Paragraph(text, heading));
	}

	/**
	 * A heading kept with its table: the table starts on the heading's page whole when it
	 * fits on a page (so its total row never stands alone on the next one).
	 */
	void heading(Document document, String text, PdfPTable table) {
		table.setTotalWidth(document.right() - document.left());
		float height = table.getTotalHeight();
		float page = document.top() - document.bottom();
		keepRoom(document, height + 70 < page ? height + 70 : KEEP_WITH_NEXT);
		table.setKeepTogether(true);
		document.add(new Paragraph(text, heading));
	}

	private void keepRoom(Document document, float room) {
		if (writer != null && writer.getVerticalPosition(true) - document.bottom() < room) {
			document.newPage();
		}
	}

	/** The accent colour of the template, for boxes that must catch the eye. */
	Color accent() {
		return accent;
	}

	Paragraph spacer() {
		return new Paragraph(" ", body);
	}

	PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(6);
		table.setSpacingAfter(10);
		return table;
	}

	void header(PdfPTable table, String... titles) {
		for (String t : titles) {
			PdfPCell cell = new PdfPCell(new Phrase(t, tableHeader));
			cell.setBackgroundColor(brand);
			cell.setPadding(4);
			table.addCell(cell);
		}
		table.setHeaderRows(1);
	}

	void row(PdfPTable table, String label, String value) {
		table.addCell(cell(label, false));
		PdfPCell cell = new PdfPCell(new Phrase(value, bold));
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		cell.setPadding(4);
		table.addCell(cell);
	}

	PdfPCell cell(String text, boolean right) {
		return cell(text, right, 9);
	}

	PdfPCell cell(String text, boolean right, int size) {
		PdfPCell cell = new PdfPCell(new Phrase(text, size == 9 ? body : new Font(baseFont, size)));
		cell.setPadding(3);
		if (right) {
			cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		}
		return cell;
	}

	/**
	 * Header with the month, and "Page X of Y": Y is a template filled in when the
	 * document closes.
	 */
	private final class Footer extends PdfPageEventHelper {

		private final ReportModel model;

		private PdfTemplate total;

		Footer(ReportModel model) {
			this.model = model;
		}

		@Override
		public void onOpenDocument(PdfWriter writer, Document document) {
			total = writer.getDirectContent().createTemplate(40, 12);
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			PdfContentByte cb = writer.getDirectContent();
			ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
					new Phrase((template.companyName().isEmpty() ? "" : template.companyName() + " · ")
							+ "Inference TCO · month " + model.month() + " · " + model.currency(), body),
					document.left(), document.top() + 20, 0);
			String text = "Page " + writer.getPageNumber() + " of ";
			float width = baseFont.getWidthPoint(text, 9);
			float x = document.right() - width - 20;
			float y = document.bottom() - 24;
			cb.beginText();
			cb.setFontAndSize(baseFont, 9);
			cb.setTextMatrix(x, y);
			cb.showText(text);
			cb.endText();
			cb.addTemplate(total, x + width, y);
		}

		@Override
		public void onCloseDocument(PdfWriter writer, Document document) {
			total.beginText();
			total.setFontAndSize(baseFont, 9);
			total.setTextMatrix(0, 0);
			// getPageNumber() is already one past the last page here.
			total.showText(String.valueOf(writer.getPageNumber() - 1));
			total.endText();
		}

	}

}
