package com.inferencetco.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.DecisionAssertions;
import com.inferencetco.IndependentSums;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;
import com.inferencetco.report.WorkbookDecisions;

/**
 * The month-end job run as a user runs it, on the sample month: reports written, totals
 * equal to sums taken straight from the files, and restarts that resume (reruns:
 * {@link RerunsOfTheMonthFunctionalTests}).
 */
class MonthEndJobFunctionalTests {

	static final Path SAMPLES = Path.of("input-samples/2026-10");

	@TempDir
	static Path work;

	static CliRun firstRun;

	static JsonNode summary;

	@BeforeAll
	static void runTheSampleMonth() throws IOException {
		firstRun = run(SAMPLES, work.resolve("reports"), work.resolve("data"));
		summary = SummaryJson.read(work.resolve("reports/tco-2026-10.json"));
	}

	@Test
	void sampleMonthWritesTheThreeReports() {
		assertThat(firstRun.exitCode()).as(firstRun.toString()).isZero();
		for (String name : new String[] { "tco-2026-10.json", "tco-2026-10.xlsx", "tco-2026-10.pdf" }) {
			assertThat(work.resolve("reports").resolve(name)).isNotEmptyFile();
		}
		assertThat(work.resolve("reports/tco-2026-10-rejects.csv")).doesNotExist();
		assertThat(firstRun.stdout()).contains("Inference TCO 2026-10").contains("reconciliation balanced");
		assertThat(firstRun.stderr()).contains("ingest").contains("rows/s");
	}

