package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * November run on the 20th with bills to the 10th: the budgets are set against the actual
 * to date and projected to the month end at the run rate (own and shared costs x 30 / 10,
 * modelled costs as they are), in the JSON, the workbook and the PDF. The same month run
 * after it ended is not projected.
 */
class AMonthInProgressProjectsItsBudgetsTest {

	@TempDir
	Path work;

	@Test
	void budgetsOfAMonthInProgressAreProjectedToItsEnd() throws IOException {
		Path generated = work.resolve("generated");
		assertThat(CliRun
			.of("generate", "--month", "2026-11", "--rows", "1500", "--seed", "11", "--output", generated.toString())
			.exitCode()).isZero();
		Path input = Files.createDirectories(work.resolve("in"));
		firstTenDays(generated.resolve("focus-2026-11.csv.gz"), input.resolve("focus-2026-11-to-10.csv"));
		Path budgets = Files.writeString(work.resolve("budgets.csv"), "workload,budget\nsupport-chat,30000\n");

		JsonNode summary = run(input, budgets, "2026-11-20");

		JsonNode mtd = summary.get("monthToDate");
		assertThat(mtd.get("through").asString()).isEqualTo("2026-11-10");
		assertThat(mtd.get("daysCovered").asInt()).isEqualTo(10);
		assertThat(mtd.get("daysInMonth").asInt()).isEqualTo(30);
		JsonNode owner = owner(summary, "support-chat");
		BigDecimal invoiced = owner.get("direct").decimalValue().add(owner.get("shared").decimalValue());
		BigDecimal expected = invoiced.multiply(new BigDecimal("30"))
			.divide(new BigDecimal("10"), 10, RoundingMode.HALF_EVEN)
			.add(owner.get("modelled").decimalValue());
		JsonNode budget = summary.get("budgets").get(0);
		assertThat(budget.get("actual").decimalValue()).isEqualByComparingTo(owner.get("total").decimalValue());
		assertThat(budget.get("projected").decimalValue()).isEqualByComparingTo(expected);
		assertThat(budget.get("projectedVariance").decimalValue())
			.isEqualByComparingTo(expected.subtract(new BigDecimal("30000")));

		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-11.xlsx")))) {
			var row = wb.getSheet("Budget").getRow(1);
			assertThat(wb.getSheet("Budget").getRow(0).getCell(7).getStringCellValue())
				.isEqualTo("Projected month end");
			assertThat(row.getCell(7).getNumericCellValue()).isCloseTo(expected.doubleValue(), within(0.005));
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(row.getCell(8)).getNumberValue())
				.isCloseTo(expected.subtract(new BigDecimal("30000")).doubleValue(), within(0.005));
		}
		try (var pdf = Loader.loadPDF(work.resolve("out/tco-2026-11.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("bills cover 10 of 30 days")
				.contains("Projected month end")
				.contains(MoneyFormat.money(expected, "USD"));
		}

		JsonNode afterTheMonth = run(input, budgets, "2026-12-02");
		assertThat(afterTheMonth.has("monthToDate")).isFalse();
		assertThat(afterTheMonth.get("budgets").get(0).get("projected").isNull()).isTrue();
	}

	private JsonNode run(Path input, Path budgets, String today) throws IOException {
		CliRun run = CliRun.of("run", "--month", "2026-11", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString(), "--budgets",
				budgets.toString(), "--inference-tco.today=" + today);
		assertThat(run.exitCode()).as(run.toString()).isZero();
		return SummaryJson.read(work.resolve("out/tco-2026-11.json"));
	}

	private static JsonNode owner(JsonNode summary, String name) {
		for (JsonNode owner : summary.get("showback")) {
			if (owner.get("owner").asString().equals(name)) {
				return owner;
			}
		}
		throw new AssertionError("no owner " + name);
	}

	/**
	 * The generated month's lines charged on the 1st to the 10th, as a month-to-date
	 * export would hold.
	 */
	private static void firstTenDays(Path gz, Path csv) throws IOException {
		try (Reader reader = new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
				StandardCharsets.UTF_8); Writer writer = Files.newBufferedWriter(csv)) {
			var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
			try (CSVPrinter printer = new CSVPrinter(writer,
					CSVFormat.DEFAULT.builder().setHeader(records.getHeaderNames().toArray(String[]::new)).get())) {
				for (CSVRecord record : records) {
					if (record.get("ChargePeriodStart").compareTo("2026-11-11") < 0) {
						printer.printRecord((Object[]) record.values());
					}
				}
			}
		}
	}

}
