package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.formula;
import static com.inferencetco.report.excel.Cells.header;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The workbook's native charts, drawn from cells (so they follow the formulas when a
 * reader edits an assumption): cost by category, cost per million tokens against
 * utilization with the serverless price as a flat line (the break-even is where they
 * cross), and the sensitivity tornado.
 */
final class WorkbookCharts {

	/** Utilization points of the break-even curve, 10 % to 100 %. */
	static final int CURVE_POINTS = 10;

	private WorkbookCharts() {
	}

	static void costByCategory(XSSFSheet sheet, int firstRow, int lastRow) {
		XSSFChart chart = chart(sheet, "Cost by category", 4, 2, 12, 22);
		horizontalBars(chart, sheet, firstRow, lastRow, new int[] { 1 }, new String[] { "Cost" },
				new PresetColor[] { PresetColor.TEAL });
	}

	/**
	 * Bars along the rows firstRow..lastRow: labels in column A, one series per value
	 * column.
	 */
	private static void horizontalBars(XSSFChart chart, XSSFSheet sheet, int firstRow, int lastRow, int[] columns,
			String[] titles, PresetColor[] colors) {
		XDDFCategoryAxis labels = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, labels, values);
		data.setBarDirection(BarDirection.BAR);
		XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
				new CellRangeAddress(firstRow, lastRow, 0, 0));
		for (int i = 0; i < columns.length; i++) {
			XDDFChartData.Series series = data.addSeries(names, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
					new CellRangeAddress(firstRow, lastRow, columns[i], columns[i])));
			series.setTitle(titles[i], null);
			fill(series, colors[i]);
		}
		data.setVaryColors(false);
		chart.plot(data);
	}

	/**
	 * Writes the curve's table below the calculator (formulas over the calculator's
	 * inputs and the owned GPU-hour) and charts it.
	 */
	static void breakEvenCurve(XSSFSheet sheet, int firstRow, WorkbookStyles s) {
		header(sheet.createRow(firstRow), s, "Utilization", "Dedicated (calculator rate)", "Owned GPUs",
				"Serverless price");
		for (int i = 1; i <= CURVE_POINTS; i++) {
			Row row = sheet.createRow(firstRow + i);
			int n = firstRow + i + 1;
			row.createCell(0).setCellValue(i / (double) CURVE_POINTS);
			row.getCell(0).setCellStyle(s.percent);
			formula(row, 1, "BE_GpuHourlyRate*10^6/(BE_TokensPerSecond*3600*A" + n + ")", s.money);
			formula(row, 2, "OnPrem_CostPerGpuHour*10^6/(BE_TokensPerSecond*3600*A" + n + ")", s.money);
			formula(row, 3, "BE_ServerlessPricePerMillion", s.money);
		}
		int first = firstRow + 1;
		int last = firstRow + CURVE_POINTS;
		XSSFChart chart = chart(sheet, "Cost per million tokens against utilization", 4, 2, 13, 22);
		XDDFCategoryAxis utilization = chart.createCategoryAxis(AxisPosition.BOTTOM);
		utilization.setTitle("Sustained utilization");
		XDDFValueAxis cost = chart.createValueAxis(AxisPosition.LEFT);
		cost.setTitle("Cost per million tokens");
		cost.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, utilization, cost);
		XDDFDataSource<Double> x = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
				new CellRangeAddress(first, last, 0, 0));
		String[] titles = { "Dedicated", "Owned GPUs", "Serverless" };
		for (int column = 1; column <= 3; column++) {
			XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
					new CellRangeAddress(first, last, column, column));
			XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(x, y);
			series.setTitle(titles[column - 1], null);
			series.setSmooth(false);
			series.setMarkerStyle(column == 3 ? MarkerStyle.NONE : MarkerStyle.CIRCLE);
			line(series,
					new PresetColor[] { PresetColor.TEAL, PresetColor.DARK_ORANGE, PresetColor.DIM_GRAY }[column - 1]);
		}
		chart.plot(data);
	}

	static void trend(XSSFSheet sheet, int firstRow, int lastRow) {
		XSSFChart chart = chart(sheet, "Invoiced cost by month", 4, 24, 12, 42);
		XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis cost = chart.createValueAxis(AxisPosition.LEFT);
		cost.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, cost);
		XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(
				XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
				XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 1, 1)));
		series.setTitle("Invoiced cost", null);
		series.setMarkerStyle(MarkerStyle.CIRCLE);
		line(series, PresetColor.TEAL);
		chart.plot(data);
	}

	static void tornado(XSSFSheet sheet, int firstRow, int lastRow) {
		XSSFChart chart = chart(sheet, "Break-even utilization: each input moved alone", 6, 1, 14, 16);
		horizontalBars(chart, sheet, firstRow, lastRow, new int[] { 3, 4 }, new String[] { "Input low", "Input high" },
				new PresetColor[] { PresetColor.TEAL, PresetColor.DARK_ORANGE });
	}

	/** Explicit fills: LibreOffice draws no bars for series without shape properties. */
	private static void fill(XDDFChartData.Series series, PresetColor color) {
		XDDFShapeProperties properties = series.getShapeProperties() == null ? new XDDFShapeProperties()
				: series.getShapeProperties();
		properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
		series.setShapeProperties(properties);
	}

	private static void line(XDDFChartData.Series series, PresetColor color) {
		XDDFShapeProperties properties = series.getShapeProperties() == null ? new XDDFShapeProperties()
				: series.getShapeProperties();
		XDDFLineProperties line = new XDDFLineProperties();
		line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
		line.setWidth(2.0);
		properties.setLineProperties(line);
		series.setShapeProperties(properties);
	}

	private static XSSFChart chart(XSSFSheet sheet, String title, int col1, int row1, int col2, int row2) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2));
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		return chart;
	}

}
