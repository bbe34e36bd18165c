package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.DecisionAssertions;
import com.inferencetco.report.WorkbookDecisions;

/**
 * Dedicated alternatives are sized on the busiest hour, never on a day's average (issue
 * 28). Every case is the same month of API tokens at 0.90 per million: 2,150,400,000
 * tokens a day, 66,662,400,000 in October, 59,996.16 a month; rent 2.50 per H100-hour in
 * 8-GPU instances, 2,000 tokens/s per GPU, 60 % target, a 70B model on replicas of 2 H100
 * (2,400 tokens/s a replica at the target), engineering 8,862.50 a month, and a quarter
 * of an administrator per owned server (so that buying never pays back and rents are
 * compared, as in DecisionsFunctionalTests). Spread evenly over the day it would need
 * 2,150,400,000 / 86,400 = 24,889 tokens/s: 11 replicas, 24 GPUs, 44,640 + 8,862.50 =
 * 53,502.50, a switch saving 6,493.66 (DecisionsFunctionalTests).
 */
class PeakSizingFunctionalTests {

	private static final String ASSUMPTIONS = """
			dedicatedGpuHourlyRate: 2.50
			dedicatedTokensPerSecond: 2000
			targetUtilization: 0.60
			dedicatedGpusPerInstance: 8
			serverlessPricePerMillion: 0.90
			engineeringLoadingFactor: 1.418
			onPremOpsFtePerServer: 0.25
			""";

	@TempDir
	Path work;

