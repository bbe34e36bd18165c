package com.inferencetco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second hostile round: a {@code --data} value is a folder, never H2 URL settings (a
 * {@code ;INIT=RUNSCRIPT} in it once ran a script), and links planted in the report or
 * data folder under the names the tool writes are never written through.
 */
class PlantedLinksAndDataFolderSettingsTest {

	@TempDir
	Path work;

	@Test
	void aDataFolderCarryingH2SettingsRunsNoCode() throws Exception {
		Path marker = work.resolve("marker");
		Path script = work.resolve("evil.sql");
		Files.writeString(script, "CREATE ALIAS MARK AS $$ void mark() throws Exception { java.nio.file.Files"
				+ ".writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\"); } $$;\nCALL MARK();\n");
		CliRun run = run(work.resolve("out"), work.resolve("d;INIT=RUNSCRIPT FROM '" + script + "'--").toString());
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.stderr()).contains("a folder whose path holds ';' cannot hold the embedded database")
			.doesNotContain("\tat ");
		assertThat(marker).doesNotExist();
	}

	@Test
	void aPlainSemicolonInTheDataFolderIsAUsageErrorNotAStackTrace() {
		CliRun run = run(work.resolve("out"), work.resolve("month;end").toString());
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.stderr()).contains("--data " + work.resolve("month;end")).doesNotContain("\tat ");
	}

	@Test
	void linksPlantedUnderTheReportsNamesAreReplacedNeverWrittenThrough() throws Exception {
		Path out = Files.createDirectories(work.resolve("out"));
		List<String> names = List.of("tco-2026-10.json", "tco-2026-10.xlsx", "tco-2026-10.pdf",
				"tco-2026-10-rejects.csv", ".tco-2026-10.json.tmp", ".tco-2026-10.xlsx.tmp", ".tco-2026-10.pdf.tmp",
				".tco-2026-10-rejects.csv.tmp");
		for (String name : names) {
			Files.createSymbolicLink(out.resolve(name), Files.writeString(work.resolve("victim-" + name), "precious"));
		}
		CliRun run = run(out, work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		for (String name : names) {
			assertThat(work.resolve("victim-" + name)).as(name).hasContent("precious");
		}
		for (String report : List.of("tco-2026-10.json", "tco-2026-10.xlsx", "tco-2026-10.pdf")) {
			assertThat(Files.isSymbolicLink(out.resolve(report))).as(report).isFalse();
			assertThat(Files.size(out.resolve(report))).as(report).isGreaterThan(1_000);
		}
		assertThat(out.resolve("tco-2026-10-rejects.csv")).as("the month rejected no row").doesNotExist();
	}

	@Test
	void aLockFilePlantedAsALinkIsRefused() throws Exception {
		Path out = Files.createDirectories(work.resolve("out"));
		Path victim = Files.writeString(work.resolve("victim"), "precious");
		Files.createSymbolicLink(out.resolve(".inference-tco-reports.lock"), victim);
		CliRun run = run(out, work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.stderr()).contains("the lock file is a symbolic link").doesNotContain("\tat ");
		assertThat(victim).hasContent("precious");
	}

	@Test
	void aDatabaseFilePlantedAsALinkIsRefused() throws Exception {
		Path data = Files.createDirectories(work.resolve("data"));
		Path victim = Files.writeString(work.resolve("victim"), "precious");
		Files.createSymbolicLink(data.resolve("tco.trace.db"), victim);
		CliRun run = run(work.resolve("out"), data.toString());
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.stderr()).contains("tco.trace.db is a symbolic link").doesNotContain("\tat ");
		assertThat(victim).hasContent("precious");
	}

	private static CliRun run(Path out, String data) {
		return CliRun.of("run", "--month", "2026-10", "--input", "input-samples/2026-10/openai", "--output",
				out.toString(), "--data", data);
	}

}
