package com.inferencetco.job;

import static com.inferencetco.job.MonthEndJobFunctionalTests.SAMPLES;
import static com.inferencetco.job.MonthEndJobFunctionalTests.count;
import static com.inferencetco.job.MonthEndJobFunctionalTests.h2;
import static com.inferencetco.job.MonthEndJobFunctionalTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.IndependentSums;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * The sample month run again on the same data folder: the rerun replaces the month
 * instead of adding to it, and a file taken out of the folder leaves the month.
 */
class RerunsOfTheMonthFunctionalTests {

	@TempDir
	Path work;

	@Test
	void rerunOfSameMonthDoesNotDoubleCount() throws Exception {
		Path reports = work.resolve("rerun/reports");
		Path data = work.resolve("rerun/data");
		CliRun first = run(SAMPLES, reports, data);
		var firstJson = SummaryJson.withoutRestatement(reports.resolve("tco-2026-10.json"));
		CliRun second = run(SAMPLES, reports, data);
		assertThat(second.exitCode()).as(second.toString()).isZero();
		assertThat(first.exitCode()).isZero();
		// the same figures, and a restatement that says the exports are the same
		assertThat(SummaryJson.withoutRestatement(reports.resolve("tco-2026-10.json"))).isEqualTo(firstJson);
		var restatement = SummaryJson.read(reports.resolve("tco-2026-10.json")).get("restatement");
		assertThat(restatement.get("sameExports").asBoolean()).isTrue();
		assertThat(restatement.get("costChange").decimalValue()).isZero();
		// page 1 says so plainly
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(reports.resolve("tco-2026-10.pdf").toFile())) {
			var stripper = new org.apache.pdfbox.text.PDFTextStripper();
			stripper.setEndPage(1);
			assertThat(stripper.getText(pdf).replaceAll("\\s+", " "))
				.contains("Rerun A rerun of the same exports as " + "the run of")
				.contains(": nothing changed.")
				.doesNotContain("Restated");
		}
		try (Connection db = h2(data)) {
			assertThat(count(db, "SELECT COUNT(DISTINCT run_id) FROM tco_input_file WHERE billing_month = '2026-10'"))
				.isEqualTo(1);
			assertThat(count(db, "SELECT COUNT(*) FROM tco_input_file")).isEqualTo(20);
		}
	}

	@Test
	void aFileRemovedFromTheFolderDisappearsFromTheMonth() throws Exception {
		Path input = copyOfSamples(work.resolve("removed/input"));
		Path reports = work.resolve("removed/reports");
		Path data = work.resolve("removed/data");
		assertThat(run(input, reports, data).exitCode()).isZero();
		JsonNode before = SummaryJson.read(reports.resolve("tco-2026-10.json"));
		Files.delete(input.resolve("openai/costs-2026-10.json"));
		CliRun second = run(input, reports, data);
		assertThat(second.exitCode()).as(second.toString()).isZero();
		JsonNode after = SummaryJson.read(reports.resolve("tco-2026-10.json"));
		BigDecimal openAi = IndependentSums.openAiCosts(SAMPLES.resolve("openai/costs-2026-10.json"));
		assertThat(after.get("inputs")).hasSize(19);
		assertThat(after.get("totals").get("cost").decimalValue())
			.isEqualByComparingTo(before.get("totals").get("cost").decimalValue().subtract(openAi));
	}

	/** A copy of the sample month that a test may change. */
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

}
