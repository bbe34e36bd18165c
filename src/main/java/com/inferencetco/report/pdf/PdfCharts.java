package com.inferencetco.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

import com.inferencetco.cost.BreakEvenInputs;
import com.inferencetco.cost.SensitivityBar;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.model.CostCategory;
import com.inferencetco.report.DecisionLabels;
import com.inferencetco.report.ReportModel;

/**
 * Vector charts for the PDF: JFreeChart drawn through OpenPDF's Graphics2D with every AWT
 * font mapped to the document's embedded font, so chart text is selectable and nothing
 * relies on a font the reader may lack.
 */
final class PdfCharts {

	private final PdfContentByte canvas;

	private final BaseFont font;

	private final Color primary;

	private final Color accent;

	PdfCharts(PdfContentByte canvas, BaseFont font, Color primary, Color accent) {
		this.canvas = canvas;
		this.font = font;
		this.primary = primary;
		this.accent = accent;
	}

	Image costByCategory(ReportModel model, float width, float height) throws BadElementException {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Map.Entry<CostCategory, BigDecimal> e : model.byCategory().entrySet()) {
			data.addValue(e.getValue().doubleValue(), "Cost", e.getKey().id());
		}
		JFreeChart chart = ChartFactory.createBarChart("Cost by category (" + model.currency() + ")", null, null, data,
				PlotOrientation.HORIZONTAL, false, false, false);
		style(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setSeriesPaint(0, primary);
		renderer.setShadowVisible(false);
		return draw(chart, width, height);
	}

	/** The ten largest workloads' invoiced cost. */
	Image costByWorkload(ReportModel model, float width, float height) throws BadElementException {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		model.workloads().stream().limit(10).forEach(w -> data.addValue(w.cost().doubleValue(), "Cost", w.name()));
		JFreeChart chart = ChartFactory.createBarChart("Largest workloads by cost (" + model.currency() + ")", null,
				null, data, PlotOrientation.HORIZONTAL, false, false, false);
		style(chart);
		BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setSeriesPaint(0, accent);
		renderer.setShadowVisible(false);
		return draw(chart, width, height);
	}

	/**
	 * The largest recommended changes: the cost that moves with each decision today and
	 * after it, side by side.
	 */
	Image todayAndAfter(ReportModel model, List<WorkloadAnalysis> changes, float width, float height)
			throws BadElementException {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (WorkloadAnalysis w : changes) {
			String name = model.displayName(w.name());
			data.addValue(w.decision().currentMonthlyCost().doubleValue(), DecisionLabels.TODAY, name);
			data.addValue(w.decision().alternativeMonthlyCost().doubleValue(), DecisionLabels.AFTER, name);
		}
		return pairedBars("The largest changes: monthly cost today and after (" + model.currency() + ")", data, width,
				height);
	}

