package com.inferencetco.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

import com.inferencetco.report.template.ReportTemplate;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Loads and exercises the report libraries (POI with its chart and formula classes, OpenPDF with the embedded font,
 * JFreeChart) on a background thread while the application starts, which is mostly single-threaded. Their classes
 * then load on the idle core instead of after ingest, when the reports are written: about a second of a large
 * month's wall time. Nothing is written anywhere, and any failure here is ignored: the real writers report their
 * own.
 */
public final class ReportLibrariesWarmUp {

	private ReportLibrariesWarmUp() {
	}

	public static void startInBackground() {
		Thread thread = new Thread(ReportLibrariesWarmUp::warmUp, "report warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	static void warmUp() {
		try {
			workbook();
			pdf();
		}
		catch (Exception | LinkageError ex) {
			// best effort only
		}
	}

	private static void workbook() throws Exception {
		XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReportTemplate.builtIn().workbookTemplate()));
		XSSFSheet sheet = wb.createSheet("warm-up");
		Row row = sheet.createRow(0);
		row.createCell(0).setCellValue(1);
		row.createCell(1).setCellFormula("A1*2");
		wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 2, 6, 12));
		XDDFChartData data = chart.createData(ChartTypes.BAR, chart.createCategoryAxis(AxisPosition.BOTTOM),
				chart.createValueAxis(AxisPosition.LEFT));
		data.addSeries(XDDFDataSourcesFactory.fromArray(new String[] { "a" }),
				XDDFDataSourcesFactory.fromArray(new Double[] { 1.0 }));
		chart.plot(data);
		try (SXSSFWorkbook streaming = new SXSSFWorkbook(wb, 100)) {
			streaming.createSheet("streamed").createRow(0).createCell(0).setCellValue("x");
			streaming.write(OutputStream.nullOutputStream());
			streaming.dispose();
		}
	}

	private static void pdf() throws Exception {
		Document document = new Document();
		PdfWriter writer = PdfWriter.getInstance(document, OutputStream.nullOutputStream());
		document.open();
		BaseFont font = BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
				BaseFont.EMBEDDED);
		document.add(new Paragraph("warm-up", new com.lowagie.text.Font(font, 9)));
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		dataset.addValue(1, "cost", "a");
		JFreeChart chart = ChartFactory.createBarChart("warm-up", null, null, dataset);
		PdfTemplate template = writer.getDirectContent().createTemplate(100, 100);
		Graphics2D g2 = template.createGraphics(100, 100, new DefaultFontMapper());
		chart.draw(g2, new Rectangle2D.Double(0, 0, 100, 100));
		g2.dispose();
		document.close();
	}
}
