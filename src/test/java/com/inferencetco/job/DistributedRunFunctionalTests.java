package com.inferencetco.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.PostgresSupport;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * Distributed runs for real: worker processes (separate JVMs of the built jar) serve the
 * ingest partitions over the machine's RabbitMQ, sharing a PostgreSQL schema with the
 * manager. Each test has its own schema and queue. Without RabbitMQ the tests are skipped
 * locally and fail in CI (CI=true), whose script starts it.
 */
class DistributedRunFunctionalTests {

	private static final Path JAR = Path.of("target/inference-tco.jar");

	@TempDir
	Path work;

	private final List<Process> workers = new ArrayList<>();

	private String url;

	private String queue;

	@BeforeAll
	static void rabbitMqAnswers() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 5672), 2000);
		}
		catch (IOException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("RabbitMQ is required in CI but did not answer on 127.0.0.1:5672", ex);
			}
			Assumptions.abort("RabbitMQ is not reachable on 127.0.0.1:5672: " + ex.getMessage());
		}
		Assumptions.assumeTrue(Files.exists(JAR), "the jar is built by mvn package before the functional tests");
	}

	@AfterEach
	void stopWorkers() throws InterruptedException {
		for (Process worker : workers) {
			worker.destroyForcibly();
			worker.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void twoWorkersReportTheSampleMonthAsALocalRunDoes() throws Exception {
		schemaAndQueue("sample");
		Process first = worker("w1");
		Process second = worker("w2");

		CliRun distributed = run(Path.of("input-samples/2026-10"), "dist", "--worker-timeout", "3m");

		assertThat(distributed.exitCode()).as(distributed.toString()).isZero();
		CliRun local = CliRun.of("run", "--month", "2026-10", "--input", "input-samples/2026-10", "--output",
				work.resolve("local").toString(), "--data", work.resolve("data").toString());
		assertThat(local.exitCode()).as(local.toString()).isZero();
		assertThat(SummaryJson.read(work.resolve("dist/tco-2026-10.json")))
			.isEqualTo(SummaryJson.read(work.resolve("local/tco-2026-10.json")));
		assertThat(Files.readString(work.resolve("w1.log")) + Files.readString(work.resolve("w2.log")))
			.as("the workers read the files")
			.contains("ingest");
		// SIGTERM ends a worker cleanly
		for (Process worker : List.of(first, second)) {
			worker.destroy();
			assertThat(worker.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(worker.exitValue()).isZero();
		}
	}

	@Test
	void withNoWorkerTheRunFailsWithinTheTimeoutNamingTheQueue() throws Exception {
		schemaAndQueue("none");
		long started = System.nanoTime();

		CliRun run = run(Path.of("input-samples/2026-10"), "none", "--worker-timeout", "5s");

		assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
		assertThat(run.stderr()).contains("no worker answered").contains(queue);
		assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(90);
	}

	@Test
	void aWorkerKilledMidPartitionIsResumedByTheRerunWithTheSameTotals() throws Exception {
		schemaAndQueue("kill");
		Path input = work.resolve("month");
		assertThat(CliRun
			.of("generate", "--month", "2026-10", "--rows", "400000", "--seed", "17", "--output", input.toString())
			.exitCode()).isZero();
		Process victim = worker("victim");
		CompletableFuture<CliRun> manager = CompletableFuture
			.supplyAsync(() -> run(input, "kill", "--worker-timeout", "20s"));
		// killed once it is reading the month's file
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (!Files.readString(work.resolve("victim.log")).contains("rows/s") && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		victim.destroyForcibly();
		victim.waitFor(30, TimeUnit.SECONDS);
		CliRun failed = manager.get(3, TimeUnit.MINUTES);
		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
		assertThat(failed.stderr()).contains(queue);

		worker("w1");
		worker("w2");
		CliRun rerun = run(input, "kill", "--worker-timeout", "5m");

		assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
		assertThat(rerun.stdout()).contains("(resumed)");
		CliRun local = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("local").toString(), "--data", work.resolve("data").toString());
		assertThat(local.exitCode()).as(local.toString()).isZero();
		JsonNode distributed = SummaryJson.withoutRestatement(work.resolve("kill/tco-2026-10.json"));
		assertThat(distributed).isEqualTo(SummaryJson.withoutRestatement(work.resolve("local/tco-2026-10.json")));
	}

	private void schemaAndQueue(String name) {
		url = PostgresSupport.freshSchemaUrl("tco_dist_" + name);
		queue = "inference-tco.test-" + name + "-" + Long.toString(System.nanoTime(), 36);
	}

	private CliRun run(Path input, String output, String... more) {
		List<String> args = new ArrayList<>(List.of("run", "--month", "2026-10", "--input", input.toString(),
				"--output", work.resolve(output).toString(), "--distributed", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + PostgresSupport.USER, "--inference-tco.queue=" + queue));
		args.addAll(List.of(more));
		return CliRun.of(args.toArray(String[]::new));
	}

	private Process worker(String name) throws IOException {
		Path log = work.resolve(name + ".log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-jar", JAR.toString(), "worker", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + PostgresSupport.USER, "--inference-tco.queue=" + queue)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		workers.add(process);
		return process;
	}

}
