package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.DecisionAssertions;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * The workbook and the PDF read back as a user's tools read them: POI for the xlsx
 * (names, formulas evaluated, number formats), PDFBox for the PDF text, pages and fonts.
 * Both must state the JSON summary's figures.
 */
class ReportsReadBackTests {

	static final String FORMULA_TAG = "=HYPERLINK(\"http://evil.example\",\"click\")";

	@TempDir
	static Path work;

	static JsonNode summary;

	@BeforeAll
	static void runAMonthWithAHostileTag() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		for (String file : List.of("azure/ea-cost-details-2026-10.csv", "focus/nordic-gpu-cloud-focus-1.2-2026-10.csv",
				"openai/costs-2026-10.json", "openai/usage-completions-2026-10.json")) {
			Path target = input.resolve(file);
			Files.createDirectories(target.getParent());
			Files.copy(Path.of("input-samples/2026-10").resolve(file), target);
		}
		// a FOCUS row whose workload tag looks like a formula: it must stay text in the
		// workbook
		String tagsJson = "{\"workload\": \"" + FORMULA_TAG.replace("\"", "\\\"") + "\"}";
		Files.writeString(input.resolve("focus/hostile.csv"),
				"BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,ChargePeriodStart,"
						+ "ChargePeriodEnd,EffectiveCost,ProviderName,ServiceName,Tags\n"
						+ "10.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,"
						+ "2026-10-03T00:00:00Z,10.00,Nordic GPU Cloud,Object Storage," + csvCell(tagsJson) + "\n");
		// the closed-weight models of the OpenAI workloads compared through open-weight
		// substitutes, so their rows carry break-even formulas too
		Files.writeString(input.resolve("assumptions.yaml"),
				"substitutes: {gpt 4o mini 0718: llama-3.1-8b, gpt-4.1-mini-2025-04-14: llama-3.3-70b}\n");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
	}

	@Test
	void workbookHasTheContractSheetsAndNamesWithTheJsonTotals() throws IOException {
		try (XSSFWorkbook wb = workbook()) {
			for (String sheet : List.of("Summary", "Workloads", "Break-even", "Assumptions", "Sources", "Data quality",
					"Detail")) {
				assertThat(wb.getSheet(sheet)).as(sheet).isNotNull();
			}
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			assertThat(value(wb, evaluator, "TCO_Total")).isCloseTo(summary.get("totals").get("tco").asDouble(),
					within(0.005));
			assertThat(value(wb, evaluator, "Cost_Total")).isCloseTo(summary.get("totals").get("cost").asDouble(),
					within(0.005));
			Cell total = cell(wb, "Cost_Total");
			assertThat(new DataFormatter().formatCellValue(total, evaluator)).endsWith("USD").contains(",");
			assertThat(wb.getForceFormulaRecalculation()).isTrue();
			// the checks area: totals that must tie do tie, and a broken workload cost is
			// caught
			Row workloadsTie = rowOf(wb.getSheet("Summary"), "Workloads add up to the invoiced cost");
			assertThat(evaluator.evaluate(workloadsTie.getCell(1)).getBooleanValue()).isTrue();
			assertThat(evaluator.evaluate(rowStartingWith(wb.getSheet("Summary"), "Categories add up").getCell(1))
				.getBooleanValue()).isTrue();
			Cell someCost = wb.getSheet("Workloads").getRow(1).getCell(4);
			someCost.setCellValue(someCost.getNumericCellValue() + 1);
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(workloadsTie.getCell(1)).getBooleanValue()).isFalse();
		}
	}

	private static Row rowStartingWith(Sheet sheet, String prefix) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING
					&& first.getStringCellValue().startsWith(prefix)) {
				return row;
			}
		}
		throw new AssertionError("no row " + prefix + " on " + sheet.getSheetName());
	}

	@Test
	void breakEvenCalculatorRecalculatesWhenAnInputChanges() throws IOException {
		try (XSSFWorkbook wb = workbook()) {
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			double rate = value(wb, evaluator, "BE_GpuHourlyRate");
			double tps = value(wb, evaluator, "BE_TokensPerSecond");
			double price = value(wb, evaluator, "BE_ServerlessPricePerMillion");
			double utilization = value(wb, evaluator, "BE_Utilization");
			double breakEven = value(wb, evaluator, "BE_BreakEvenUtilization");
			assertThat(breakEven).isCloseTo(rate * 1e6 / (price * tps * 3600), within(1e-12));
			assertThat(value(wb, evaluator, "BE_DedicatedCostPerMillion"))
				.isCloseTo(rate * 1e6 / (tps * 3600 * utilization), within(1e-9));
			// when a reader doubles the GPU rate, the break-even utilization doubles
			typeOver(cell(wb, "BE_GpuHourlyRate"), rate * 2);
			evaluator.clearAllCachedResultValues();
			assertThat(value(wb, evaluator, "BE_BreakEvenUtilization")).isCloseTo(breakEven * 2, within(1e-12));
		}
	}

	@Test
	void workloadFormulasAgreeWithTheReportModel() throws IOException {
		try (XSSFWorkbook wb = workbook()) {
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			Sheet sheet = wb.getSheet("Workloads");
			int checked = 0;
			for (JsonNode w : summary.get("workloads")) {
				Row row = rowOf(sheet, w.get("name").asString());
				if (!w.get("breakEvenUtilization").isNull()) {
					assertThat(
							evaluator.evaluate(row.getCell(column(sheet, "Break-even utilization"))).getNumberValue())
						.as(w.get("name").asString())
						.isCloseTo(w.get("breakEvenUtilization").asDouble(), within(1e-9));
					assertThat(evaluator.evaluate(row.getCell(column(sheet, "Break-even tokens/min (per GPU)")))
						.getNumberValue()).isCloseTo(w.get("breakEvenTokensPerMinute").asDouble(), within(1e-6));
					checked++;
				}
				else if (row.getCell(column(sheet, "Break-even utilization")) != null
						&& row.getCell(column(sheet, "Break-even utilization")).getCellType() == CellType.FORMULA) {
					// no serverless price, no break-even: the formula leaves the cell
					// empty
					assertThat(
							evaluator.evaluate(row.getCell(column(sheet, "Break-even utilization"))).getStringValue())
						.as(w.get("name").asString())
						.isEmpty();
				}
				if (!w.get("costPerMillionTokens").isNull()) {
					assertThat(evaluator.evaluate(row.getCell(column(sheet, "Cost per 1M tokens"))).getNumberValue())
						.isCloseTo(w.get("costPerMillionTokens").asDouble(), within(1e-9));
				}
				// the decision, recomputed by the sheet's formulas, is the engine's,
				// field by field
				WorkbookDecisions.assertRowStatesTheDecision(sheet, row, evaluator, w);
			}
			assertThat(checked).isGreaterThanOrEqualTo(3);
			// and editing an assumption moves them: double the serverless price, halve a
			// dedicated break-even
			Row codeAssist = rowOf(sheet, "code-assist");
			int breakEven = column(sheet, "Break-even utilization");
			double before = evaluator.evaluate(codeAssist.getCell(breakEven)).getNumberValue();
			Cell price = cell(wb, "Serverless_PricePerMillion");
			price.setCellValue(price.getNumericCellValue() * 2);
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(codeAssist.getCell(breakEven)).getNumberValue()).isCloseTo(before / 2,
					within(1e-12));
		}
	}

	@Test
	void workbookHasNativeChartsOfCategoriesBreakEvenAndTornado() throws IOException {
		try (XSSFWorkbook wb = workbook()) {
			int charts = 0;
			for (Sheet sheet : wb) {
				if (sheet instanceof XSSFSheet xssf && xssf.getDrawingPatriarch() != null) {
					charts += xssf.getDrawingPatriarch().getCharts().size();
				}
			}
			assertThat(charts).isGreaterThanOrEqualTo(3);
			assertThat(wb.getSheet("Break-even").getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
				.contains("utilization");
		}
	}

	@Test
	void hiddenCostFormulasAgreeWithTheEngine() throws IOException {
		try (XSSFWorkbook wb = workbook()) {
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			assertThat(value(wb, evaluator, "Engineering_PerMonth")).isCloseTo(
					summary.get("totals").get("byCategory").get("engineering-overhead").asDouble(), within(1e-6));
			assertThat(value(wb, evaluator, "Compliance_PerMonth"))
				.isCloseTo(summary.get("totals").get("byCategory").get("compliance").asDouble(), within(1e-6));
			// defaults: capital recovery at 8 % over 3 years of 320,000 less the residual
			// 96,000 discounted 3 years,
			// + 10.2 kW x 1.58 x 744 h (October) x 0.15 + 10.2 kW x 194.95 + 0.05 FTE
			// (one administrator per 20 servers) x 150,000 / 0.705 / 12
			double growth = Math.pow(1.08, 3);
			double capital = (320000 - 96000 / growth) * (0.08 * growth / (growth - 1)) / 12;
			double perServer = capital + 10.2 * 1.58 * 744 * 0.15 + 10.2 * 194.95 + 0.05 * 150000 / 0.705 / 12;
			assertThat(value(wb, evaluator, "OnPrem_PerServerMonth")).isCloseTo(perServer, within(1e-6));
			assertThat(value(wb, evaluator, "OnPrem_CostPerGpuHour")).isCloseTo(perServer / (744 * 8), within(1e-9));
			// scale to zero at the calculator's rate, default 10 busy hours, 20 starts of
			// 15 s, October's 31 days
			double rate = value(wb, evaluator, "BE_GpuHourlyRate");
			assertThat(value(wb, evaluator, "ScaleToZero_KeepWarmPerMonth")).isCloseTo(rate * 24 * 31, within(1e-9));
			assertThat(value(wb, evaluator, "ScaleToZero_PerMonth")).isCloseTo(rate * (10 + 20 * 15 / 3600.0) * 31,
					within(1e-9));
			assertThat(value(wb, evaluator, "ScaleToZero_WaitingSeconds")).isCloseTo(20 * 15 * 31, within(1e-9));
			// switching the method to MACRS averages its first three tax years over the
			// 3-year life:
			// 320,000 x (20 % + 32 % + 19.2 %) / 36 months
			Cell method = cell(wb, "OnPrem_DepreciationMethod");
			method.setCellValue("macrs-5");
			evaluator.clearAllCachedResultValues();
			assertThat(value(wb, evaluator, "OnPrem_CapitalPerServerMonth")).isCloseTo(320000 * 0.712 / 36,
					within(1e-9));
			// and straight-line: (320,000 - 96,000) / 36
			method.setCellValue("straight-line");
			evaluator.clearAllCachedResultValues();
			assertThat(value(wb, evaluator, "OnPrem_CapitalPerServerMonth")).isCloseTo(224000.0 / 36, within(1e-9));
		}
	}

	@Test
	void everyAssumptionIsANamedCell() throws IOException {
		try (XSSFWorkbook wb = workbook()) {
			Sheet sheet = wb.getSheet("Assumptions");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				String reference = "Assumptions!$C$" + (r + 1);
				assertThat(wb.getAllNames().stream().map(Name::getRefersToFormula))
					.as("row " + (r + 1) + " " + sheet.getRow(r).getCell(0))
					.anyMatch(f -> f.replace("'", "").equals(reference));
			}
		}
	}

	@Test
	void assumptionsReadInWordsWithTheirKeyBesideAndMoneyInTheReportCurrency() throws IOException {
		try (XSSFWorkbook wb = workbook()) {
			Row rate = rowOf(wb.getSheet("Assumptions"), "Dedicated GPU hourly rate");
			assertThat(rate.getCell(1).getStringCellValue())
				.isEqualTo("dedicatedGpuHourlyRate (Dedicated_GpuHourlyRate)");
			assertThat(new DataFormatter().formatCellValue(rate.getCell(2))).isEqualTo("2.50 USD");
			assertThat(rowOf(wb.getSheet("Assumptions"), "On-prem PUE").getCell(1).getStringCellValue())
				.startsWith("onPremPue");
		}
		try (PDDocument pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf))
				.contains("Dedicated GPU hourly rate dedicatedGpuHourlyRate 2.50 USD");
		}
	}

	@Test
	void thePdfStatesEachDecisionAsTheJsonDoesAndNoneLosesMoney() throws IOException {
		DecisionAssertions.everyDecisionNeverLosesMoney(summary);
		try (PDDocument pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			// a line may break after a hyphen ("open-" / "weight"): compare without those
			// breaks
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").replace("- ", "-");
			int stated = 0;
			for (JsonNode w : summary.get("workloads")) {
				if (!w.get("decision").get("action").asString().equals("none")) {
					assertThat(text).as(w.get("name").asString())
						.contains(w.get("recommendation").asString().replaceAll("\\s+", " ").replace("- ", "-"));
					stated++;
				}
			}
			assertThat(stated).isGreaterThanOrEqualTo(3);
			assertThat(text).doesNotContain("saves -");
		}
	}

	@Test
	void theSensitivitySheetFollowsTheCalculatorsInputs() throws IOException {
		try (XSSFWorkbook wb = workbook()) {
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			double rate = value(wb, evaluator, "BE_GpuHourlyRate");
			double tps = value(wb, evaluator, "BE_TokensPerSecond");
			double price = value(wb, evaluator, "BE_ServerlessPricePerMillion");
			double range = value(wb, evaluator, "Sensitivity_Range");
			Sheet sheet = wb.getSheet("Sensitivity");
			// the GPU-rate bar: U* = R (1 -/+ range) x 10^6 / (P x T x 3,600)
			Row rateBar = rowOf(sheet, "GPU hourly rate");
			assertThat(evaluator.evaluate(rateBar.getCell(3)).getNumberValue())
				.isCloseTo(rate * (1 - range) * 1e6 / (price * tps * 3600), within(1e-12));
			assertThat(evaluator.evaluate(rateBar.getCell(4)).getNumberValue())
				.isCloseTo(rate * (1 + range) * 1e6 / (price * tps * 3600), within(1e-12));
			// the band's high corner: dear GPUs, slow GPUs, cheap API
			Row band = rowStartingWith(sheet, "Break-even band");
			assertThat(evaluator.evaluate(band.getCell(2)).getNumberValue())
				.isCloseTo(rate * (1 + range) * 1e6 / (price * (1 - range) * tps * (1 - range) * 3600), within(1e-12));
			// FP8 doubles throughput at the same rate: half the break-even of today
			double today = evaluator.evaluate(rowStartingWith(sheet, "Today").getCell(4)).getNumberValue();
			assertThat(evaluator.evaluate(rowOf(sheet, "FP8 weights").getCell(4)).getNumberValue())
				.isCloseTo(today / value(wb, evaluator, "Scenario_Fp8Multiplier"), within(1e-12));
			// halving the calculator's serverless price doubles every break-even on the
			// sheet
			double before = evaluator.evaluate(rateBar.getCell(3)).getNumberValue();
			typeOver(cell(wb, "BE_ServerlessPricePerMillion"), price / 2);
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(rateBar.getCell(3)).getNumberValue()).isCloseTo(before * 2, within(1e-12));
		}
	}

	@Test
	void egressAndTheDepreciationScheduleAreFormulasOverTheAssumptions() throws IOException {
		try (XSSFWorkbook wb = workbook()) {
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			Sheet hidden = wb.getSheet("Hidden costs");
			Cell gigabytes = cell(wb, "Egress_Gb");
			// AWS, 30,000 GB: 100 GB free; 10,240 GB x 0.09 = 921.60; 19,660 GB x 0.085 =
			// 1,671.10; total 2,592.70
			gigabytes.setCellValue(30000);
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(rowOf(hidden, "AWS").getCell(1)).getNumberValue()).isCloseTo(2592.70,
					within(1e-9));
			// 60,000 GB: 921.60 + 40,960 x 0.085 = 3,481.60 + 8,700 x 0.07 = 609.00:
			// 5,012.20
			gigabytes.setCellValue(60000);
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(rowOf(hidden, "AWS").getCell(1)).getNumberValue()).isCloseTo(5012.20,
					within(1e-9));
			// Google prices per GiB: 1,000 GB = 931.32 GiB x 0.12 = 111.76
			gigabytes.setCellValue(1000);
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(rowOf(hidden, "Google Cloud").getCell(1)).getNumberValue())
				.isCloseTo(1000 / 1.073741824 * 0.12, within(1e-6));
			// double-declining on the default server (320,000, 30 % residual, 3 years):
			// year 1 max(213,333.33, 74,666.67)
			// = 213,333.33; year 2 max(71,111.11, 5,333.33) capped at the book above the
			// residual: 10,666.67; year 3 0
			cell(wb, "OnPrem_DepreciationMethod").setCellValue("double-declining");
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(rowOf(hidden, "Year 1").getCell(1)).getNumberValue())
				.isCloseTo(320000 * 2 / 3.0, within(1e-6));
			assertThat(evaluator.evaluate(rowOf(hidden, "Year 2").getCell(1)).getNumberValue())
				.isCloseTo(320000 / 3.0 - 96000, within(1e-6));
			assertThat(evaluator.evaluate(rowOf(hidden, "Year 3").getCell(1)).getNumberValue()).isCloseTo(0,
					within(1e-6));
			assertThat(evaluator.evaluate(rowOf(hidden, "Year 4").getCell(1)).getStringValue()).isEmpty();
			// MACRS: six tax years, 20 % then 32 % of the capex
			cell(wb, "OnPrem_DepreciationMethod").setCellValue("macrs-5");
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(rowOf(hidden, "Year 2").getCell(1)).getNumberValue()).isCloseTo(102400,
					within(1e-6));
			assertThat(evaluator.evaluate(rowOf(hidden, "Year 6").getCell(1)).getNumberValue()).isCloseTo(18432,
					within(1e-6));
		}
	}

	@Test
	void dataQualityTotalsTheRowsOfEveryFile() throws IOException {
		try (XSSFWorkbook wb = workbook()) {
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			Row total = rowStartingWith(wb.getSheet("Data quality"), "Total: ");
			long read = 0;
			for (JsonNode input : summary.get("inputs")) {
				read += input.get("rowsRead").asLong();
			}
			assertThat(evaluator.evaluate(total.getCell(2)).getNumberValue()).isEqualTo((double) read);
			// and the calculator says plainly whether dedicated can win
			Row canWin = rowOf(wb.getSheet("Break-even"), "Dedicated can win at these prices");
			assertThat(evaluator.evaluate(canWin.getCell(1)).getStringValue())
				.isEqualTo(value(wb, evaluator, "BE_BreakEvenUtilization") <= 1 ? "yes"
						: "no: out of reach (break-even above 100 %)");
		}
	}

	@Test
	void aFormulaLookingTagStaysText() throws IOException {
		try (XSSFWorkbook wb = workbook()) {
			Row row = rowOf(wb.getSheet("Workloads"), FORMULA_TAG);
			assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(FORMULA_TAG);
		}
	}

	@Test
	void pdfStatesTheMonthAndTheJsonTotalsOnNumberedPagesWithEmbeddedFonts() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			int pages = pdf.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(3);
			assertThat(text).contains("2026-10");
			assertThat(text).contains(MoneyFormat.money(summary.get("totals").get("tco").decimalValue(), "USD"));
			assertThat(text).contains(MoneyFormat.money(summary.get("totals").get("cost").decimalValue(), "USD"));
			assertThat(text).contains("Break-even")
				.contains("Utilization")
				.contains("gress")
				.contains("Assumptions")
				.contains("depreciation")
				.contains("pays back");
			assertThat(pages).isGreaterThanOrEqualTo(5);
			Matcher footer = Pattern.compile("Page (\\d+) of (\\d+)").matcher(text);
			int footers = 0;
			while (footer.find()) {
				footers++;
				assertThat(Integer.parseInt(footer.group(2))).isEqualTo(pages);
			}
			assertThat(footers).isEqualTo(pages);
			for (var page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
	}

	private static String csvCell(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static XSSFWorkbook workbook() throws IOException {
		try (InputStream in = Files.newInputStream(work.resolve("out/tco-2026-10.xlsx"))) {
			return new XSSFWorkbook(in);
		}
	}

	private static Cell cell(XSSFWorkbook wb, String name) {
		Name n = wb.getName(name);
		assertThat(n).as("workbook name " + name).isNotNull();
		CellReference ref = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
		return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
	}

	private static double value(XSSFWorkbook wb, FormulaEvaluator evaluator, String name) {
		Cell cell = cell(wb, name);
		return cell.getCellType() == CellType.FORMULA ? evaluator.evaluate(cell).getNumberValue()
				: cell.getNumericCellValue();
	}

	private static Row rowOf(Sheet sheet, String firstCell) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
					&& row.getCell(0).getStringCellValue().equals(firstCell)) {
				return row;
			}
		}
		throw new AssertionError("no row " + firstCell + " on " + sheet.getSheetName());
	}

	/**
	 * What a reader typing a number into a cell does: the formula, if any, gives way to
	 * the number.
	 */
	private static void typeOver(Cell cell, double value) {
		if (cell.getCellType() == CellType.FORMULA) {
			cell.removeFormula();
		}
		cell.setCellValue(value);
	}

	/** The column of a header on a sheet's first row. */
	private static int column(Sheet sheet, String header) {
		for (Cell cell : sheet.getRow(0)) {
			if (cell.getStringCellValue().equals(header)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
	}

}
