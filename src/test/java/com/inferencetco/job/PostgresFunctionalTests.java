package com.inferencetco.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.PostgresSupport;
import com.inferencetco.cli.CliRun;

/**
 * The month-end job with its job repository and records in PostgreSQL: the same reports
 * as on H2, a rerun that replaces instead of adding, and a failed run that resumes.
 */
class PostgresFunctionalTests {

	@TempDir
	static Path work;

	static String url;

	@BeforeAll
	static void schema() {
		url = PostgresSupport.freshSchemaUrl("tco_functional");
	}

	@Test
	void sampleMonthOnPostgresMatchesH2AndARerunDoesNotDoubleCount() throws Exception {
		CliRun onH2 = run(work.resolve("h2"), "--data", work.resolve("h2-data").toString());
		CliRun onPostgres = run(work.resolve("pg"));
		CliRun again = run(work.resolve("pg"));
		assertThat(onH2.exitCode()).as(onH2.toString()).isZero();
		assertThat(onPostgres.exitCode()).as(onPostgres.toString()).isZero();
		assertThat(again.exitCode()).as(again.toString()).isZero();
		// the same figures; the rerun adds only that the month was reported before with
		// the same exports
		assertThat(com.inferencetco.SummaryJson.withoutRestatement(work.resolve("pg/tco-2026-10.json")))
			.isEqualTo(com.inferencetco.SummaryJson.withoutRestatement(work.resolve("h2/tco-2026-10.json")));
		assertThat(com.inferencetco.SummaryJson.read(work.resolve("pg/tco-2026-10.json"))
			.get("restatement")
			.get("sameExports")
			.asBoolean()).isTrue();
		try (Connection db = DriverManager.getConnection(url, PostgresSupport.USER, "")) {
			ResultSet rs = db.createStatement()
				.executeQuery("SELECT COUNT(DISTINCT run_id) FROM tco_input_file WHERE billing_month = '2026-10'");
			rs.next();
			assertThat(rs.getLong(1)).isEqualTo(1);
		}
	}

	@Test
	void aFailedRunOnPostgresResumesAtTheReportStep() throws Exception {
		Path reports = work.resolve("resume");
		Files.createDirectories(reports.resolve("tco-2026-10.json/blocker"));
		String resumeUrl = PostgresSupport.freshSchemaUrl("tco_resume");
		CliRun failed = CliRun.of(args(reports, resumeUrl));
		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
		MonthEndJobFunctionalTests.deleteTree(reports.resolve("tco-2026-10.json"));
		CliRun resumed = CliRun.of(args(reports, resumeUrl));
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.stdout()).contains("(resumed)");
		try (Connection db = DriverManager.getConnection(resumeUrl, PostgresSupport.USER, "")) {
			ResultSet rs = db.createStatement()
				.executeQuery("SELECT COUNT(*) FROM batch_step_execution WHERE step_name = 'ingestExportsStep'");
			rs.next();
			assertThat(rs.getLong(1)).isEqualTo(1);
		}
	}

	private static CliRun run(Path reports, String... extra) {
		String[] base = args(reports, url);
		if (extra.length == 0) {
			return CliRun.of(base);
		}
		// the H2 comparison run: same command without the PostgreSQL properties
		String[] h2 = new String[] { "run", "--month", "2026-10", "--input",
				MonthEndJobFunctionalTests.SAMPLES.toString(), "--output", reports.toString(), extra[0], extra[1] };
		return CliRun.of(h2);
	}

	private static String[] args(Path reports, String databaseUrl) {
		return new String[] { "run", "--month", "2026-10", "--input", MonthEndJobFunctionalTests.SAMPLES.toString(),
				"--output", reports.toString(), "--data",
				reports.resolveSibling(reports.getFileName() + "-lock").toString(),
				"--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + PostgresSupport.USER };
	}

}