	/**
	 * Cost per million against utilization, dedicated and owned, with the serverless
	 * price and today's utilization.
	 */
	Image breakEvenCurve(ReportModel model, float width, float height) throws BadElementException {
		BreakEvenInputs in = model.calculator();
		XYSeries dedicated = new XYSeries(
				"Dedicated at " + in.gpuHourlyRate().setScale(2, RoundingMode.HALF_UP) + " per GPU-hour");
		XYSeries owned = new XYSeries("Owned GPUs");
		XYSeries serverless = new XYSeries("Serverless price");
		double tps = in.tokensPerSecond().doubleValue();
		for (int i = 5; i <= 100; i += 5) {
			double u = i / 100.0;
			dedicated.add(u * 100, in.gpuHourlyRate().doubleValue() * 1e6 / (tps * 3600 * u));
			owned.add(u * 100, model.findings().onPrem().costPerGpuHour().doubleValue() * 1e6 / (tps * 3600 * u));
			serverless.add(u * 100, in.serverlessPricePerMillion().doubleValue());
		}
		XYSeriesCollection data = new XYSeriesCollection();
		data.addSeries(dedicated);
		data.addSeries(owned);
		data.addSeries(serverless);
		JFreeChart chart = ChartFactory.createXYLineChart("Cost per million tokens against utilization",
				"Sustained utilization (%)", "Cost per million tokens (" + model.currency() + ")", data,
				PlotOrientation.VERTICAL, true, false, false);
		style(chart);
		XYPlot plot = chart.getXYPlot();
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		renderer.setSeriesPaint(0, primary);
		renderer.setSeriesPaint(1, accent);
		renderer.setSeriesPaint(2, Color.DARK_GRAY);
		renderer.setSeriesStroke(2,
				new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 6f, 4f }, 0f));
		plot.setRenderer(renderer);
		// the axis shows up to four times the serverless line, so the crossing is visible
		// (chart geometry only)
		BigDecimal axisTop = in.serverlessPricePerMillion().multiply(BigDecimal.valueOf(4));
		((NumberAxis) plot.getRangeAxis()).setRange(0, Math.max(axisTop.doubleValue(), 1e-6));
		ValueMarker today = new ValueMarker(in.utilization().doubleValue() * 100, Color.GRAY, new BasicStroke(1f));
		today.setLabel("today's utilization: " + Math.round(in.utilization().doubleValue() * 100) + " %");
		today.setLabelFont(new Font("SansSerif", Font.PLAIN, 9));
		// right of the line, inside the plot, below the top: never cut by the plot's edge
		today.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
		today.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
		today.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
		plot.addDomainMarker(today);
		return draw(chart, width, height);
	}

	Image tornado(ReportModel model, float width, float height) throws BadElementException {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (SensitivityBar bar : model.findings().tornado()) {
			data.addValue(bar.resultAtLow().doubleValue() * 100, "Input low", bar.parameter());
			data.addValue(bar.resultAtHigh().doubleValue() * 100, "Input high", bar.parameter());
		}
		return pairedBars("Break-even utilization (%) with each input moved alone", data, width, height);
	}

	/** Horizontal bars of two series side by side, in the template's two colours. */
	private Image pairedBars(String title, DefaultCategoryDataset data, float width, float height)
			throws BadElementException {
		JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.HORIZONTAL, true, false,
				false);
		style(chart);
		BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setSeriesPaint(0, primary);
		renderer.setSeriesPaint(1, accent);
		renderer.setShadowVisible(false);
		return draw(chart, width, height);
	}

	private void style(JFreeChart chart) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.getTitle().setFont(new Font("SansSerif", Font.BOLD, 10));
		chart.getPlot().setBackgroundPaint(new Color(0xf6, 0xf8, 0xf9));
		if (chart.getLegend() != null) {
			chart.getLegend().setItemFont(new Font("SansSerif", Font.PLAIN, 8));
		}
		Font label = new Font("SansSerif", Font.PLAIN, 8);
		Font ticks = new Font("SansSerif", Font.PLAIN, 7);
		if (chart.getPlot() instanceof XYPlot xy) {
			xy.getDomainAxis().setLabelFont(label);
			xy.getDomainAxis().setTickLabelFont(ticks);
			xy.getRangeAxis().setLabelFont(label);
			xy.getRangeAxis().setTickLabelFont(ticks);
		}
		else if (chart.getPlot() instanceof CategoryPlot category) {
			category.getDomainAxis().setTickLabelFont(ticks);
			category.getRangeAxis().setTickLabelFont(ticks);
		}
	}

	private Image draw(JFreeChart chart, float width, float height) throws BadElementException {
		PdfTemplate template = canvas.createTemplate(width, height);
		Graphics2D g2 = template.createGraphics(width, height, new EmbeddedFontMapper(font));
		chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		g2.dispose();
		return Image.getInstance(template);
	}

	/**
	 * Every AWT font of the chart becomes the document's embedded font (at the AWT font's
	 * size).
	 */
	private record EmbeddedFontMapper(BaseFont font) implements FontMapper {

		@Override
		public BaseFont awtToPdf(Font awt) {
			return font;
		}

		@Override
		public Font pdfToAwt(BaseFont pdf, int size) {
			return new Font("SansSerif", Font.PLAIN, size);
		}
	}

}