	@Test
	void tokensArrivingInEightBusinessHoursAreSizedOnTheirBusiestHour() throws IOException {
		// each day's tokens in the 8 hours from 09:00: 268,800,000 an hour
		FocusMonth bill = new FocusMonth();
		for (int day = 1; day <= 31; day++) {
			for (int hour = 9; hour < 17; hour++) {
				bill.tokensInHour("chat", day, hour, 268_800_000L, "0.90", "llama-3.3-70b");
			}
		}
		JsonNode decision = run(bill).get("decision");
		// 268,800,000 / 3,600 = 74,666.7 tokens/s; / 2,400 = 31.1: 32 replicas, 64 GPUs,
		// 8 instances: 64 x 2.50 x 744 = 119,040 + 8,862.50 = 127,902.50, more than the
		// API's 59,996.16. At full load it would still need 74,666.7 / 4,000 = 18.7: 19
		// replicas, 38 GPUs; the 24 of the day's average would leave 36 % of the peak
		// unserved.
		assertThat(decision.get("action").asString()).isEqualTo("stay-serverless");
		assertThat(decision.get("sizedOn").asString())
			.isEqualTo("busiest hour 2026-10-01 09:00 UTC (268,800,000 tokens): 74,667 tokens/s");
		JsonNode dedicated = alternative(decision, "switch-to-dedicated");
		assertThat(dedicated.get("gpus").asInt()).isEqualTo(64);
		assertThat(dedicated.get("instances").asInt()).isEqualTo(8);
		assertThat(dedicated.get("monthlyCost").decimalValue()).isEqualByComparingTo("127902.50");
		assertThat(decision.get("monthlySaving").decimalValue()).isEqualByComparingTo("0");
		try (var wb = workbook()) {
			Row row = chatRow(wb);
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(WorkbookDecisions.cell(wb.getSheet("Workloads"), row, "Busiest-hour tokens"))
				.getNumberValue()).isEqualTo(268_800_000d);
			assertThat(number(wb, row, "Peak tokens/s (sized on)")).isCloseTo(74_666.667, within(0.001));
			assertThat(number(wb, row, "Rented GPUs of the alternative")).isEqualTo(64d);
		}
		try (var pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("sized on its busiest hour 2026-10-01 09:00 UTC (268,800,000 tokens): 74,667 tokens/s");
		}
	}

	@Test
	void aLineCoveringTheMonthIsSpreadOverItsDaysNotSizedAsOneDay() throws IOException {
		// 1,500,000,000 tokens on one line from 10-01 to 11-01: 1,350.00
		FocusMonth bill = new FocusMonth().tokensForDays("chat", 1, 31, 1_500_000_000L, "0.90", "llama-3.3-70b");
		JsonNode decision = run(bill).get("decision");
		// 1,500,000,000 / 31 = 48,387,097 a day; x 3 (peakToAverage) / 86,400 = 1,680.1
		// tokens/s: 1 replica of 2 GPUs, one 2-GPU offer: 2 x 2.50 x 744 = 3,720 +
		// 8,862.50 = 12,582.50. Taken as one day it was 1,500,000,000 / 86,400 = 17,361
		// tokens/s: 16 GPUs, 29,760 of rent.
		assertThat(decision.get("action").asString()).isEqualTo("stay-serverless");
		assertThat(decision.get("currentMonthlyCost").decimalValue()).isEqualByComparingTo("1350.00");
		assertThat(decision.get("sizedOn").asString())
			.isEqualTo("busiest day 2026-10-01 (48,387,097 tokens, lines covering several days spread over them) "
					+ "at 3 times the day's average (peakToAverage): 1,680 tokens/s");
		JsonNode dedicated = alternative(decision, "switch-to-dedicated");
		assertThat(dedicated.get("gpus").asInt()).isEqualTo(2);
		assertThat(dedicated.get("monthlyCost").decimalValue()).isEqualByComparingTo("12582.50");
	}

	@Test
	void dailyTokensTakeThePeakToAverageFactorWhichTheWorkbookKeepsLive() throws IOException {
		FocusMonth bill = new FocusMonth();
		for (int day = 1; day <= 31; day++) {
			bill.tokens("chat", day, 2_150_400_000L, "0.90", "llama-3.3-70b");
		}
		JsonNode decision = run(bill).get("decision");
		// 2,150,400,000 x 3 / 86,400 = 74,666.7 tokens/s: the 64 GPUs of the hourly case
		assertThat(decision.get("action").asString()).isEqualTo("stay-serverless");
		assertThat(decision.get("sizedOn").asString()).isEqualTo("busiest day 2026-10-01 (2,150,400,000 tokens) at 3 "
				+ "times the day's average (peakToAverage): 74,667 tokens/s");
		assertThat(alternative(decision, "switch-to-dedicated").get("monthlyCost").decimalValue())
			.isEqualByComparingTo("127902.50");
		// a reader who knows the day is flat sets Peak_ToAverage to 1: the workbook then
		// switches, 24 GPUs saving 6,493.66, as the engine does for peakToAverage 1
		try (var wb = workbook()) {
			var name = wb.getName("Peak_ToAverage");
			var ref = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
			wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(1);
			Row row = chatRow(wb);
			assertThat(number(wb, row, "Rented GPUs of the alternative")).isEqualTo(24d);
			assertThat(number(wb, row, "Monthly saving")).isCloseTo(6493.66, within(0.005));
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(WorkbookDecisions.cell(wb.getSheet("Workloads"), row, "Action"))
				.getStringValue()).isEqualTo("switch-to-dedicated");
		}
	}

	private JsonNode run(FocusMonth bill) throws IOException {
		JsonNode chat = DecidedMonth.workload(DecidedMonth.run(work, "focus-2026-10.csv", bill.toString(), ASSUMPTIONS),
				"chat");
		DecisionAssertions.neverLosesMoney(chat.get("decision"));
		return chat;
	}

	private XSSFWorkbook workbook() throws IOException {
		return new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")));
	}

	private static Row chatRow(XSSFWorkbook wb) {
		for (Row row : wb.getSheet("Workloads")) {
			if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("chat")) {
				return row;
			}
		}
		throw new AssertionError("no chat row on Workloads");
	}

	/** A cell of the row, every formula of the workbook evaluated afresh. */
	private static double number(XSSFWorkbook wb, Row row, String header) {
		var evaluator = wb.getCreationHelper().createFormulaEvaluator();
		evaluator.clearAllCachedResultValues();
		return evaluator.evaluate(WorkbookDecisions.cell(wb.getSheet("Workloads"), row, header)).getNumberValue();
	}

	private static JsonNode alternative(JsonNode decision, String action) {
		for (JsonNode a : decision.get("alternatives")) {
			if (a.get("action").asString().equals(action)) {
				return a;
			}
		}
		throw new AssertionError("no alternative " + action + " in " + decision);
	}

}
