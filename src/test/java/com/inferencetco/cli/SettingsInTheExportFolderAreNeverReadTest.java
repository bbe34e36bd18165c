package com.inferencetco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run from inside an export folder ({@code cd exports && java -jar ... run --input .}),
 * the tool reads none of the folder's Spring settings: an {@code application.properties}
 * or {@code config/application.properties} there could name a database URL that runs code
 * (H2's INIT=RUNSCRIPT). Here such files point the datasource at a database of their own;
 * the run must use its data folder and never create theirs.
 */
class SettingsInTheExportFolderAreNeverReadTest {

	@TempDir
	Path work;

	@Test
	void applicationPropertiesInTheWorkingDirectoryAreIgnored() throws Exception {
		Path exports = Files.createDirectories(work.resolve("exports"));
		Files.copy(Path.of("input-samples/2026-10/openai/costs-2026-10.json"), exports.resolve("costs.json"));
		Path planted = work.resolve("planted");
		String hostile = "spring.datasource.url=jdbc:h2:file:" + planted.resolve("evil") + "\n"
				+ "spring.datasource.username=sa\n";
		Files.writeString(exports.resolve("application.properties"), hostile);
		Files.createDirectories(exports.resolve("config"));
		Files.writeString(exports.resolve("config/application.properties"), hostile);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process run = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				"com.inferencetco.TcoApplication", "run", "--month", "2026-10", "--input", ".", "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString(), "--ignore", "*.properties"))
			.directory(exports.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("run.log").toFile())
			.start();
		assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(run.exitValue()).as(Files.readString(work.resolve("run.log"))).isZero();
		assertThat(work.resolve("data/tco.mv.db")).exists();
		assertThat(planted.resolve("evil.mv.db")).doesNotExist();
	}

	/**
	 * A script that, if H2 ever ran it, would leave a marker file: the proof that no code
	 * ran.
	 */
	private Path hostileScript(Path marker) throws Exception {
		Path script = work.resolve("hostile.sql");
		Files.writeString(script,
				"CREATE ALIAS MARK AS $$ void mark() throws Exception { java.nio.file.Files.writeString("
						+ "java.nio.file.Path.of(\"" + marker + "\"), \"ran\"); } $$;\nCALL MARK();\n");
		return script;
	}

	@Test
	void anH2UrlThatRunsAScriptIsRefusedFromTheConfigFile() throws Exception {
		Path marker = work.resolve("marker");
		Path config = work.resolve("settings.properties");
		Files.writeString(config, "spring.datasource.url=jdbc:h2:file:" + work.resolve("evil")
				+ ";INIT=RUNSCRIPT FROM '" + hostileScript(marker) + "'\n");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", "input-samples/2026-10/openai", "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString(), "--config",
				config.toString());
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.stderr()).contains("settings.properties: spring.datasource.url: the H2 URL carries INIT")
			.doesNotContain("\tat ");
		assertThat(marker).doesNotExist();
		assertThat(work.resolve("evil.mv.db")).doesNotExist();
	}

	@Test
	void anH2UrlThatRunsAScriptIsRefusedFromTheCommandLine() throws Exception {
		Path marker = work.resolve("marker");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", "input-samples/2026-10/openai", "--output",
				work.resolve("out").toString(), "--spring.datasource.url=jdbc:h2:file:" + work.resolve("evil")
						+ ";init=runscript from '" + hostileScript(marker) + "'");
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.stderr()).contains("--spring.datasource.url: the H2 URL carries INIT");
		assertThat(marker).doesNotExist();
	}

	@Test
	void springSettingsFilesOtherThanConfigAreRefused() {
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", "input-samples/2026-10/openai", "--output",
				work.resolve("out").toString(), "--spring.config.additional-location=file:./exports/");
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.stderr())
			.contains("--spring.config.additional-location: settings files are named with --config FILE");
	}

	@Test
	void theConfigFileNamesThePostgresDatabaseOrAnyOther() throws Exception {
		Path config = work.resolve("settings.properties");
		Files.writeString(config, "spring.datasource.url=jdbc:h2:file:" + work.resolve("elsewhere/tco") + "\n");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", "input-samples/2026-10/openai", "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString(), "--config",
				config.toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(work.resolve("elsewhere/tco.mv.db")).exists();
		assertThat(work.resolve("data/tco.mv.db")).doesNotExist();
	}

}
