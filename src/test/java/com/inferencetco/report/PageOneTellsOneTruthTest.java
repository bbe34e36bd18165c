package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.MonthRuns;
import com.inferencetco.cli.CliRun;

/**
 * Page 1 a CFO can trust (issue 29), read back from the sample month's PDF and workbook:
 * the invoiced, estimated and modelled costs it shows add up to the TCO it shows, and
 * each of its largest actions shows the same two figures, under the same labels, as the
 * PDF's workloads table and the workbook's Showback and Workloads sheets. A file of
 * another month is named on page 1 and on stderr with its month and amount.
 */
class PageOneTellsOneTruthTest {

	@TempDir
	static Path work;

	static JsonNode summary;

	static String page1;

	static String workloadsPage;

	@BeforeAll
	static void runTheSampleMonth() throws IOException {
		summary = MonthRuns.october(work, Path.of("input-samples/2026-10"), "out");
		try (var pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(1);
			page1 = stripper.getText(pdf).replaceAll("\\s+", " ");
			for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(pdf).replaceAll("\\s+", " ");
				if (text.contains("Workloads and break-even")) {
					workloadsPage = text;
				}
			}
		}
	}

	@Test
	void invoicedEstimatedAndModelledAddUpToTheTcoOnPageOne() {
		BigDecimal invoiced = amount("Invoiced cost \\(the bills\\)");
		BigDecimal estimated = amount("Estimated cost \\(usage no invoice covers\\)");
		BigDecimal modelled = amount("Modelled costs \\(no bill shows them\\)");
		BigDecimal tco = amount("Total cost of ownership \\(TCO\\)");
		assertThat(invoiced.add(estimated).add(modelled)).isEqualByComparingTo(tco);
		assertThat(tco)
			.isEqualByComparingTo(summary.get("totals").get("tco").decimalValue().setScale(2, RoundingMode.HALF_UP));
		// the modelled defaults are named in words, never as parameter keys
		assertThat(page1).contains("Engineering overhead: 1 engineer(s) at 150,000.00 USD a year")
			.doesNotContain("serverlessPricePerMillion")
			.doesNotContain("engineeringFte");
	}

	@Test
	void eachLargestActionShowsTheSameFiguresUnderTheSameLabelsEverywhere() throws IOException {
		List<JsonNode> changes = new ArrayList<>();
		summary.get("workloads").forEach(w -> {
			if (w.get("monthlySavings").asDouble() > 0) {
				changes.add(w);
			}
		});
		changes.sort(Comparator.comparing((JsonNode w) -> w.get("monthlySavings").decimalValue()).reversed());
		assertThat(changes).hasSizeGreaterThanOrEqualTo(3);
		String labels = DecisionLabels.TODAY + " " + DecisionLabels.AFTER + " " + DecisionLabels.SAVING;
		assertThat(page1).contains(labels);
		// what would change the answer: doc-summarizer's move stops paying when the
		// alternative costs more than 25,759.06 - 100.00 (the minimum saving) = 25,659.06
		assertThat(page1).contains("It holds while the alternative costs under 25,659.06 USD a month");
		assertThat(workloadsPage).contains(labels);
		try (var wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			Sheet showback = wb.getSheet("Showback");
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			for (JsonNode w : changes.subList(0, 3)) {
				String name = w.get("name").asString();
				String today = money(w.get("decision").get("currentMonthlyCost").decimalValue());
				String after = money(w.get("decision").get("alternativeMonthlyCost").decimalValue());
				String saving = money(w.get("decision").get("monthlySaving").decimalValue());
				assertThat(page1).as(name).contains(today + " " + after + " " + saving);
				assertThat(workloadsPage).as(name).contains(today + " " + after + " " + saving);
				Row row = rowOf(showback, name);
				assertThat(evaluator.evaluate(WorkbookDecisions.cell(showback, row, DecisionLabels.TODAY))
					.getNumberValue()).as(name)
					.isCloseTo(w.get("decision").get("currentMonthlyCost").asDouble(), within(0.005));
				assertThat(evaluator.evaluate(WorkbookDecisions.cell(showback, row, DecisionLabels.AFTER))
					.getNumberValue()).as(name)
					.isCloseTo(w.get("decision").get("alternativeMonthlyCost").asDouble(), within(0.005));
				WorkbookDecisions.assertWorkloadRowStatesTheDecision(work.resolve("out/tco-2026-10.xlsx"), w);
				// the Summary's top workloads are formulas over the Workloads sheet
				Sheet summarySheet = wb.getSheet("Summary");
				Row top = rowOf(summarySheet, name);
				var topSaving = WorkbookDecisions.cell(summarySheet, headerRowOf(summarySheet), top,
						DecisionLabels.SAVING);
				assertThat(topSaving.getCellType()).as(name).isEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
				assertThat(evaluator.evaluate(topSaving).getNumberValue()).as(name)
					.isCloseTo(w.get("decision").get("monthlySaving").asDouble(), within(0.005));
			}
		}
	}

	@Test
	void aFileOfAnotherMonthIsNamedOnPageOneAndOnStderr() throws IOException {
		Path input = Files.createDirectories(work.resolve("mixed"));
		Files.copy(Path.of("input-samples/2026-10/azure/ea-cost-details-2026-10.csv"), input.resolve("azure.csv"));
		// the sample's FOCUS export moved back a month: every row billed in September
		String october = Files
			.readString(Path.of("input-samples/2026-10/focus/nordic-gpu-cloud-focus-1.2-2026-10.csv"));
		String september = october.replace("2026-10-", "2026-09-").replace("2026-11-01", "2026-10-01");
		Files.writeString(input.resolve("focus-september.csv"), september);
		// its amount, summed here from its BilledCost column
		List<String> lines = september.lines().toList();
		int billed = List.of(lines.get(0).split(",")).indexOf("BilledCost");
		BigDecimal amount = BigDecimal.ZERO;
		for (String line : lines.subList(1, lines.size())) {
			amount = amount.add(new BigDecimal(line.split(",", -1)[billed]));
		}
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("mixed-out").toString(), "--data", work.resolve("mixed-data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		String named = "focus-september.csv: none of its " + (lines.size() - 1) + " rows is billed in 2026-10, so it "
				+ "is not counted: they are billed in 2026-09 (" + (lines.size() - 1) + " rows), "
				+ amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " USD";
		assertThat(run.stderr()).contains(named);
		try (var pdf = Loader.loadPDF(work.resolve("mixed-out/tco-2026-10.pdf").toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(1);
			assertThat(stripper.getText(pdf).replaceAll("\\s+", " ")).contains(named);
		}
	}

	private static BigDecimal amount(String label) {
		Matcher m = Pattern.compile(label + " ([0-9,.-]+) USD").matcher(page1);
		assertThat(m.find()).as(label + " on page 1: " + page1).isTrue();
		return new BigDecimal(m.group(1).replace(",", ""));
	}

	private static String money(BigDecimal amount) {
		return MoneyFormat.money(amount, "USD");
	}

	/** The Summary's header row of its top workloads. */
	private static Row headerRowOf(Sheet sheet) {
		return rowOf(sheet, "Top workloads");
	}

	private static Row rowOf(Sheet sheet, String workload) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(0) != null && workload.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no Showback row " + workload);
	}

}
