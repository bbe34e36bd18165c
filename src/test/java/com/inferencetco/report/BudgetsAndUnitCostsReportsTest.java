package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.MonthRuns;

/**
 * The sample month with --budgets and --business-metrics: budgets and unit costs tie out
 * to the fully loaded costs, the same in the JSON, the workbook (SUMIF over the Showback
 * sheet) and the PDF.
 */
class BudgetsAndUnitCostsReportsTest {

	@TempDir
	static Path work;

	static JsonNode summary;

	@BeforeAll
	static void runTheSampleMonthWithBudgetsAndMetrics() throws IOException {
		Path budgets = Files.writeString(work.resolve("budgets.csv"),
				"workload,budget\ndoc-summarizer,20000\nsupport-chat,5000\n");
		Path metrics = Files.writeString(work.resolve("metrics.csv"),
				"metric,workload,units\nconversations,support-chat,120000\ndocuments,doc-summarizer,48000\n");
		summary = MonthRuns.october(work, Path.of("input-samples/2026-10"), "out", "--budgets", budgets.toString(),
				"--business-metrics", metrics.toString());
	}

	@Test
	void budgetsAndUnitCostsTieOutToTheFullyLoadedCosts() {
		BigDecimal docSummarizer = fullyLoaded("doc-summarizer");
		BigDecimal supportChat = fullyLoaded("support-chat");
		JsonNode doc = summary.get("budgets").get(0);
		assertThat(doc.get("workload").asString()).isEqualTo("doc-summarizer");
		assertThat(doc.get("actual").decimalValue()).isEqualByComparingTo(docSummarizer);
		// variance = actual - budget; the sample's doc-summarizer costs more than 20,000
		// fully loaded
		assertThat(doc.get("variance").decimalValue())
			.isEqualByComparingTo(docSummarizer.subtract(new BigDecimal("20000")));
		assertThat(doc.get("over").asBoolean()).isEqualTo(docSummarizer.compareTo(new BigDecimal("20000")) > 0);
		JsonNode chat = summary.get("budgets").get(1);
		assertThat(chat.get("varianceShare").decimalValue())
			.isEqualByComparingTo(supportChat.subtract(new BigDecimal("5000"))
				.divide(new BigDecimal("5000"), 10, RoundingMode.HALF_EVEN));
		// cost per conversation = support-chat's fully loaded cost / 120,000
		JsonNode conversations = summary.get("unitCosts").get(0);
		assertThat(conversations.get("cost").decimalValue()).isEqualByComparingTo(supportChat);
		assertThat(conversations.get("costPerUnit").decimalValue())
			.isEqualByComparingTo(supportChat.divide(new BigDecimal("120000"), 10, RoundingMode.HALF_EVEN));
	}

	@Test
	void theWorkbookComputesTheSameActualsFromTheShowbackSheet() throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			var budget = wb.getSheet("Budget");
			assertThat(evaluator.evaluate(budget.getRow(1).getCell(3)).getNumberValue())
				.isCloseTo(fullyLoaded("doc-summarizer").doubleValue(), within(0.005));
			assertThat(evaluator.evaluate(budget.getRow(1).getCell(4)).getNumberValue())
				.isCloseTo(summary.get("budgets").get(0).get("variance").asDouble(), within(0.005));
			var units = wb.getSheet("Unit costs");
			assertThat(evaluator.evaluate(units.getRow(1).getCell(4)).getNumberValue())
				.isCloseTo(summary.get("unitCosts").get(0).get("costPerUnit").asDouble(), within(1e-9));
		}
	}

	@Test
	void thePdfShowsTheBudgetsAndUnitCosts() throws IOException {
		try (var pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Budget against actual").contains("Unit costs").contains("conversations");
			// page 1 states the budgets: doc-summarizer's fully loaded 28,765.83 against
			// 20,000.00 is 8,765.83 over, 8,765.83 / 20,000.00 = 43.8 %; support-chat's
			// 1,055.11 is within its 5,000.00
			PDFTextStripper first = new PDFTextStripper();
			first.setEndPage(1);
			assertThat(fullyLoaded("doc-summarizer").setScale(2, java.math.RoundingMode.HALF_UP))
				.isEqualByComparingTo("28765.83");
			assertThat(first.getText(pdf).replaceAll("\\s+", " "))
				.contains("Budgets 1 of 2 over: doc-summarizer 43.8 % over (28,765.83 USD against 20,000.00 USD)");
		}
	}

	private static BigDecimal fullyLoaded(String workload) {
		for (JsonNode w : summary.get("workloads")) {
			if (w.get("name").asString().equals(workload)) {
				return w.get("fullyLoadedCost").decimalValue();
			}
		}
		throw new AssertionError("no workload " + workload);
	}

}
