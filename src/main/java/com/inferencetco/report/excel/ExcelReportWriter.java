package com.inferencetco.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.model.CostCategory;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;
import com.inferencetco.report.template.ReportTemplate;
import com.inferencetco.store.ResourceMonthRow;

/**
 * Renders the report model as {@code tco-YYYY-MM.xlsx}. Every figure that depends on an
 * assumption is a formula over the Assumptions sheet's named cells, so a reader who edits
 * an assumption sees the workbook recalculate; figures read from bills are values. Small
 * sheets are built with XSSF; the Detail sheet is streamed (SXSSF) so memory does not
 * grow with the records. Text from inputs is written as text, never as a formula.
 */
public final class ExcelReportWriter {

	/**
	 * Streams the month per workload, service and resource into the Detail sheet, largest
	 * first.
	 */
	@FunctionalInterface
	public interface DetailSource {

		void forEach(Consumer<ResourceMonthRow> consumer);

	}

	private ExcelReportWriter() {
	}

	/**
	 * Fills the template workbook: its sample cells give the styles, its logo goes on the
	 * Summary sheet.
	 */
	public static void write(ReportModel model, DetailSource details, ReportTemplate template, OutputStream out)
			throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(template.workbookTemplate()));
		Sheet templateSheet = wb.getSheet("Template");
		WorkbookStyles styles = new WorkbookStyles(wb, model.currency(), styleOf(wb, "Company_Name"),
				styleOf(wb, "Template_Header"), styleOf(wb, "Template_Body"));
		String company = textOf(wb, "Company_Name");
		Sheet summary = wb.createSheet("Summary");
		Sheet workloads = wb.createSheet("Workloads");
		Sheet showback = wb.createSheet("Showback");
		Sheet breakEven = wb.createSheet("Break-even");
		Sheet sensitivity = wb.createSheet("Sensitivity");
		Sheet hidden = wb.createSheet("Hidden costs");
		Sheet assumptions = wb.createSheet("Assumptions");
		Sheet sources = wb.createSheet("Sources");
		Sheet quality = wb.createSheet("Data quality");
		AssumptionsSheet.write(wb, assumptions, model, styles);
		BreakEvenSheet.write(wb, breakEven, model, styles); // its names feed the hidden
															// costs and the sensitivity
		HiddenCostsSheet.write(wb, hidden, model, styles);
		// the curve compares the calculator's rate with an owned GPU-hour of the hidden
		// costs
		WorkbookCharts.breakEvenCurve((org.apache.poi.xssf.usermodel.XSSFSheet) breakEven, 16, styles);
		int[] summaryCategoryRows = writeSummary(wb, summary, model, styles, company);
		copyLogo(wb, templateSheet, (org.apache.poi.xssf.usermodel.XSSFSheet) summary);
		for (String name : new String[] { "Company_Name", "Template_Header", "Template_Body" }) {
			if (wb.getName(name) != null) {
				wb.removeName(wb.getName(name));
			}
		}
		if (templateSheet != null) {
			wb.removeSheetAt(wb.getSheetIndex(templateSheet));
		}
		WorkloadsSheet.write(workloads, model, styles);
		ShowbackSheet.write(showback, model, styles); // over TCO_Total of the Summary
		FinanceSheets.write(wb, model, styles); // over the Showback sheet's names
		MonthOverMonthSheet.write(wb, model, styles);
		HistorySheets.write(wb, model, styles);
		SensitivitySheet.write(wb, sensitivity, model, styles); // over the calculator's
																// named inputs
		SourcesSheet.write(sources, model, styles);
		DataQualitySheet.write(quality, model, styles);
		// cache every formula's value, so charts and readers that do not recalculate see
		// the figures; Excel and
		// LibreOffice recalculate on open anyway
		org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
		WorkbookCharts.costByCategory(wb.getSheet("Summary"), summaryCategoryRows[0], summaryCategoryRows[1]);
		WorkbookCharts.tornado(wb.getSheet("Sensitivity"), 3, 2 + model.findings().tornado().size());
		wb.setForceFormulaRecalculation(true);
		wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(Date.from(model.asOf())));
		wb.getProperties().getCoreProperties().setCreator("Inference TCO");
		try (SXSSFWorkbook streaming = new SXSSFWorkbook(wb, 200)) {
			DetailSheet detail = new DetailSheet(streaming.createSheet("Detail"), styles,
					model.conversion().currency());
			details.forEach(detail::add);
			detail.finish(streaming);
			streaming.write(out);
		}
	}

	private static int[] writeSummary(XSSFWorkbook wb, Sheet sheet, ReportModel model, WorkbookStyles s,
			String company) {
		sheet.setDisplayGridlines(false);
		Row title = sheet.createRow(0);
		text(title, 0,
				(company == null || company.isBlank() ? "" : company + " — ") + "Inference TCO " + model.month());
		title.getCell(0).setCellStyle(s.title);
		int r = 2;
		r = labelled(sheet, r, "Billing month", model.month().toString());
		r = labelled(sheet, r, "Report currency", model.currency());
		int categoriesStart = r + 16;
		List<CostCategory> invoiced = java.util.Arrays.stream(CostCategory.values())
			.filter(CostCategory::invoiced)
			.toList();
		List<CostCategory> modelled = java.util.Arrays.stream(CostCategory.values())
			.filter(c -> !c.invoiced())
			.toList();
		int firstInvoiced = categoriesStart + 1;
		int lastInvoiced = firstInvoiced + invoiced.size() - 1;
		int firstModelled = lastInvoiced + 1;
		int lastModelled = firstModelled + modelled.size() - 1;

		Row costRow = sheet.createRow(r);
		text(costRow, 0, "Invoiced cost");
		formula(costRow, 1, "SUM(B" + (firstInvoiced + 1) + ":B" + (lastInvoiced + 1) + ")", s.moneyBold);
		name(wb, "Cost_Total", "Summary", r++, 1);
		Row estimatedRow = sheet.createRow(r);
		text(estimatedRow, 0, "Estimated cost (usage no invoice covers)");
		number(estimatedRow, 1, model.estimatedCost(), s.money);
		name(wb, "Estimated_Total", "Summary", r++, 1);
		Row modelledRow = sheet.createRow(r);
		text(modelledRow, 0, "Modelled costs (staff, compliance, on-prem)");
		formula(modelledRow, 1, "SUM(B" + (firstModelled + 1) + ":B" + (lastModelled + 1) + ")", s.money);
		name(wb, "Modelled_Total", "Summary", r++, 1);
		Row tcoRow = sheet.createRow(r);
		text(tcoRow, 0, "Total cost of ownership");
		formula(tcoRow, 1, "Cost_Total+Estimated_Total+Modelled_Total", s.moneyBold);
		name(wb, "TCO_Total", "Summary", r++, 1);
		Row tokensRow = sheet.createRow(r);
		text(tokensRow, 0, "Tokens (input + output)");
		number(tokensRow, 1, model.tokens().total(), s.integer);
		name(wb, "Tokens_Total", "Summary", r++, 1);
		Row perMillion = sheet.createRow(r++);
		text(perMillion, 0, "TCO per million tokens");
		formula(perMillion, 1, "IF(Tokens_Total>0,TCO_Total/Tokens_Total*1000000,\"n/a\")", s.money);
		Row gpu = sheet.createRow(r++);
		text(gpu, 0, "GPU-hours");
		number(gpu, 1, model.totalGpuHours(), s.decimal);
		Row egress = sheet.createRow(r++);
		text(egress, 0, "Internet egress (GB)");
		number(egress, 1, model.egressGb(), s.decimal);
		Row previous = sheet.createRow(r++);
		text(previous, 0, "Change of invoiced cost from last month");
		if (model.previousCost() != null && model.previousCost().signum() != 0) {
			number(previous, 2, model.previousCost(), s.money);
			formula(previous, 1, "(Cost_Total-C" + r + ")/C" + r, s.percent);
		}
		else {
			text(previous, 1, "no earlier month in the database");
		}
		Row reconciled = sheet.createRow(r++);
		text(reconciled, 0, "Reconciliation");
		text(reconciled, 1, model.balanced() ? "balanced: every file's cost read = normalized + rejected"
				: "NOT balanced: see Data quality");
		// checks a reader can trust at a glance: totals that must tie, recomputed by the
		// workbook itself
		header(sheet.createRow(r++), s, "Checks", "Ties?");
		Row workloadsTie = sheet.createRow(r++);
		text(workloadsTie, 0, "Workloads add up to the invoiced cost");
		formula(workloadsTie, 1, "ABS(SUM('Workloads'!" + workloadCostColumn() + ")-Cost_Total)<0.005", s.text);
		Row billsTie = sheet.createRow(r++);
		text(billsTie, 0, "Categories add up to the invoiced cost of the bills ("
				+ MoneyFormat.money(model.cost(), model.currency()) + ")");
		formula(billsTie, 1, "ABS(Cost_Total-" + model.cost().toPlainString() + ")<0.005", s.text);

		header(sheet.createRow(categoriesStart), s, "Cost by category", "Cost", "Share of TCO");
		int row = firstInvoiced;
		for (CostCategory category : CostCategory.values()) {
			Row line = sheet.createRow(row);
			text(line, 0, category.id() + (category.invoiced() ? "" : " (modelled)"));
			switch (category) {
				case ENGINEERING_OVERHEAD -> formula(line, 1, "IF(SelfHosting,Engineering_PerMonth,0)", s.money);
				case COMPLIANCE -> formula(line, 1, "Compliance_PerMonth+Compliance_SelfHostingPerMonth", s.money);
				case ON_PREM -> formula(line, 1, "OnPrem_ServersOwned*OnPrem_PerServerMonth", s.money);
				default -> number(line, 1, model.byCategory().get(category), s.money);
			}
			formula(line, 2, "IF(TCO_Total=0,0,B" + (row + 1) + "/TCO_Total)", s.percent);
			row++;
		}
		row += 1;
		header(sheet.createRow(row++), s, "Top workloads", "Cost", "Action (reasons on the Workloads sheet)",
				"Monthly saving");
		int shown = 0;
		for (WorkloadAnalysis w : model.workloads()) {
			if (shown++ == 10) {
				break;
			}
			Row line = sheet.createRow(row++);
			text(line, 0, w.name());
			number(line, 1, w.cost(), s.money);
			text(line, 2, w.decision().action().words());
			number(line, 3, w.monthlySavings(), s.money);
		}
		if (model.history().size() >= 2) {
			row += 1;
			header(sheet.createRow(row++), s, "Monthly trend", "Invoiced cost");
			int firstMonth = row;
			for (ReportModel.MonthCost month : model.history()) {
				Row line = sheet.createRow(row++);
				text(line, 0, month.month());
				number(line, 1, month.cost(), s.money);
			}
			WorkbookCharts.trend((org.apache.poi.xssf.usermodel.XSSFSheet) sheet, firstMonth, row - 1);
			if (model.forecast() != null) {
				Row forecast = sheet.createRow(row++);
				text(forecast, 0, "Forecast " + model.forecast().nextMonth() + " (linear trend of the last "
						+ model.forecast().months() + " months)");
				number(forecast, 1, model.forecast().nextMonthCost(), s.money);
			}
		}
		row = SummaryBridge.write(sheet, row, model, s);
		widths(sheet, 44, 22, 40, 18);
		landscape(sheet);
		return new int[] { firstInvoiced, lastModelled };
	}

	private static org.apache.poi.ss.usermodel.CellStyle styleOf(XSSFWorkbook wb, String name) {
		Cell cell = namedCell(wb, name);
		return cell == null ? null : cell.getCellStyle();
	}

	private static String textOf(XSSFWorkbook wb, String name) {
		Cell cell = namedCell(wb, name);
		return cell == null ? null : cell.getStringCellValue();
	}

	private static Cell namedCell(XSSFWorkbook wb, String name) {
		Name n = wb.getName(name);
		if (n == null) {
			return null;
		}
		CellReference ref = new CellReference(n.getRefersToFormula());
		Sheet sheet = wb.getSheet(ref.getSheetName());
		Row row = sheet == null ? null : sheet.getRow(ref.getRow());
		return row == null ? null : row.getCell(ref.getCol());
	}

	/** The template's first picture, placed at the top right of the Summary sheet. */
	private static void copyLogo(XSSFWorkbook wb, Sheet templateSheet,
			org.apache.poi.xssf.usermodel.XSSFSheet summary) {
		if (!(templateSheet instanceof org.apache.poi.xssf.usermodel.XSSFSheet template)
				|| template.getDrawingPatriarch() == null) {
			return;
		}
		for (var shape : template.getDrawingPatriarch().getShapes()) {
			if (shape instanceof org.apache.poi.xssf.usermodel.XSSFPicture picture) {
				var data = picture.getPictureData();
				int index = wb.addPicture(data.getData(), data.getPictureType());
				var drawing = summary.createDrawingPatriarch();
				drawing.createPicture(drawing.createAnchor(0, 0, 0, 0, 2, 0, 3, 3), index).resize();
				return;
			}
		}
	}

	static int labelled(Sheet sheet, int r, String label, String value) {
		Row row = sheet.createRow(r);
		text(row, 0, label);
		text(row, 1, value);
		return r + 1;
	}

	static void header(Row row, WorkbookStyles s, String... titles) {
		for (int i = 0; i < titles.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(titles[i]);
			cell.setCellStyle(s.header);
		}
	}

	/**
	 * Text from inputs goes in as a string cell: Excel never evaluates it, whatever its
	 * first character.
	 */
	static void text(Row row, int column, String value) {
		row.createCell(column).setCellValue(value == null ? "" : value);
	}

	static void number(Row row, int column, BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			// Excel stores numbers as doubles; the exact amounts stay in the JSON summary
			// and the database.
			cell.setCellValue(value.doubleValue());
		}
		cell.setCellStyle(style);
	}

	static void formula(Row row, int column, String formula, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellFormula(formula);
		cell.setCellStyle(style);
	}

	static void name(XSSFWorkbook wb, String name, String sheet, int row, int column) {
		Name n = wb.createName();
		n.setNameName(name);
		n.setRefersToFormula("'" + sheet + "'!" + new CellReference(row, column, true, true).formatAsString());
	}

	static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * 256);
		}
	}

	static void landscape(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
	}

	/** The Workloads sheet's cost column, whole, for the checks. */
	private static String workloadCostColumn() {
		String letter = CellReference.convertNumToColString(WorkloadColumn.COST.index());
		return "$" + letter + ":$" + letter;
	}

}
