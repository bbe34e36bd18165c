package com.inferencetco.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.SummaryJson;

/**
 * Crash and restart as cron would see it: the month-end job runs in a child JVM, is
 * killed with SIGKILL at random moments (in discovery, ingest, reconciliation or report
 * writing, whichever is running), and the same command is run again. Every time the
 * outputs must equal those of an uninterrupted run: nothing lost, nothing counted twice.
 * A second run on the same data folder while one is running is refused at once (exit 4).
 */
abstract class KillAndRerunHarnessTest {

	/**
	 * Extra arguments that point a run at its database (none: the embedded H2 under
	 * --data).
	 */
	abstract List<String> databaseArguments(Path folder);

	/** With the embedded H2 database. */
	static class OnH2 extends KillAndRerunHarnessTest {

		@Override
		List<String> databaseArguments(Path folder) {
			return List.of();
		}

	}

	/** With PostgreSQL: each scenario in a schema of its own. */
	static class OnPostgres extends KillAndRerunHarnessTest {

		private final Map<Path, String> schemas = new HashMap<>();

		@Override
		List<String> databaseArguments(Path folder) {
			String url = schemas.computeIfAbsent(folder,
					f -> com.inferencetco.PostgresSupport.freshSchemaUrl("tco_kill"));
			return List.of("--spring.datasource.url=" + url,
					"--spring.datasource.username=" + com.inferencetco.PostgresSupport.USER);
		}

	}

	static final int KILL_POINTS = 10;

	static final int ROWS = 60_000;

	@TempDir
	Path work;

	Path input;

	tools.jackson.databind.JsonNode baselineJson;

	long baselineMillis;

	@BeforeEach
	void uninterruptedRun() throws Exception {
		input = Files.createDirectories(work.resolve("input"));
		writeMonth(input.resolve("focus-2026-10.csv"));
		// the faster of two uninterrupted runs: kills are spread over it, so that a slow
		// baseline (a busy machine)
		// does not leave most victims finishing before their kill
		baselineMillis = Long.MAX_VALUE;
		for (String name : List.of("baseline", "baseline-2")) {
			long started = System.nanoTime();
			Process baseline = start(work.resolve(name));
			assertThat(baseline.waitFor(5, TimeUnit.MINUTES)).isTrue();
			assertThat(baseline.exitValue()).as(output(work.resolve(name))).isZero();
			baselineMillis = Math.min(baselineMillis, Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
		baselineJson = SummaryJson.withoutRestatement(work.resolve("baseline/out/tco-2026-10.json"));
		assertThat(SummaryJson.withoutRestatement(work.resolve("baseline-2/out/tco-2026-10.json")))
			.isEqualTo(baselineJson);
	}

	@Test
	void killedAtRandomPointsTheRerunEqualsAnUninterruptedRun() throws Exception {
		Random random = new Random(20261031L);
		List<Long> killedAfter = new ArrayList<>();
		for (int point = 0; point < KILL_POINTS; point++) {
			Path folder = work.resolve("kill-" + point);
			// spread the kills over the whole run: start-up, discovery, ingest,
			// reconcile, reports
			long delay = 300 + (long) (random.nextDouble() * (baselineMillis * 0.85 - 300));
			Process victim = start(folder);
			boolean finishedFirst = victim.waitFor(delay, TimeUnit.MILLISECONDS);
			if (!finishedFirst) {
				victim.destroyForcibly();
				victim.waitFor(1, TimeUnit.MINUTES);
				killedAfter.add(delay);
			}
			Process rerun = start(folder);
			assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
			assertThat(rerun.exitValue()).as("rerun after a kill at " + delay + " ms: " + output(folder)).isZero();
			// a victim that finished before its kill makes the rerun a second run of the
			// month, which adds that the
			// month was reported before with the same exports: the figures are compared
			// without it
			assertThat(SummaryJson.withoutRestatement(folder.resolve("out/tco-2026-10.json")))
				.as("outputs after a kill at " + delay + " ms")
				.isEqualTo(baselineJson);
			try (var files = Files.list(folder.resolve("out"))) {
				assertThat(files.map(p -> p.getFileName().toString())).as("no half-written report left")
					.noneMatch(n -> n.endsWith(".tmp") || n.contains(".staging-"));
			}
		}
		assertThat(killedAfter).as("most runs were actually killed").hasSizeGreaterThanOrEqualTo(KILL_POINTS / 2);
	}

	@Test
	void aSecondRunOnTheSameDataFolderIsRefusedWhileTheFirstRuns() throws Exception {
		Path folder = work.resolve("concurrent");
		Process first = start(folder);
		// wait until the first run holds the lock (its lock file names it)
		Path lock = folder.resolve("data/inference-tco.lock");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while ((!Files.exists(lock) || Files.readString(lock).isBlank()) && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		Process second = start(folder, "second");
		assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(second.exitValue()).isEqualTo(4);
		assertThat(Files.readString(folder.resolve("second.err"))).contains("busy").contains("process " + first.pid());
		assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(first.exitValue()).isZero();
		assertThat(SummaryJson.withoutRestatement(folder.resolve("out/tco-2026-10.json"))).isEqualTo(baselineJson);
		// and the database is intact: the next run works and reports the same month
		Process third = start(folder, "third");
		assertThat(third.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(third.exitValue()).isZero();
		assertThat(SummaryJson.withoutRestatement(folder.resolve("out/tco-2026-10.json"))).isEqualTo(baselineJson);
		assertThat(SummaryJson.read(folder.resolve("out/tco-2026-10.json"))
			.get("restatement")
			.get("sameExports")
			.asBoolean()).isTrue();
	}

	private Process start(Path folder) throws IOException {
		return start(folder, "run");
	}

	private Process start(Path folder, String name) throws IOException {
		Files.createDirectories(folder);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"com.inferencetco.TcoApplication", "run", "--month", "2026-10", "--input", input.toString(), "--output",
				folder.resolve("out").toString(), "--data", folder.resolve("data").toString(),
				// blocks of 5,000 rows: a kill during ingest leaves some committed, and
				// the rerun resumes mid-file
				"--inference-tco.ingest.block-rows=5000"));
		command.addAll(databaseArguments(folder));
		return new ProcessBuilder(command).redirectOutput(folder.resolve(name + ".out").toFile())
			.redirectError(folder.resolve(name + ".err").toFile())
			.start();
	}

	private static String output(Path folder) throws IOException {
		StringBuilder text = new StringBuilder();
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".err") || f.toString().endsWith(".out"))
				.toList()) {
				text.append(file.getFileName()).append(":\n").append(Files.readString(file)).append('\n');
			}
		}
		return text.toString();
	}

	/** A month of FOCUS rows over 40 resources, 5 workloads and every day. */
	static void writeMonth(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write("BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,ChargePeriodStart,"
					+ "ChargePeriodEnd,EffectiveCost,ProviderName,ServiceName,ResourceId,Tags\n");
			for (int i = 0; i < ROWS; i++) {
				String cost = BigDecimal.valueOf(i % 997 + 1, 3).toPlainString();
				String day = String.format("%02d", i % 31 + 1);
				out.write(cost + ",USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-" + day
						+ "T00:00:00Z,2026-10-" + day + "T01:00:00Z," + cost + ",Nordic GPU Cloud,Object Storage,res-"
						+ (i % 40) + ",\"{\"\"workload\"\": \"\"w" + (i % 5) + "\"\"}\"\n");
			}
		}
	}

}
