package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * Two projects calling the same model share one fleet when together they fill whole GPUs
 * (issue 28). chat-a and chat-b each pay 0.90 per million for 1,075,200,000 tokens a day:
 * 967.68 a day, 29,998.08 a month each. With the assumptions of DecisionsFunctionalTests
 * (rent 2.50, 2,000 tokens/s per GPU, 60 %, replicas of 2 H100, 8-GPU instances, a flat
 * day, engineering 8,862.50): alone, 1,075,200,000 / 86,400 = 12,444.4 tokens/s / 2,400 =
 * 5.2: 6 replicas, 12 GPUs, 2 instances of 8 = 16 GPUs: 16 x 2.50 x 744 = 29,760 +
 * 8,862.50 = 38,622.50, more than 29,998.08: each stays serverless. Together, 24,888.9
 * tokens/s: 11 replicas, 22 GPUs, 3 instances = 24 GPUs: 44,640 + 8,862.50 (once) =
 * 53,502.50 against 59,996.16: the pool saves 6,493.66 a month.
 */
class PoolsFunctionalTests {

	@TempDir
	Path work;

	@Test
	void twoWorkloadsOfOneModelTooSmallAloneShareAFleetThatPays() throws IOException {
		JsonNode summary = run(DecisionsFunctionalTests.ASSUMPTIONS);
		for (String name : List.of("chat-a", "chat-b")) {
			JsonNode decision = DecidedMonth.workload(summary, name).get("decision");
			assertThat(decision.get("action").asString()).isEqualTo("stay-serverless");
			assertThat(decision.get("currentMonthlyCost").decimalValue()).isEqualByComparingTo("29998.08");
		}
		assertThat(summary.get("pools")).hasSize(1);
		JsonNode pool = summary.get("pools").get(0);
		List<String> members = new ArrayList<>();
		pool.get("workloads").forEach(w -> members.add(w.asString()));
		assertThat(members).containsExactly("chat-a", "chat-b");
		assertThat(pool.get("model").asString()).isEqualTo("llama-3.3-70b");
		assertThat(pool.get("action").asString()).isEqualTo("switch-to-dedicated");
		assertThat(pool.get("gpusNeeded").asInt()).isEqualTo(24);
		assertThat(pool.get("instancesNeeded").asInt()).isEqualTo(3);
		assertThat(pool.get("currentMonthlyCost").decimalValue()).isEqualByComparingTo("59996.16");
		assertThat(pool.get("alternativeMonthlyCost").decimalValue()).isEqualByComparingTo("53502.50");
		assertThat(pool.get("monthlySaving").decimalValue()).isEqualByComparingTo("6493.66");
		assertThat(pool.get("sizedOn").asString()).startsWith("busiest day 2026-10-01 (2,150,400,000 tokens)");
		// the workbook's Pools row reaches the same figures with its formulas, and
		// follows an edited assumption: at Peak_ToAverage 3 the fleet needs 74,666.7 /
		// 2,400 = 31.1: 32 replicas, 64 GPUs, 119,040 + 8,862.50 = 127,902.50: no saving
		try (var wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			var sheet = wb.getSheet("Pools");
			var row = sheet.getRow(1);
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("chat-a, chat-b");
			assertThat(evaluator.evaluate(row.getCell(2)).getNumberValue()).isCloseTo(59996.16, within(0.005));
			assertThat(evaluator.evaluate(row.getCell(9)).getNumberValue()).isEqualTo(24d);
			assertThat(evaluator.evaluate(row.getCell(12)).getNumberValue()).isCloseTo(53502.50, within(0.005));
			assertThat(evaluator.evaluate(row.getCell(14)).getNumberValue()).isCloseTo(6493.66, within(0.005));
			assertThat(evaluator.evaluate(row.getCell(15)).getStringValue()).isEqualTo("switch-to-dedicated");
			var ref = new AreaReference(wb.getName("Peak_ToAverage").getRefersToFormula(), wb.getSpreadsheetVersion())
				.getFirstCell();
			wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(3);
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(row.getCell(9)).getNumberValue()).isEqualTo(64d);
			assertThat(evaluator.evaluate(row.getCell(12)).getNumberValue()).isCloseTo(127902.50, within(0.005));
			assertThat(evaluator.evaluate(row.getCell(14)).getNumberValue()).isZero();
			assertThat(evaluator.evaluate(row.getCell(15)).getStringValue()).isEqualTo("stay-serverless");
		}
		try (var pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Pooled fleets")
				.contains("Pool chat-a + chat-b: switch to one dedicated fleet, saves 6,493.66 USD a month.");
		}
	}

	@Test
	void aPoolThatDoesNotPayIsNotListed() throws IOException {
		// at the default peakToAverage of 3 the fleet costs 127,902.50 (see above)
		JsonNode summary = run(DecisionsFunctionalTests.ASSUMPTIONS.replace("peakToAverage: 1\n", ""));
		assertThat(summary.get("pools")).isEmpty();
		try (var wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			assertThat(wb.getSheet("Pools")).isNull();
		}
	}

	private JsonNode run(String assumptions) throws IOException {
		FocusMonth bill = new FocusMonth();
		for (int day = 1; day <= 31; day++) {
			bill.tokens("chat-a", day, 1_075_200_000L, "0.90", "llama-3.3-70b");
			bill.tokens("chat-b", day, 1_075_200_000L, "0.90", "llama-3.3-70b");
			// a closed-weight model without a substitute is never pooled
			bill.tokens("drafts", day, 1_075_200_000L, "2.50", "gpt-4o");
		}
		return DecidedMonth.run(work, "focus-2026-10.csv", bill.toString(), assumptions);
	}

}
