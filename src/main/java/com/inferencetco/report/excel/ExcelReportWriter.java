package com.inferencetco.report.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
		XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.workbookTemplate()));
		Sheet templateSheet = wb.getSheet("Template");
		WorkbookStyles styles = new WorkbookStyles(wb, model.currency(), styleOf(wb, "Company_Name"),
				styleOf(wb, "Template_Header"), styleOf(wb, "Template_Body"));
		String company = template.namedCompany().orElse(textOf(wb, "Company_Name"));
		Sheet summary = wb.createSheet("Summary");
		Sheet workloads = wb.createSheet("Workloads");
		Sheet pools = model.findings().pools().isEmpty() ? null : wb.createSheet("Pools");
		Sheet showback = wb.createSheet("Showback");
		Sheet breakEven = wb.createSheet("Break-even");
		Sheet sensitivity = wb.createSheet("Sensitivity");
		Sheet hidden = wb.createSheet("Hidden costs");
		Sheet assumptions = wb.createSheet("Assumptions");
		Sheet sources = wb.createSheet("Sources");
		Sheet quality = wb.createSheet("Data quality");
		AssumptionsSheet.write(wb, assumptions, model, styles);
		// the calculator's names feed the hidden costs and the sensitivity
		BreakEvenSheet.write(wb, breakEven, model, styles);
		HiddenCostsSheet.write(wb, hidden, model, styles);
		// the curve compares the calculator's rate with an owned GPU-hour of the hidden
		// costs
		WorkbookCharts.breakEvenCurve((XSSFSheet) breakEven, 16, styles);
		int[] summaryCategoryRows = SummarySheet.write(wb, summary, model, styles, company);
		copyLogo(wb, templateSheet, (XSSFSheet) summary);
		for (String name : new String[] { "Company_Name", "Template_Header", "Template_Body" }) {
			if (wb.getName(name) != null) {
				wb.removeName(wb.getName(name));
			}
		}
		if (templateSheet != null) {
			wb.removeSheetAt(wb.getSheetIndex(templateSheet));
		}
		WorkloadsSheet.write(workloads, model, styles);
		if (pools != null) {
			PoolsSheet.write(pools, model, styles);
		}
		ShowbackSheet.write(showback, model, styles); // over TCO_Total of the Summary
		FinanceSheets.write(wb, model, styles); // over the Showback sheet's names
		MonthOverMonthSheet.write(wb, model, styles);
		HistorySheets.write(wb, model, styles);
		// over the calculator's inputs
		SensitivitySheet.write(wb, sensitivity, model, styles);
		SourcesSheet.write(sources, model, styles);
		DataQualitySheet.write(quality, model, styles);
		// cache every formula's value, so charts and readers that do not recalculate see
		// the figures; Excel and LibreOffice recalculate on open anyway
		XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
		WorkbookCharts.costByCategory(wb.getSheet("Summary"), summaryCategoryRows[0], summaryCategoryRows[1]);
		WorkbookCharts.tornado(wb.getSheet("Sensitivity"), 3, 2 + model.findings().tornado().size());
		wb.setForceFormulaRecalculation(true);
		wb.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(model.asOf())));
		wb.getProperties().getCoreProperties().setCreator("Inference TCO");
		try (SXSSFWorkbook streaming = new SXSSFWorkbook(wb, 200)) {
			DetailSheet detail = new DetailSheet(streaming.createSheet("Detail"), styles,
					model.conversion().currency());
			details.forEach(detail::add);
			detail.finish(streaming);
			streaming.write(out);
		}
	}

	private static CellStyle styleOf(XSSFWorkbook wb, String name) {
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
	private static void copyLogo(XSSFWorkbook wb, Sheet templateSheet, XSSFSheet summary) {
		if (!(templateSheet instanceof XSSFSheet template) || template.getDrawingPatriarch() == null) {
			return;
		}
		for (var shape : template.getDrawingPatriarch().getShapes()) {
			if (shape instanceof XSSFPicture picture) {
				var data = picture.getPictureData();
				int index = wb.addPicture(data.getData(), data.getPictureType());
				var drawing = summary.createDrawingPatriarch();
				drawing.createPicture(drawing.createAnchor(0, 0, 0, 0, 2, 0, 3, 3), index).resize();
				return;
			}
		}
	}

}
