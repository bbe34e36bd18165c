package com.inferencetco.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * A team may keep the reports and the database next to the exports, inside the input
 * folder: what the tool itself wrote (the reports of a month, a data folder) is never
 * read back as an export, on the first run or a rerun.
 */
class OutputsInsideTheInputFolderTest {

	@TempDir
	Path work;

	@Test
	void reportsAndTheDataFolderInsideTheInputAreNotReadAsExports() throws IOException {
		// given a month whose reports and data folder live inside its input folder
		Path input = work.resolve("2026-10");
		assertThat(
				CliRun.of("generate", "--month", "2026-10", "--rows", "500", "--output", input.toString()).exitCode())
			.isZero();
		String[] run = { "run", "--month", "2026-10", "--input", input.toString(), "--output",
				input.resolve("reports").toString(), "--data", input.resolve("data").toString() };

		// when it runs twice (the second run finds the first one's reports, rejects file
		// and database)
		CliRun first = CliRun.of(run);
		Files.writeString(input.resolve("reports/tco-2026-10-rejects.csv"), "left from an earlier run\n");
		CliRun second = CliRun.of(run);

		// then both succeed, and the only input is the export
		assertThat(first.exitCode()).as(first.toString()).isZero();
		assertThat(second.exitCode()).as(second.toString()).isZero();
		JsonNode summary = SummaryJson.read(input.resolve("reports/tco-2026-10.json"));
		assertThat(summary.get("inputs")).hasSize(1);
		assertThat(summary.get("inputs").get(0).get("file").asString()).isEqualTo("focus-2026-10.csv.gz");
	}

}
