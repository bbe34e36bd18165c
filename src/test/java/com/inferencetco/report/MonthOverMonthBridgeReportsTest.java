package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * Two generated months on one data folder: October's reports bridge the change from
 * September per workload, the volume and rate effects adding up to each change and the
 * changes to the change of the workloads' own costs, the same in the JSON, the workbook
 * and the PDF.
 */
class MonthOverMonthBridgeReportsTest {

	@TempDir
	Path work;

	@Test
	void octoberBridgesTheChangeFromSeptember() throws IOException {
		JsonNode september = month("2026-09", "7", "2000");
		JsonNode october = month("2026-10", "8", "2600");
		assertThat(september.get("monthOverMonth").isNull()).as("no month before September here").isTrue();

		JsonNode mom = october.get("monthOverMonth");
		assertThat(mom.get("previousMonth").asString()).isEqualTo("2026-09");
		BigDecimal septemberCost = september.get("totals").get("cost").decimalValue();
		assertThat(mom.get("previousCost").decimalValue()).isEqualByComparingTo(septemberCost);
		assertThat(mom.get("costChange").decimalValue())
			.isEqualByComparingTo(october.get("totals").get("cost").decimalValue().subtract(septemberCost));
		// September costed again under the same (default) assumptions gives the TCO its
		// own report gave
		assertThat(mom.get("previousTco").decimalValue())
			.isEqualByComparingTo(september.get("totals").get("tco").decimalValue());
		// each driver's change is its own cost in October less September's, from each
		// month's own report
		Map<String, BigDecimal> before = ownCosts(september);
		Map<String, BigDecimal> after = ownCosts(october);
		BigDecimal changes = BigDecimal.ZERO;
		for (JsonNode d : mom.get("drivers")) {
			String workload = d.get("workload").asString();
			BigDecimal expected = after.getOrDefault(workload, BigDecimal.ZERO)
				.subtract(before.getOrDefault(workload, BigDecimal.ZERO));
			assertThat(d.get("change").decimalValue()).as(workload).isEqualByComparingTo(expected);
			assertThat(d.get("volumeEffect").decimalValue().add(d.get("rateEffect").decimalValue())).as(workload)
				.isEqualByComparingTo(d.get("change").decimalValue());
			changes = changes.add(d.get("change").decimalValue());
		}
		BigDecimal ownChange = after.values()
			.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.subtract(before.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		assertThat(changes).isEqualByComparingTo(ownChange);
		// 2,600 rows against 2,000 of the same generator: more GPU-hours, a volume effect
		// that is not zero
		assertThat(mom.get("drivers").findValues("volumeEffect").stream().anyMatch(v -> v.decimalValue().signum() != 0))
			.isTrue();

		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			var sheet = wb.getSheet("Month over month");
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			var check = sheet.getRow(5 + mom.get("drivers").size() + 1);
			assertThat(check.getCell(0).getStringCellValue()).isEqualTo("Volume and rate effects add up to the change");
			assertThat(evaluator.evaluate(check.getCell(9)).getBooleanValue()).isTrue();
		}
		try (var pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Month over month: what changed since 2026-09");
		}
	}

	@Test
	void threeMonthsGiveANextMonthForecastOnTheirTrend() throws IOException {
		JsonNode augustSummary = month("2026-08", "5", "1500");
		BigDecimal august = augustSummary.get("totals").get("cost").decimalValue();
		JsonNode september = month("2026-09", "6", "1800");
		assertThat(september.get("forecast").isNull()).as("two months make no trend").isTrue();
		JsonNode october = month("2026-10", "7", "2400");
		BigDecimal y2 = september.get("totals").get("cost").decimalValue();
		BigDecimal y3 = october.get("totals").get("cost").decimalValue();
		// the least-squares line through three points, one month on: (y1 + y2 + y3) / 3 +
		// (y3 - y1)
		BigDecimal expected = august.add(y2)
			.add(y3)
			.divide(new BigDecimal("3"), 10, RoundingMode.HALF_EVEN)
			.add(y3.subtract(august));
		JsonNode forecast = october.get("forecast");
		assertThat(forecast.get("method").asString()).isEqualTo("linear");
		assertThat(forecast.get("nextMonth").asString()).isEqualTo("2026-11");
		assertThat(forecast.get("nextMonthCost").decimalValue()).isCloseTo(expected,
				Assertions.within(new BigDecimal("1e-9")));
		assertThat(october.get("schemaVersion").asInt()).isEqualTo(2);

		// per workload, the same line through its own cost of each month as that month's
		// report gave it
		Map<String, BigDecimal> a = ownCosts(augustSummary);
		Map<String, BigDecimal> s = ownCosts(september);
		Map<String, BigDecimal> o = ownCosts(october);
		JsonNode workloads = forecast.get("workloads");
		assertThat(workloads.size()).as("workloads of all three months").isPositive();
		for (JsonNode w : workloads) {
			String name = w.get("workload").asString();
			assertThat(a).containsKey(name);
			BigDecimal own = a.get(name)
				.add(s.get(name))
				.add(o.get(name))
				.divide(new BigDecimal("3"), 10, RoundingMode.HALF_EVEN)
				.add(o.get(name).subtract(a.get(name)));
			assertThat(w.get("nextMonthCost").decimalValue()).as(name)
				.isCloseTo(own, Assertions.within(new BigDecimal("1e-9")));
			assertThat(w.get("months").asInt()).isEqualTo(3);
		}
		long everyMonth = o.keySet().stream().filter(k -> a.containsKey(k) && s.containsKey(k)).count();
		assertThat(workloads.size()).isEqualTo((int) everyMonth);
	}

	private JsonNode month(String month, String seed, String rows) throws IOException {
		Path input = work.resolve("in-" + month);
		assertThat(CliRun.of("generate", "--month", month, "--rows", rows, "--seed", seed, "--output", input.toString())
			.exitCode()).isZero();
		CliRun run = CliRun.of("run", "--month", month, "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		return SummaryJson.read(work.resolve("out/tco-" + month + ".json"));
	}

	private static Map<String, BigDecimal> ownCosts(JsonNode summary) {
		Map<String, BigDecimal> costs = new HashMap<>();
		for (JsonNode w : summary.get("workloads")) {
			costs.put(w.get("name").asString(),
					w.get("cost").decimalValue().add(w.get("estimatedCost").decimalValue()));
		}
		return costs;
	}

}
