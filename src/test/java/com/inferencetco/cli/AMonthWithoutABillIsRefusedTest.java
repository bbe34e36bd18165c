package com.inferencetco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.ExitCode;
import com.inferencetco.SummaryJson;

/**
 * No bill, no report: a run whose month no invoiced row is billed in (a wrong --month,
 * last month's folder) stops with exit 3 and says which months the exports are billed in,
 * instead of a "balanced" report whose total is the modelled costs alone.
 * --allow-empty-month lets a deliberately empty month through.
 */
class AMonthWithoutABillIsRefusedTest {

	static final String HEADER = "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,"
			+ "ChargePeriodStart,ChargePeriodEnd,EffectiveCost,ProviderName,ServiceName,Tags\n";

	@TempDir
	Path work;

	@Test
	void aMonthTheExportsAreNotBilledInIsExit3NamingTheMonthsTheyAreBilledIn() throws IOException {
		// three rows billed in October and two in August
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("focus.csv"), HEADER + row("2026-10", "10.00") + row("2026-10", "20.00")
				+ row("2026-10", "30.00") + row("2026-08", "5.00") + row("2026-08", "6.00"));

		CliRun september = run(input, "2026-09");

		assertThat(september.exitCode()).as(september.toString()).isEqualTo(ExitCode.INPUT_REJECTED);
		assertThat(september.stderr()).contains("no invoiced row is billed in 2026-09")
			.contains("billed in 2026-08 (2 rows), 2026-10 (3 rows)")
			.contains("--month 2026-08")
			.contains("--allow-empty-month");
		assertThat(work.resolve("out/tco-2026-09.json")).doesNotExist();
		assertThat(work.resolve("out/tco-2026-09.pdf")).doesNotExist();

		// validate answers as run does
		CliRun validate = CliRun.of("validate", "--month", "2026-09", "--input", input.toString());
		assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCode.INPUT_REJECTED);

		// the month the rows are billed in is reported as usual
		assertThat(run(input, "2026-10").exitCode()).isZero();
	}

	@Test
	void aDeliberatelyEmptyMonthIsReportedWithAllowEmptyMonth() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("focus.csv"), HEADER + row("2026-10", "10.00"));

		CliRun empty = CliRun.of("run", "--month", "2026-09", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString(), "--allow-empty-month");

		assertThat(empty.exitCode()).as(empty.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-09.json"));
		// nothing invoiced in September: the October row is rejected for its month, its
		// 10.00 kept in the reconciliation
		assertThat(summary.get("totals").get("cost").decimalValue()).isZero();
		assertThat(summary.get("inputs").get(0).get("rowsRejected").asLong()).isEqualTo(1);
		assertThat(summary.get("reconciliation").get("balanced").asBoolean()).isTrue();
	}

	@Test
	void usageWithoutAnyBillIsExit3SayingSo() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("nvidia-smi.csv"), """
				timestamp, name, utilization.gpu [%], memory.used [MiB]
				2026/10/02 10:00:00.000, NVIDIA H100 80GB HBM3, 85 %, 70000 MiB
				""");

		CliRun run = run(input, "2026-10");

		assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INPUT_REJECTED);
		assertThat(run.stderr()).contains("no invoiced row is billed in 2026-10")
			.contains("no invoiced row of any month was read from the inputs");
	}

	@Test
	void aBillWhoseEveryRowIsRejectedSaysWhy() throws IOException {
		// the hostile round: a small bill with a date Excel rewrote (4/1/25) gave only
		// "no
		// invoiced row"; the reason showed with --allow-empty-month alone
		Path input = Files.createDirectories(work.resolve("in"));
		String good = row("2026-10", "10.00");
		Files.writeString(input.resolve("focus.csv"), HEADER + good.replace("2026-10-02T00:00:00Z", "4/1/25")
				+ good.replace("2026-10-02T00:00:00Z", "4/2/25"));

		CliRun run = run(input, "2026-10");

		assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INPUT_REJECTED);
		assertThat(run.stderr()).contains("no invoiced row is billed in 2026-10")
			.contains("rejected rows: focus.csv: 2 of 2 rows, first:")
			.contains("4/1/25");
	}

	private CliRun run(Path input, String month) {
		return CliRun.of("run", "--month", month, "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
	}

	private static String row(String month, String cost) {
		int year = Integer.parseInt(month.substring(0, 4));
		int m = Integer.parseInt(month.substring(5));
		String next = m == 12 ? (year + 1) + "-01" : year + "-" + String.format("%02d", m + 1);
		return cost + ",USD," + month + "-01T00:00:00Z," + next + "-01T00:00:00Z,Usage," + month + "-02T00:00:00Z,"
				+ month + "-03T00:00:00Z," + cost + ",X,Y,\n";
	}

}
