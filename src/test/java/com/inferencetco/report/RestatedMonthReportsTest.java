package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.IndependentSums;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * A closed month run again with changed exports (a late bill line dropped, a file
 * withdrawn, a late file added) reports what changed against its previous run, file by
 * file and in cost, in the JSON, the workbook and the PDF; a third run on the same
 * exports says nothing changed and keeps the restatement in the month's history.
 */
class RestatedMonthReportsTest {

	private static final Path SAMPLES = Path.of("input-samples/2026-10");

	@TempDir
	Path work;

	@Test
	void aMonthRunAgainWithChangedExportsReportsWhatChanged() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		copy("azure/ea-cost-details-2026-10.csv", input);
		copy("openai/costs-2026-10.json", input);
		copy("openai/usage-completions-2026-10.json", input);
		JsonNode first = run(input);
		assertThat(first.get("restatement").isNull()).as("the month's first run").isTrue();

		// the bills change after month end: Azure's last line goes, OpenAI's cost file is
		// withdrawn, Nordic's arrives
		Path azure = input.resolve("ea-cost-details-2026-10.csv");
		List<String> lines = Files.readAllLines(azure);
		Files.write(azure, lines.subList(0, lines.size() - 1));
		Files.delete(input.resolve("costs-2026-10.json"));
		copy("focus/nordic-gpu-cloud-focus-1.2-2026-10.csv", input);
		JsonNode second = run(input);

		JsonNode r = second.get("restatement");
		assertThat(r.get("sameExports").asBoolean()).isFalse();
		BigDecimal firstCost = first.get("totals").get("cost").decimalValue();
		BigDecimal secondCost = second.get("totals").get("cost").decimalValue();
		assertThat(r.get("previousCost").decimalValue()).isEqualByComparingTo(firstCost);
		assertThat(r.get("costChange").decimalValue()).isEqualByComparingTo(secondCost.subtract(firstCost));
		assertThat(r.get("previousTco").decimalValue())
			.isEqualByComparingTo(first.get("totals").get("tco").decimalValue());
		assertThat(r.get("tcoChange").decimalValue()).isEqualByComparingTo(
				second.get("totals").get("tco").decimalValue().subtract(first.get("totals").get("tco").decimalValue()));
		JsonNode files = r.get("files");
		assertThat(files.size()).isEqualTo(3);
		// in path order: the changed Azure file, the withdrawn OpenAI costs, the added
		// Nordic file
		assertThat(files.get(0).get("file").asString()).isEqualTo("costs-2026-10.json");
		assertThat(files.get(0).get("change").asString()).isEqualTo("removed");
		assertThat(files.get(0).get("cost").isNull()).isTrue();
		assertThat(files.get(1).get("file").asString()).isEqualTo("ea-cost-details-2026-10.csv");
		assertThat(files.get(1).get("change").asString()).isEqualTo("changed");
		assertThat(files.get(1).get("previousCost").decimalValue()).isEqualByComparingTo(IndependentSums
			.csvColumn(SAMPLES.resolve("azure/ea-cost-details-2026-10.csv"), "CostInBillingCurrency"));
		assertThat(files.get(1).get("cost").decimalValue())
			.isEqualByComparingTo(IndependentSums.csvColumn(azure, "CostInBillingCurrency"));
		assertThat(files.get(2).get("file").asString()).isEqualTo("nordic-gpu-cloud-focus-1.2-2026-10.csv");
		assertThat(files.get(2).get("change").asString()).isEqualTo("added");
		assertThat(files.get(2).get("cost").decimalValue()).isEqualByComparingTo(
				IndependentSums.csvColumn(input.resolve("nordic-gpu-cloud-focus-1.2-2026-10.csv"), "BilledCost"));

		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			var sheet = wb.getSheet("Restatement");
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(firstCost.doubleValue());
			assertThat(evaluator.evaluate(sheet.getRow(1).getCell(3)).getNumberValue())
				.isCloseTo(secondCost.subtract(firstCost).doubleValue(), Assertions.within(0.005));
			assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("costs-2026-10.json");
			assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("removed");
		}
		try (var pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Restated: this month was reported before")
				.contains("1 file(s) added, 1 removed, 1 changed");
		}

		JsonNode third = run(input);
		JsonNode again = third.get("restatement");
		assertThat(again.get("sameExports").asBoolean()).isTrue();
		assertThat(again.get("costChange").decimalValue()).isEqualByComparingTo("0");
		assertThat(again.get("previousCost").decimalValue()).isEqualByComparingTo(secondCost);
		// the second run's restatement is kept in the month's history
		assertThat(again.get("earlier").size()).isEqualTo(1);
		JsonNode kept = again.get("earlier").get(0);
		assertThat(kept.get("costChange").decimalValue()).isEqualByComparingTo(secondCost.subtract(firstCost));
		assertThat(kept.get("filesAdded").asInt()).isEqualTo(1);
		assertThat(kept.get("filesRemoved").asInt()).isEqualTo(1);
		assertThat(kept.get("filesChanged").asInt()).isEqualTo(1);
	}

	private static void copy(String sample, Path input) throws IOException {
		Files.copy(SAMPLES.resolve(sample), input.resolve(Path.of(sample).getFileName()));
	}

	private JsonNode run(Path input) throws IOException {
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		return SummaryJson.read(work.resolve("out/tco-2026-10.json"));
	}

}
