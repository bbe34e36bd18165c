package com.inferencetco.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

import com.inferencetco.IndependentSums;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * The public sample exports in ../shared/reference/bills, each run alone for its month:
 * rows, invoiced cost and total equal sums computed straight from the file, and the
 * reconciliation balances. Skipped where ../shared is not beside the checkout.
 */
class ReferenceExportsFunctionalTests {

	static final Path BILLS = Path.of("../shared/reference/bills");

	@TempDir
	Path work;

	@ParameterizedTest(name = "{0} for {1}")
	@CsvSource({ "aws-cur-legacy_sample_anonymized.csv, 2023-11, aws-cur-legacy, lineItem/UnblendedCost, USD",
			"azure-ea-cost-details_sample_anonymized.csv, 2023-09, azure-ea, CostInBillingCurrency, CAD",
			"azure-ea-actualcost_small.csv, 2023-09, azure-ea, Cost, USD",
			"azure-ea-amortizedcost_small.csv, 2023-09, azure-ea, Cost, USD",
			"oci-cost-report_sample.csv, 2023-11, oci-cost, cost/myCost, USD" })
	void publicSampleReconcilesToIndependentSums(String file, String month, String format, String costColumn,
			String currency) throws IOException {
		Path source = BILLS.resolve(file);
		assumeTrue(Files.isRegularFile(source), "../shared/reference is not beside the checkout");
		Path input = Files.createDirectories(work.resolve("in"));
		Files.copy(source, input.resolve(file));
		// the month bills in one currency and carries no exchange rates: the assumptions'
		// amounts are stated in it
		Files.writeString(input.resolve("assumptions.yaml"), "assumptionsCurrency: " + currency + "\n");

		CliRun run = CliRun.of("run", "--month", month, "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());

		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-" + month + ".json"));
		JsonNode only = summary.get("inputs").get(0);
		BigDecimal expected = IndependentSums.csvColumn(source, costColumn);
		assertThat(only.get("format").asString()).isEqualTo(format);
		assertThat(only.get("rowsRead").asLong()).isEqualTo(IndependentSums.csvRows(source));
		assertThat(only.get("rowsRejected").asLong()).isZero();
		assertThat(only.get("sourceCurrency").asString()).isEqualTo(currency);
		assertThat(only.get("sourceCost").decimalValue().subtract(expected).abs()).isLessThan(new BigDecimal("1e-15"));
		assertThat(summary.get("totals").get("cost").decimalValue().subtract(expected).abs())
			.isLessThan(new BigDecimal("1e-15"));
		assertThat(summary.get("currency").asString()).isEqualTo(currency);
		assertThat(summary.get("reconciliation").get("balanced").asBoolean()).isTrue();
	}

	@Test
	void focusSampleRejectsTheRowBilledInOctoberFromSeptember() throws IOException {
		Path source = BILLS.resolve("focus-1.0_multicloud_sample_1000.csv");
		assumeTrue(Files.isRegularFile(source), "../shared/reference is not beside the checkout");
		Path input = Files.createDirectories(work.resolve("in"));
		Files.copy(source, input.resolve("focus.csv"));

		CliRun run = CliRun.of("run", "--month", "2024-09", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());

		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2024-09.json"));
		JsonNode only = summary.get("inputs").get(0);
		BigDecimal all = IndependentSums.csvColumn(source, "BilledCost");
		BigDecimal september = IndependentSums.csvColumn(source, "BilledCost",
				r -> r.get("BillingPeriodStart").startsWith("2024-09"));
		assertThat(only.get("format").asString()).isEqualTo("focus-1.0");
		assertThat(only.get("rowsRead").asLong()).isEqualTo(1000);
		assertThat(only.get("rowsRejected").asLong()).isEqualTo(1);
		assertThat(only.get("sourceCost").decimalValue()).isEqualByComparingTo(all);
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo(september);
		assertThat(summary.get("reconciliation").get("balanced").asBoolean()).isTrue();

		// the rejects file names the file, the line of the October row and why
		long octoberLine = lineOfOctoberRow(source);
		List<CSVRecord> rejects = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(Files.newBufferedReader(work.resolve("out/tco-2024-09-rejects.csv")))
			.getRecords();
		assertThat(rejects).hasSize(1);
		assertThat(rejects.get(0).get("file")).isEqualTo("focus.csv");
		assertThat(Long.parseLong(rejects.get(0).get("line"))).isEqualTo(octoberLine);
		assertThat(rejects.get(0).get("column")).isEqualTo("BillingPeriodStart");
		assertThat(rejects.get(0).get("reason")).contains("2024-10");
		assertThat(new BigDecimal(rejects.get(0).get("cost"))).isEqualByComparingTo(all.subtract(september));
	}

	/**
	 * The sample has no quoted newlines, so a record's line is its index plus the header
	 * line.
	 */
	private static long lineOfOctoberRow(Path source) throws IOException {
		List<String> lines = Files.readAllLines(source);
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).contains("\"2024-11-01 00:00:00\",\"2024-10-01 00:00:00\"")) {
				return i + 1;
			}
		}
		throw new AssertionError("the October row is not in the sample");
	}

}