	@Test
	void invoicedTotalsEqualTheSumsOfTheFiles() throws IOException {
		// given each invoiced file's cost summed straight from the file, as its format
		// defines invoiced cost
		Map<String, BigDecimal> expected = new LinkedHashMap<>();
		expected.put("aws/cur-2026-10.csv.gz",
				IndependentSums.csvColumn(SAMPLES.resolve("aws/cur-2026-10.csv.gz"), "lineItem/UnblendedCost"));
		expected.put("aws-data-exports/cur2-2026-10.zip/cur2/data/BILLING_PERIOD=2026-10/cur2-2026-10-00001.csv.gz",
				IndependentSums.zippedCsvColumns(SAMPLES.resolve("aws-data-exports/cur2-2026-10.zip"),
						"line_item_net_unblended_cost", "line_item_unblended_cost"));
		expected.put("azure/ea-cost-details-2026-10.csv", IndependentSums
			.csvColumn(SAMPLES.resolve("azure/ea-cost-details-2026-10.csv"), "CostInBillingCurrency"));
		expected.put("focus/nordic-gpu-cloud-focus-1.2-2026-10.csv", IndependentSums
			.csvColumn(SAMPLES.resolve("focus/nordic-gpu-cloud-focus-1.2-2026-10.csv"), "BilledCost"));
		expected.put("oci/focus-report-2026-10.csv",
				IndependentSums.csvColumn(SAMPLES.resolve("oci/focus-report-2026-10.csv"), "BilledCost"));
		expected.put("oci/cost-report-2026-10.csv",
				IndependentSums.csvColumn(SAMPLES.resolve("oci/cost-report-2026-10.csv"), "cost/myCost"));
		expected.put("openai/costs-2026-10.json",
				IndependentSums.openAiCosts(SAMPLES.resolve("openai/costs-2026-10.json")));
		// Anthropic amounts are cents
		expected.put("anthropic/cost-report-2026-10.csv",
				IndependentSums.csvColumn(SAMPLES.resolve("anthropic/cost-report-2026-10.csv"), "amount")
					.movePointLeft(2));
		// Google: cost plus its credits (a JSON array per row)
		BigDecimal gcp = BigDecimal.ZERO;
		for (CSVRecord row : IndependentSums.csvRecords(SAMPLES.resolve("gcp/billing-export-2026-10.csv"), 0)) {
			gcp = gcp.add(new BigDecimal(row.get("cost")));
			for (JsonNode credit : JsonMapper.builder().build().readTree(row.get("credits"))) {
				gcp = gcp.add(new BigDecimal(credit.get("amount").asString()));
			}
		}
		expected.put("gcp/billing-export-2026-10.csv", gcp);
		// the console cost table: five preamble lines, unrounded cost
		BigDecimal table = BigDecimal.ZERO;
		for (CSVRecord row : IndependentSums.csvRecords(SAMPLES.resolve("gcp/console-cost-table-sandbox-2026-10.csv"),
				5)) {
			table = table.add(new BigDecimal(row.get("Unrounded Cost ($)")));
		}
		expected.put("gcp/console-cost-table-sandbox-2026-10.csv", table);
		// the MCA actual export is in EUR; converted at the ECB USD rate of its day (or
		// the last quote before)
		Map<LocalDate, BigDecimal> usdPerEur = new TreeMap<>();
		for (CSVRecord row : IndependentSums.csvRecords(SAMPLES.resolve("rates/eurofxref-hist-2026-10.csv"), 0)) {
			usdPerEur.put(LocalDate.parse(row.get("Date")), new BigDecimal(row.get("USD")));
		}
		BigDecimal mcaEur = BigDecimal.ZERO;
		BigDecimal mcaUsd = BigDecimal.ZERO;
		for (CSVRecord row : IndependentSums.csvRecords(SAMPLES.resolve("azure/mca-actualcost-2026-10.csv"), 0)) {
			BigDecimal eur = new BigDecimal(row.get("costInBillingCurrency"));
			LocalDate day = LocalDate.parse(row.get("date"), DateTimeFormatter.ofPattern("MM/dd/yyyy"));
			mcaEur = mcaEur.add(eur);
			mcaUsd = mcaUsd.add(eur.multiply(((TreeMap<LocalDate, BigDecimal>) usdPerEur).floorEntry(day).getValue()));
		}

		// then every file states its own sum, and the total is their sum in USD, the MCA
		// file converted
		for (Map.Entry<String, BigDecimal> file : expected.entrySet()) {
			assertThat(input(file.getKey()).get("sourceCost").decimalValue()).as(file.getKey())
				.isEqualByComparingTo(file.getValue());
			assertThat(input(file.getKey()).get("sourceCurrency").asString()).isEqualTo("USD");
		}
		assertThat(input("azure/mca-actualcost-2026-10.csv").get("sourceCost").decimalValue())
			.isEqualByComparingTo(mcaEur);
		assertThat(input("azure/mca-actualcost-2026-10.csv").get("sourceCurrency").asString()).isEqualTo("EUR");
		// the amortized view of the same MCA account adds nothing: its actual export is
		// the invoice
		assertThat(input("azure/mca-amortizedcost-2026-10.csv").get("format").asString())
			.isEqualTo("azure-mca-amortized");
		assertThat(input("azure/mca-amortizedcost-2026-10.csv").get("sourceCost").isNull()).isTrue();
		for (String usage : new String[] { "openai/usage-completions-2026-10.json",
				"anthropic/usage-report-2026-10.json", "aws/bedrock-invocation-logs-2026-10.jsonl.gz",
				"telemetry/vm-codeassist-01.nvidia-smi.csv", "telemetry/dcgm-gpu-util-2026-10.json",
				"rates/eurofxref-hist-2026-10.csv" }) {
			assertThat(input(usage).get("sourceCost").isNull()).as(usage).isTrue();
		}
		BigDecimal total = expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).add(mcaUsd);
		assertThat(summary.get("currency").asString()).isEqualTo("USD");
		assertThat(summary.get("totals").get("cost").decimalValue().subtract(total).abs())
			.isLessThan(new BigDecimal("1e-12"));
		BigDecimal categories = BigDecimal.ZERO;
		for (String invoiced : new String[] { "api-tokens", "gpu-compute", "egress", "storage", "other-cloud", "tax",
				"credits" }) {
			categories = categories.add(summary.get("totals").get("byCategory").get(invoiced).decimalValue());
		}
		assertThat(categories).isEqualByComparingTo(summary.get("totals").get("cost").decimalValue());
		// credits: the AWS credit -2,500, Google's sustained-use credits 31 x -9.43, the
		// cost table's free trial -5.50
		assertThat(summary.get("totals").get("byCategory").get("credits").decimalValue())
			.isEqualByComparingTo(new BigDecimal("-2500").add(new BigDecimal("-9.43").multiply(BigDecimal.valueOf(31)))
				.add(new BigDecimal("-5.50")));
		assertThat(summary.get("reconciliation").get("balanced").asBoolean()).isTrue();
		assertThat(summary.get("inputs")).hasSize(20);
	}

	@Test
	void rowCountsMatchTheFiles() throws IOException {
		assertThat(input("aws/cur-2026-10.csv.gz").get("rowsRead").asLong())
			.isEqualTo(IndependentSums.csvRows(SAMPLES.resolve("aws/cur-2026-10.csv.gz")));
		assertThat(input("azure/ea-cost-details-2026-10.csv").get("rowsRead").asLong())
			.isEqualTo(IndependentSums.csvRows(SAMPLES.resolve("azure/ea-cost-details-2026-10.csv")));
		// one result per day and bucket for usage; three line items per day for costs
		assertThat(input("openai/usage-completions-2026-10.json").get("rowsRead").asLong()).isEqualTo(31);
		assertThat(input("openai/costs-2026-10.json").get("rowsRead").asLong()).isEqualTo(93);
		// five invocations a day; 744 hourly nvidia-smi samples; 8 GPUs x 240 hourly DCGM
		// samples
		assertThat(input("aws/bedrock-invocation-logs-2026-10.jsonl.gz").get("rowsRead").asLong()).isEqualTo(155);
		assertThat(input("telemetry/vm-codeassist-01.nvidia-smi.csv").get("rowsRead").asLong()).isEqualTo(744);
		assertThat(input("telemetry/dcgm-gpu-util-2026-10.json").get("rowsRead").asLong()).isEqualTo(1920);
		assertThat(input("gcp/console-cost-table-sandbox-2026-10.csv").get("rowsRead").asLong()).isEqualTo(4);
		for (JsonNode file : summary.get("inputs")) {
			assertThat(file.get("rowsRead").asLong()).as(file.get("file").asString())
				.isEqualTo(file.get("rowsNormalized").asLong() + file.get("rowsRejected").asLong());
		}
	}

	@Test
	void gpuHoursEgressAndTokensAreCountedOnce() {
		// H100: p5.48xlarge 10 days x 24 h x 8 GPUs = 1,920; Azure NC40ads H100 v5 31 x
		// 24 = 744; Nordic GPU Cloud
		// H100-1-80G 31 x 24 = 744; Google "Nvidia H100 80GB GPU" 31 x 86,400 s / 3,600 =
		// 744
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).isEqualByComparingTo("4152");
		// A10G: g5.2xlarge 744 + SageMaker ml.g5.2xlarge 744; A100-80GB: the MCA NC24ads
		// A100
		// v4 744, actual export only
		assertThat(summary.get("gpuHours").get("A10G").decimalValue()).isEqualByComparingTo("1488");
		assertThat(summary.get("gpuHours").get("A100-80GB").decimalValue()).isEqualByComparingTo("744");
		// A10: OCI "GPU Standard - A10", 48 GPU-hours a day
		assertThat(summary.get("gpuHours").get("A10").decimalValue()).isEqualByComparingTo("1488");
		// AWS 31 x 58.0645 + CUR 2.0 31 x 12 + Azure EA 31 x 21.5 + MCA 31 x 5 + Google
		// 31 x 30e9 bytes (30 GB)
		// + OCI 31 x 15 + OCI FOCUS 31 x 8
		assertThat(summary.get("egressGb").decimalValue())
			.isEqualByComparingTo(new BigDecimal("58.0645").add(BigDecimal.valueOf(12 + 5 + 30 + 15 + 8))
				.multiply(BigDecimal.valueOf(31))
				.add(new BigDecimal("666.5")));
		// input = Bedrock logs 31 x (1,250K + 420K cache read) (they replace the CUR's
		// identical Bedrock quantities)
		// + CUR 2.0 Bedrock 31 x 800K + Azure 31 x (60M + 20M cached) + Nordic 31 x 4.2M
		// + OpenAI usage 102.3M
		// + Anthropic 31 x (2M + 100K + 20K + 1.5M) + Google export 31 x 5M + cost table
		// 1.2B
		// + vLLM prompt counter increases 239 x 9M (a restart at hour 120 counts from
		// zero)
		long input = 31L * (1_250_000 + 420_000) + 31L * 800_000 + 31L * 80_000_000 + 31L * 4_200_000 + 102_300_000L
				+ 31L * 3_620_000 + 31L * 5_000_000 + 1_200_000_000L + 239L * 9_000_000;
		assertThat(summary.get("tokens").get("input").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(input));
		// output = 31 x (310K + 150K + 12M + 900K + 400K + 700K) + OpenAI 31 x 600K + 5K
		// x (0 + ... + 30)
		// + cost table 300M + vLLM generation 240 x 2.4M
		long output = 31L * (310_000 + 150_000 + 12_000_000 + 900_000 + 400_000 + 700_000) + 31L * 600_000
				+ 5_000L * 465 + 300_000_000L + 240L * 2_400_000;
		assertThat(summary.get("tokens").get("output").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(output));
		// cache reads: Bedrock 31 x 420K + Azure 31 x 20M + OpenAI 31 x 800K + Anthropic
		// 31 x 1.5M
		assertThat(summary.get("tokens").get("cachedInput").decimalValue())
			.isEqualByComparingTo(BigDecimal.valueOf(31L * (420_000 + 20_000_000 + 800_000 + 1_500_000)));
	}

	@Test
	void workloadsComeFromTagsThenProjectsAndTelemetryMeasuresUtilization() {
		var names = new ArrayList<String>();
		summary.get("workloads").forEach(w -> names.add(w.get("name").asString()));
		assertThat(names).contains("doc-summarizer", "embeddings", "code-assist", "support-chat", "sales-copilot",
				"batch-translation", "proj_research_agent", "contract-review", "model-eval", "search-rerank",
				"speech-to-text", "wrkspc_legal", "mkt-sandbox");
		JsonNode support = workload("support-chat");
		assertThat(support.get("deployment").asString()).isEqualTo("serverless");
		assertThat(support.get("costPerMillionTokens").decimalValue()).isPositive();
		// gpt-4o-mini has no open weights and the sample names no substitute: no
		// self-hosted break-even; sales-copilot calls llama-3.3-70b, which has one
		assertThat(support.get("breakEvenUtilization").isNull()).isTrue();
		assertThat(support.get("decision").get("alternatives")).isEmpty();
		assertThat(workload("sales-copilot").get("breakEvenUtilization").decimalValue()).isPositive();
		assertThat(workload("code-assist").get("deployment").asString()).isEqualTo("dedicated");
		assertThat(workload("code-assist").get("gpuHours").decimalValue()).isEqualByComparingTo("744");
		// telemetry is busy time, reported as gpuBusy and never as utilization:
		// nvidia-smi: 72 % from 08:00 to 20:00 Berlin time, 18 % otherwise: 12 h x 72 +
		// 12 h x 18 = 45 % a day
		assertThat(workload("code-assist").get("gpuBusy").decimalValue()).isEqualByComparingTo("0.45");
		assertThat(workload("code-assist").get("utilization").isNull()).isTrue();
		// DCGM: 16 h at 85 % and 8 h at 40 % each day = (16 x 85 + 8 x 40) / 24 = 70 %
		assertThat(workload("doc-summarizer").get("gpuBusy").decimalValue()).isEqualByComparingTo("0.7");
		// utilization is served tokens over capacity: vLLM served 2,727,000,000 tokens on
		// 1,920 GPU-hours at the
		// sample's 2,000 tokens/s per GPU: 2.727e9 / (2,000 x 3,600 x 1,920) =
		// 0.197265625
		assertThat(workload("doc-summarizer").get("utilization").decimalValue()).isEqualByComparingTo("0.197265625");
		// vLLM tokens served on the p5: 239 x 9M prompt + 240 x 2.4M generation
		assertThat(workload("doc-summarizer").get("tokens").decimalValue())
			.isEqualByComparingTo(BigDecimal.valueOf(239L * 9_000_000 + 240L * 2_400_000));
		// the MCA amortized view does not add to the workload's cost: 31 x 24 h x 3.37
		// EUR + 31 x 5 GB x 0.08 EUR
		assertThat(workload("model-eval").get("gpuHours").decimalValue()).isEqualByComparingTo("744");
	}

	@Test
	void aDedicatedWorkloadDecidesOnServedTokensNotOnBusyTime() {
		// doc-summarizer: 1,920 H100-hours at 12.29 = 23,596.80 of rent, 70 % busy but
		// 19.7 % of its capacity used.
		// Its share of the engineering overhead: 150,000 / 0.705 x 0.5 / 12 = 8,865.2482
		// over 7,872 dedicated
		// GPU-hours, 1,920 of them its own: 2,162.2557 (it stays when this workload
		// leaves: others self-host).
		// Serverless: 2,727,000,000 served tokens at the sample's 0.90 per million =
		// 2,454.30.
		// Saving: (23,596.80 + 2,162.2557) - (2,454.30 + 2,162.2557) = 21,142.50
		JsonNode decision = workload("doc-summarizer").get("decision");
		double share = 150000 / 0.705 * 0.5 / 12 * 1920 / 7872;
		assertThat(decision.get("action").asString()).isEqualTo("move-to-serverless");
		assertThat(decision.get("currentMonthlyCost").asDouble()).isCloseTo(23596.80 + share, within(1e-6));
		assertThat(decision.get("alternativeMonthlyCost").asDouble()).isCloseTo(2454.30 + share, within(1e-6));
		assertThat(decision.get("monthlySaving").decimalValue()).isEqualByComparingTo("21142.50");
		assertThat(workload("doc-summarizer").get("recommendation").asString()).contains("utilization 19.7 %");
		// at 12.29 an hour against 0.90 per million the break-even lies beyond 100 %:
		// 12.29e6 / (0.9 x 2,000 x 3,600)
		assertThat(workload("doc-summarizer").get("breakEvenUtilization").asDouble())
			.isCloseTo(12.29e6 / (0.9 * 2000 * 3600), within(1e-12));
		assertThat(decision.get("dedicatedCanWin").asBoolean()).isFalse();
		DecisionAssertions.everyDecisionNeverLosesMoney(summary);
	}

	@Test
	void theWorkbooksFormulasReachEveryDecisionOfTheEngine() throws IOException {
		try (var wb = new XSSFWorkbook(Files.newInputStream(work.resolve("reports/tco-2026-10.xlsx")))) {
			var sheet = wb.getSheet("Workloads");
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			int rows = 0;
			for (var row : sheet) {
				if (row.getRowNum() > 0) {
					WorkbookDecisions.assertRowStatesTheDecision(sheet, row, evaluator,
							workload(row.getCell(0).getStringCellValue()));
					rows++;
				}
			}
			assertThat(rows).isEqualTo(summary.get("workloads").size());
		}
	}

	@Test
	void theDetailSheetAddsUpToTheInvoiceInTheReportCurrency() throws IOException {
		try (var wb = new XSSFWorkbook(Files.newInputStream(work.resolve("reports/tco-2026-10.xlsx")))) {
			var sheet = wb.getSheet("Detail");
			var header = sheet.getRow(0);
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Resource");
			assertThat(header.getCell(17).getStringCellValue()).isEqualTo("Cost (USD)");
			double invoiced = 0;
			double previous = Double.MAX_VALUE;
			boolean euroLine = false;
			for (var row : sheet) {
				if (row.getRowNum() == 0 || row.getCell(18) == null) {
					continue;
				}
				if (row.getCell(18).getStringCellValue().equals("yes")) {
					invoiced += row.getCell(17).getNumericCellValue();
				}
				if (row.getCell(17) != null && row.getCell(17).getCellType() == CellType.NUMERIC) {
					// the month per workload, service and resource, the largest in the
					// report currency first (lines
					// without an amount in it, such as token counts, last)
					assertThat(row.getCell(17).getNumericCellValue()).isLessThanOrEqualTo(previous);
					previous = row.getCell(17).getNumericCellValue();
				}
				if (row.getCell(16).getStringCellValue().equals("EUR") && row.getCell(15).getNumericCellValue() != 0) {
					// an EUR line: its USD amount is its EUR amount at the rates of its
					// days, not one for one
					assertThat(row.getCell(17).getNumericCellValue() / row.getCell(15).getNumericCellValue())
						.isBetween(0.9, 1.4)
						.isNotEqualTo(1.0);
					euroLine = true;
				}
			}
			// the bill lines in USD add up to the invoiced total; usage, telemetry and
			// amortized lines say "no"
			assertThat(invoiced).isCloseTo(summary.get("totals").get("cost").asDouble(), within(0.01));
			assertThat(euroLine).isTrue();
		}
	}

	@Test
	void theDetailCsvCarriesTheReportCurrencyAmountAndWhatCountsTowardTheInvoice() throws IOException {
		Path out = work.resolve("csv");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", SAMPLES.toString(), "--output", out.toString(),
				"--data", work.resolve("csv-data").toString(), "--detail-csv");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		BigDecimal invoiced = BigDecimal.ZERO;
		try (var reader = Files.newBufferedReader(out.resolve("tco-2026-10-detail.csv"));
				var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			for (var record : records) {
				assertThat(record.get("report_currency")).isEqualTo("USD");
				if (record.get("counts_toward_invoice").equals("true")) {
					invoiced = invoiced.add(new BigDecimal(record.get("report_cost")));
				}
			}
		}
		assertThat(invoiced.doubleValue()).isCloseTo(summary.get("totals").get("cost").asDouble(), within(0.01));
	}

	@Test
	void aRunThatFailedWritingReportsResumesThereWithoutReadingTheFilesAgain() throws Exception {
		Path reports = work.resolve("resume/reports");
		Path data = work.resolve("resume/data");
		// given a folder in the way of the JSON report, so the report step fails after
		// ingest has committed
		Files.createDirectories(reports.resolve("tco-2026-10.json/blocker"));
		CliRun failed = run(SAMPLES, reports, data);
		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
		assertThat(failed.stdout()).contains("FAILED");
		// when the obstacle is gone and the same command runs again
		deleteTree(reports.resolve("tco-2026-10.json"));
		CliRun resumed = run(SAMPLES, reports, data);
		// then the run resumes at the report step: ingest ran once, the reports equal an
		// uninterrupted run's
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.stdout()).contains("(resumed)");
		assertThat(Files.readString(reports.resolve("tco-2026-10.json")))
			.isEqualTo(Files.readString(work.resolve("reports/tco-2026-10.json")));
		try (Connection db = h2(data)) {
			assertThat(count(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'ingestExportsStep'"))
				.isEqualTo(1);
			assertThat(count(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'writeReportsStep'"))
				.isEqualTo(2);
			assertThat(count(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
		}
	}

	private static JsonNode input(String file) {
		for (JsonNode input : summary.get("inputs")) {
			if (input.get("file").asString().equals(file)) {
				return input;
			}
		}
		throw new AssertionError("no input " + file + " in " + summary.get("inputs"));
	}

	private static JsonNode workload(String name) {
		for (JsonNode w : summary.get("workloads")) {
			if (w.get("name").asString().equals(name)) {
				return w;
			}
		}
		throw new AssertionError("no workload " + name);
	}

	static CliRun run(Path input, Path reports, Path data) {
		return CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output", reports.toString(),
				"--data", data.toString());
	}

	static Connection h2(Path data) throws SQLException {
		return DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("tco"), "sa", "");
	}

	static long count(Connection db, String sql) throws SQLException {
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static void deleteTree(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
