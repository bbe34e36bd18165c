package com.inferencetco.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.cli.CliRun;

/**
 * However ingest divides the work (one thread; pieces of a file on two threads; records
 * on two threads; small blocks ending on row or key limits), the stored records and the
 * reports are the same, row for row.
 */
class ParallelIngestTest {

	@TempDir
	Path work;

	@Test
	void everyWayOfDividingIngestStoresTheSameRecords() throws IOException {
		// given a generated FOCUS and CUR 2.0 month
		Path input = work.resolve("in");
		assertThat(CliRun
			.of("generate", "--month", "2026-10", "--rows", "20000", "--output", input.toString(), "--seed", "11")
			.exitCode()).isZero();
		assertThat(CliRun
			.of("generate", "--month", "2026-10", "--rows", "20000", "--format", "aws-cur-2.0", "--output",
					input.toString(), "--seed", "12")
			.exitCode()).isZero();

		// when it runs on one thread, and divided in three other ways
		String sequential = run("one", "--inference-tco.ingest.threads=1");
		List<String> divided = new ArrayList<>();
		divided.add(run("pieces", "--inference-tco.ingest.threads=2", "--inference-tco.ingest.pieces-from-bytes=0",
				"--inference-tco.ingest.block-rows=3000"));
		divided.add(run("records", "--inference-tco.ingest.threads=2",
				"--inference-tco.ingest.pieces-from-bytes=999999999999", "--inference-tco.ingest.block-rows=7000"));
		divided.add(run("keys", "--inference-tco.ingest.threads=3", "--inference-tco.ingest.pieces-from-bytes=0",
				"--inference-tco.ingest.block-keys=300"));

		// then the detail of every stored record (with its first line and line count) and
		// the summary are the same
		for (String result : divided) {
			assertThat(result).isEqualTo(sequential);
		}
		assertThat(sequential).contains("focus-2026-10.csv.gz").contains("cur2-2026-10.csv.gz");
	}

	private String run(String name, String... tuning) throws IOException {
		Path out = work.resolve("out-" + name);
		List<String> args = new ArrayList<>(
				List.of("run", "--month", "2026-10", "--input", work.resolve("in").toString(), "--output",
						out.toString(), "--data", work.resolve("data-" + name).toString(), "--detail-csv"));
		args.addAll(List.of(tuning));
		CliRun run = CliRun.of(args.toArray(String[]::new));
		assertThat(run.exitCode()).as(run.toString()).isZero();
		return Files.readString(out.resolve("tco-2026-10-detail.csv"))
				+ Files.readString(out.resolve("tco-2026-10.json"));
	}

}
