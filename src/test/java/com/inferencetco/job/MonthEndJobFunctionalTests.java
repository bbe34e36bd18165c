package com.inferencetco.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.IndependentSums;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * The month-end job run as a user runs it, on the sample month: reports written, totals equal to sums taken
 * straight from the files, reruns that replace instead of adding, and restarts that resume.
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
		BigDecimal aws = IndependentSums.csvColumn(SAMPLES.resolve("aws/cur-2026-10.csv.gz"), "lineItem/UnblendedCost");
		BigDecimal azure = IndependentSums.csvColumn(SAMPLES.resolve("azure/ea-cost-details-2026-10.csv"),
				"CostInBillingCurrency");
		BigDecimal focus = IndependentSums.csvColumn(SAMPLES.resolve("focus/nordic-gpu-cloud-focus-1.2-2026-10.csv"),
				"BilledCost");
		BigDecimal openAi = IndependentSums.openAiCosts(SAMPLES.resolve("openai/costs-2026-10.json"));

		assertThat(input("aws/cur-2026-10.csv.gz").get("sourceCost").decimalValue()).isEqualByComparingTo(aws);
		assertThat(input("azure/ea-cost-details-2026-10.csv").get("sourceCost").decimalValue()).isEqualByComparingTo(azure);
		assertThat(input("focus/nordic-gpu-cloud-focus-1.2-2026-10.csv").get("sourceCost").decimalValue())
			.isEqualByComparingTo(focus);
		assertThat(input("openai/costs-2026-10.json").get("sourceCost").decimalValue()).isEqualByComparingTo(openAi);
		assertThat(input("openai/usage-completions-2026-10.json").get("sourceCost").isNull()).isTrue();

		BigDecimal expected = aws.add(azure).add(focus).add(openAi);
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo(expected);
		BigDecimal categories = BigDecimal.ZERO;
		for (String invoiced : new String[] { "api-tokens", "gpu-compute", "egress", "storage", "other-cloud", "tax",
				"credits" }) {
			categories = categories.add(summary.get("totals").get("byCategory").get(invoiced).decimalValue());
		}
		assertThat(categories).isEqualByComparingTo(expected);
		assertThat(summary.get("totals").get("byCategory").get("credits").decimalValue()).isEqualByComparingTo("-2500");
		assertThat(summary.get("reconciliation").get("balanced").asBoolean()).isTrue();
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
	}

	@Test
	void gpuHoursEgressAndTokensAreCountedOnce() {
		// H100: p5.48xlarge 10 days x 24 h x 8 GPUs = 1,920; Azure NC40ads H100 v5 31 x 24 x 1 = 744;
		// Nordic GPU Cloud H100-1-80G 31 x 24 x 1 = 744. A10G: g5.2xlarge 31 x 24 x 1 = 744.
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).isEqualByComparingTo("3408");
		assertThat(summary.get("gpuHours").get("A10G").decimalValue()).isEqualByComparingTo("744");
		// AWS 31 x 58.0645 GB + Azure 31 x 21.5 GB
		assertThat(summary.get("egressGb").decimalValue()).isEqualByComparingTo("2466.4995");
		// input = Bedrock 31 x (1,250K + 420K cache read) + Azure 31 x (60M + 20M cached) + Nordic 31 x 4.2M
		// + OpenAI usage sum of input_tokens (3,000,000 + 20,000 i over 31 days = 102,300,000); the OpenAI cost
		// lines also carry token quantities, which the usage export replaces.
		BigDecimal bedrock = BigDecimal.valueOf(31L * (1_250_000 + 420_000));
		BigDecimal azure = BigDecimal.valueOf(31L * (60_000_000 + 20_000_000));
		BigDecimal nordic = BigDecimal.valueOf(31L * 4_200_000);
		BigDecimal openAi = BigDecimal.valueOf(102_300_000);
		assertThat(summary.get("tokens").get("input").decimalValue())
			.isEqualByComparingTo(bedrock.add(azure).add(nordic).add(openAi));
		// output = 31 x (310K + 12M + 900K) + OpenAI 600,000 x 31 + 5,000 x (0 + ... + 30)
		assertThat(summary.get("tokens").get("output").decimalValue())
			.isEqualByComparingTo(BigDecimal.valueOf(31L * (310_000 + 12_000_000 + 900_000) + 31L * 600_000 + 5_000L * 465));
		assertThat(summary.get("tokens").get("cachedInput").decimalValue())
			.isEqualByComparingTo(BigDecimal.valueOf(31L * 420_000 + 31L * 20_000_000 + 31L * 800_000));
	}

	@Test
	void workloadsComeFromTagsThenProjects() {
		var names = new java.util.ArrayList<String>();
		summary.get("workloads").forEach(w -> names.add(w.get("name").asString()));
		assertThat(names).contains("doc-summarizer", "embeddings", "code-assist", "support-chat", "sales-copilot",
				"batch-translation", "proj_research_agent");
		JsonNode support = workload("support-chat");
		assertThat(support.get("deployment").asString()).isEqualTo("serverless");
		assertThat(support.get("costPerMillionTokens").decimalValue()).isPositive();
		assertThat(support.get("breakEvenUtilization").decimalValue()).isPositive();
		assertThat(workload("code-assist").get("deployment").asString()).isEqualTo("dedicated");
		assertThat(workload("code-assist").get("gpuHours").decimalValue()).isEqualByComparingTo("744");
	}

	@Test
	void rerunOfSameMonthDoesNotDoubleCount() throws Exception {
		Path reports = work.resolve("rerun/reports");
		Path data = work.resolve("rerun/data");
		CliRun first = run(SAMPLES, reports, data);
		String firstJson = Files.readString(reports.resolve("tco-2026-10.json"));
		CliRun second = run(SAMPLES, reports, data);
		assertThat(second.exitCode()).as(second.toString()).isZero();
		assertThat(first.exitCode()).isZero();
		assertThat(Files.readString(reports.resolve("tco-2026-10.json"))).isEqualTo(firstJson);
		try (Connection db = h2(data)) {
			assertThat(count(db, "SELECT COUNT(DISTINCT run_id) FROM tco_input_file WHERE billing_month = '2026-10'"))
				.isEqualTo(1);
			assertThat(count(db, "SELECT COUNT(*) FROM tco_input_file")).isEqualTo(5);
		}
	}

	@Test
	void aFileRemovedFromTheFolderDisappearsFromTheMonth() throws Exception {
		Path input = copyOfSamples(work.resolve("removed/input"));
		Path reports = work.resolve("removed/reports");
		Path data = work.resolve("removed/data");
		assertThat(run(input, reports, data).exitCode()).isZero();
		Files.delete(input.resolve("openai/costs-2026-10.json"));
		CliRun second = run(input, reports, data);
		assertThat(second.exitCode()).as(second.toString()).isZero();
		JsonNode after = SummaryJson.read(reports.resolve("tco-2026-10.json"));
		BigDecimal openAi = IndependentSums.openAiCosts(SAMPLES.resolve("openai/costs-2026-10.json"));
		assertThat(after.get("inputs")).hasSize(4);
		assertThat(after.get("totals").get("cost").decimalValue())
			.isEqualByComparingTo(summary.get("totals").get("cost").decimalValue().subtract(openAi));
	}

	@Test
	void aRunThatFailedWritingReportsResumesThereWithoutReadingTheFilesAgain() throws Exception {
		Path reports = work.resolve("resume/reports");
		Path data = work.resolve("resume/data");
		// given a folder in the way of the JSON report, so the report step fails after ingest has committed
		Files.createDirectories(reports.resolve("tco-2026-10.json/blocker"));
		CliRun failed = run(SAMPLES, reports, data);
		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
		assertThat(failed.stdout()).contains("FAILED");
		// when the obstacle is gone and the same command runs again
		deleteTree(reports.resolve("tco-2026-10.json"));
		CliRun resumed = run(SAMPLES, reports, data);
		// then the run resumes at the report step: ingest ran once, the reports equal an uninterrupted run's
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

	static Path copyOfSamples(Path target) throws IOException {
		try (Stream<Path> files = Files.walk(SAMPLES)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(SAMPLES.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
		return target;
	}

	static void deleteTree(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
