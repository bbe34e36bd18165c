package com.inferencetco.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.SummaryJson;

/**
 * A full disk and a damaged database are not bugs: the user gets one line that names the
 * path and what to do, exit 1, no stack trace, nothing half-written, and (for the disk) a
 * rerun after freeing space that resumes and reports exactly what an uninterrupted run
 * does. The disks are real: small tmpfs mounts (the test needs root and mount, as on our
 * machines and in CI, and skips otherwise). Runs are child JVMs, so their whole stderr is
 * checked.
 */
class FullDisksAndDamagedDatabasesTest {

	static final Path SAMPLE = Path.of("input-samples/2026-10").toAbsolutePath();

	@TempDir
	Path work;

	private final List<Path> mounts = new ArrayList<>();

	@AfterEach
	void unmount() throws Exception {
		for (Path mount : mounts) {
			new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void aFullDataDiskIsOneLineAndTheRerunAfterFreeingSpaceReportsTheSameMonth() throws Exception {
		Process baseline = run("baseline", work.resolve("base-out"), work.resolve("base-data"));
		assertThat(baseline.exitValue()).as(log("baseline")).isZero();
		// a disk of a third of the size the month's database took: it fills during the
		// run (half was once enough for a run whose database H2 had compacted better
		// than the baseline's)
		long third = Files.size(work.resolve("base-data/tco.mv.db")) / 3 / 1024;
		Path data = smallDisk("data", third + "k");
		Process full = run("full", work.resolve("out"), data);
		assertThat(full.exitValue()).as(log("full")).isEqualTo(1);
		assertThat(log("full")).contains("inference-tco: no space left on the device of " + data)
			.contains("run the same command again")
			.doesNotContain("\tat ")
			.doesNotContain("Exception");
		exec("mount", "-o", "remount,size=50m", data.toString());
		Process rerun = run("rerun", work.resolve("out"), data);
		assertThat(rerun.exitValue()).as(log("rerun")).isZero();
		assertThat(SummaryJson.read(work.resolve("out/tco-2026-10.json")).get("totals"))
			.isEqualTo(SummaryJson.read(work.resolve("base-out/tco-2026-10.json")).get("totals"));
	}

	@Test
	void aFullReportDiskIsOneLineAndLeavesNoHalfWrittenReport() throws Exception {
		Path out = smallDisk("out", "120k");
		Process full = run("full", out, work.resolve("data"));
		assertThat(full.exitValue()).as(log("full")).isEqualTo(1);
		assertThat(log("full")).contains("inference-tco: no space left on the device of " + out)
			.doesNotContain("\tat ");
		try (Stream<Path> files = Files.list(out)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				assertThat(name).as("only whole reports and the folder's lock")
					.matches("tco-2026-10\\.(json|pdf|xlsx)|\\.inference-tco-reports\\.lock");
				if (name.endsWith(".json")) {
					assertThat(SummaryJson.read(file).get("month").asString()).isEqualTo("2026-10");
				}
			}
		}
	}

	@Test
	void aDamagedDatabaseIsExit1NamingTheFileAndIsNeverReplaced() throws Exception {
		Path data = work.resolve("data");
		assertThat(run("first", work.resolve("out"), data).exitValue()).as(log("first")).isZero();
		Path file = data.resolve("tco.mv.db");
		byte[] bytes = Files.readAllBytes(file);
		for (int at = 0; at < bytes.length; at += 4096) {
			for (int i = at; i < Math.min(bytes.length, at + 200); i++) {
				// garbage over the head of every block, both file headers included
				bytes[i] = (byte) (i * 31 + 7);
			}
		}
		Files.write(file, bytes);
		Process damaged = run("damaged", work.resolve("out"), data);
		assertThat(damaged.exitValue()).as(log("damaged")).isEqualTo(1);
		assertThat(log("damaged")).contains(file + ": the database file is damaged")
			.contains("mv " + file + " " + file + ".damaged")
			.doesNotContain("\tat ");
		assertThat(Files.readAllBytes(file)).as("the damaged file is left as it was, for recovery").isEqualTo(bytes);
	}

	private Path smallDisk(String name, String size) throws Exception {
		Path mount = Files.createDirectories(work.resolve(name));
		boolean mounted;
		try {
			mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString())
				.redirectErrorStream(true)
				.start()
				.waitFor() == 0;
		}
		catch (IOException ex) {
			mounted = false;
		}
		assumeTrue(mounted, "cannot mount a small tmpfs here (needs root)");
		mounts.add(mount);
		return mount;
	}

	private static void exec(String... command) throws Exception {
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
	}

	private Process run(String name, Path out, Path data) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				"com.inferencetco.TcoApplication", "run", "--month", "2026-10", "--input", SAMPLE.toString(),
				"--output", out.toString(), "--data", data.toString()))
			.redirectErrorStream(true)
			.redirectOutput(work.resolve(name + ".log").toFile())
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return process;
	}

	private String log(String name) throws IOException {
		return Files.readString(work.resolve(name + ".log"));
	}

}
