package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;
import com.inferencetco.report.WorkbookDecisions;

/**
 * A decision lists the built-in defaults that change it within a factor of two (issue
 * 27). The chat workload pays 0.90 per million for 2,150,400,000 tokens a day: 59,996.16
 * a month. Its busiest day is 24,889 tokens/s; replicas of 2 GPUs at 2,000 tokens/s and
 * 60 % serve 2,400: 11 replicas, 22 GPUs, 3 instances of 8. At the default rent of 2.50:
 * 24 x 2.50 x 744 = 44,640.00, plus the default engineering 1 FTE x 150,000 x 1.41844 x
 * 0.5 / 12 = 8,865.25: 53,505.25, so it switches and saves 6,490.91. The file sets the
 * throughput, the target, a day whose tokens arrive evenly over its hours (peakToAverage
 * 1) and a server price that never pays back, so the defaults left to decide are the rent
 * and the engineering figures:
 * <ul>
 * <li>rent 2.50 x 1.25 = 3.125: 55,800.00 + 8,865.25 = 64,665.25, more than the API;</li>
 * <li>engineering x 1.5 = 13,297.87: 57,937.87, still 2,058.29 cheaper; x 1.75 =
 * 15,514.18: 60,154.18, more than the API. So each of FTE, salary, loading and share
 * flips it at 1.75 times its default.</li>
 * </ul>
 */
class DecidingDefaultsFunctionalTests {

	@TempDir
	Path work;

	@Test
	void theDefaultsThatWouldFlipTheActionAreListedWithWhereTheyFlipIt() throws IOException {
		FocusMonth bill = new FocusMonth();
		for (int day = 1; day <= 31; day++) {
			bill.tokens("chat", day, 2_150_400_000L, "0.90", "llama-3.3-70b");
		}
		Path input = work.resolve("in");
		bill.write(input.resolve("focus-2026-10.csv"));
		Files.writeString(input.resolve("assumptions.yaml"),
				"dedicatedTokensPerSecond: 2000\ntargetUtilization: 0.60\npeakToAverage: 1\nonPremServerCapex: 2000000\n");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode chat = DecidedMonth.workload(SummaryJson.read(work.resolve("out/tco-2026-10.json")), "chat");
		JsonNode decision = chat.get("decision");
		assertThat(decision.get("action").asString()).isEqualTo("switch-to-dedicated");
		assertThat(decision.get("monthlySaving").decimalValue().doubleValue()).isCloseTo(6490.91,
				org.assertj.core.api.Assertions.within(0.01));
		List<String> deciding = new ArrayList<>();
		for (JsonNode d : decision.get("decidingDefaultDetails")) {
			deciding.add(d.get("parameter").asString() + " "
					+ d.get("value").decimalValue().stripTrailingZeros().toPlainString() + " -> "
					+ d.get("flipsTo").asString() + " at "
					+ d.get("flipsAt").decimalValue().stripTrailingZeros().toPlainString());
			assertThat(d.get("source").asString()).isNotBlank();
		}
		assertThat(deciding).containsExactly("dedicatedGpuHourlyRate 2.5 -> stay-serverless at 3.125",
				"engineeringFte 1 -> stay-serverless at 1.75", "engineeringSalary 150000 -> stay-serverless at 262500",
				"engineeringLoadingFactor 1.4184397163120567376 -> stay-serverless at 2.482",
				"engineeringInferenceShare 0.5 -> stay-serverless at 0.875");
		// the contract's list: the keys alone, in the same order
		List<String> keys = new ArrayList<>();
		decision.get("decidingDefaults").forEach(k -> keys.add(k.asString()));
		assertThat(keys).containsExactly("dedicatedGpuHourlyRate", "engineeringFte", "engineeringSalary",
				"engineeringLoadingFactor", "engineeringInferenceShare");
		// the workbook and the PDF say the same
		try (var wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			var sheet = wb.getSheet("Workloads");
			String cell = WorkbookDecisions
				.cell(sheet, sheet.getRow(1), "Deciding defaults (change the action within " + "a factor of two)")
				.getStringCellValue();
			assertThat(cell).startsWith("dedicatedGpuHourlyRate 2.5: stay-serverless at 3.125; engineeringFte 1:");
		}
		try (var pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("dedicatedGpuHourlyRate 2.5: stay-serverless at 3.125");
		}
	}

}
