package com.inferencetco.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.DecisionAssertions;
import com.inferencetco.IndependentSums;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;
import com.inferencetco.model.BillingMonth;

/**
 * The generator's months are accepted by the month-end job and reconcile to the sums of
 * the files.
 */
class MonthGeneratorTest {

	@TempDir
	Path work;

	@Test
	void generatedFocusAndCurMonthsAreAcceptedAndReconciled() throws IOException {
		Path input = work.resolve("in");
		assertThat(
				CliRun.of("generate", "--month", "2026-10", "--rows", "3000", "--output", input.toString()).exitCode())
			.isZero();
		assertThat(CliRun
			.of("generate", "--month", "2026-10", "--rows", "3000", "--format", "aws-cur-2.0", "--output",
					input.toString())
			.exitCode()).isZero();
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		BigDecimal focus = IndependentSums.csvColumn(input.resolve("focus-2026-10.csv.gz"), "BilledCost");
		BigDecimal cur = IndependentSums.csvColumn(input.resolve("cur2-2026-10.csv.gz"), "line_item_unblended_cost");
		assertThat(summary.get("reconciliation").get("balanced").asBoolean()).isTrue();
		for (JsonNode file : summary.get("inputs")) {
			// 3,000 usage rows, a tax and a credit row, none rejected
			assertThat(file.get("rowsRead").asLong()).isEqualTo(3002);
			assertThat(file.get("rowsRejected").asLong()).isZero();
		}
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo(focus.add(cur));
		assertThat(summary.get("totals").get("byCategory").get("credits").decimalValue()).isEqualByComparingTo("-500");
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).isPositive();
		assertThat(summary.get("egressGb").decimalValue()).isPositive();
		// 400 resources of generated workloads, each decided without ever losing money
		DecisionAssertions.everyDecisionNeverLosesMoney(summary);
	}

	@Test
	void theSameSeedGivesTheSameFile() throws IOException {
		Path a = new MonthGenerator(BillingMonth.parse("2026-10"), 7).write(MonthGenerator.Layout.FOCUS, 500,
				work.resolve("a"));
		Path b = new MonthGenerator(BillingMonth.parse("2026-10"), 7).write(MonthGenerator.Layout.FOCUS, 500,
				work.resolve("b"));
		assertThat(IndependentSums.csvRows(a)).isEqualTo(502);
		assertThat(IndependentSums.csvColumn(a, "BilledCost"))
			.isEqualByComparingTo(IndependentSums.csvColumn(b, "BilledCost"));
		assertThat(Files.size(a)).isEqualTo(Files.size(b));
	}

	/**
	 * The generator's Parquet holds the same month as its CSV: DuckDB, an independent
	 * reader, finds the same rows and the same sum of costs in it, and the month-end job
	 * reports both files alike, to the cent.
	 */
	@Test
	void aParquetMonthHoldsTheSameRowsAndReportsAsItsCsv() throws Exception {
		Path csv = new MonthGenerator(BillingMonth.parse("2026-10"), 11).write(MonthGenerator.Layout.AWS_CUR_2, 45_000,
				work.resolve("csv"), false);
		Path parquet = new MonthGenerator(BillingMonth.parse("2026-10"), 11).write(MonthGenerator.Layout.AWS_CUR_2,
				45_000, work.resolve("parquet"), true);
		BigDecimal csvSum = IndependentSums.csvColumn(csv, "line_item_unblended_cost");
		try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
				Statement sql = duck.createStatement();
				ResultSet result = sql.executeQuery("SELECT count(*), sum(CAST(line_item_unblended_cost AS "
						+ "DECIMAL(38, 10))), count(DISTINCT line_item_resource_id) FROM '" + parquet + "'")) {
			result.next();
			// 45,000 usage rows (three row groups of the writer) and the tax and credit
			// rows
			assertThat(result.getLong(1)).isEqualTo(45_002);
			assertThat(result.getBigDecimal(2)).isEqualByComparingTo(csvSum);
			assertThat(result.getLong(3)).isGreaterThan(100);
		}
		JsonNode fromCsv = com.inferencetco.MonthRuns.october(work, work.resolve("csv"), "out-csv");
		JsonNode fromParquet = com.inferencetco.MonthRuns.october(work, work.resolve("parquet"), "out-parquet");
		assertThat(fromParquet.get("inputs").get(0).get("format").asString()).isEqualTo("aws-cur-2.0");
		assertThat(fromParquet.get("totals").get("cost").decimalValue()).isEqualByComparingTo(csvSum);
		assertThat(fromParquet.get("totals")).isEqualTo(fromCsv.get("totals"));
		assertThat(fromParquet.get("gpuHours")).isEqualTo(fromCsv.get("gpuHours"));
	}

}
