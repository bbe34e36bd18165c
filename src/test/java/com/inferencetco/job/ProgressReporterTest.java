package com.inferencetco.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * Progress on stderr: at most a line every few seconds, with rows, rows/s, the files read
 * and the time left.
 */
class ProgressReporterTest {

	private final AtomicLong now = new AtomicLong();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aLongIngestPrintsALineEveryFewSecondsWithRateFilesAndTimeLeft() {
		ProgressReporter progress = new ProgressReporter(
				new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true), false, now::get);
		// given 1,000 MB of input, read at 10 MB and 100,000 rows a second for 20 seconds
		// (after 3 s, 970 MB are
		// left: 97 s, shown in minutes; after 18 s, 820 MB: 82 s)
		progress.startIngest(0, 1_000_000_000L);
		progress.fileStarted("aws/cur-2026-10-00001.csv.gz");
		for (int tenth = 1; tenth <= 200; tenth++) {
			now.set(TimeUnit.MILLISECONDS.toNanos(100L * tenth));
			progress.bytesRead(1_000_000);
			progress.rowsRead(10_000);
		}
		progress.fileFinished("aws/cur-2026-10-00001.csv.gz");
		progress.finishIngest();

		List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
		// then one line per 3 seconds (6 in 20 s) and the closing line
		assertThat(lines).hasSize(7);
		assertThat(lines.get(0))
			.isEqualTo("inference-tco: ingest 300,000 rows, 100,000 rows/s, 10.0 MB/s, 3 % of input, "
					+ "about 2 min left, reading aws/cur-2026-10-00001.csv.gz");
		assertThat(lines.get(5)).contains("1,800,000 rows").contains("18 % of input").contains("about 82 s left");
		assertThat(lines.get(6))
			.isEqualTo("inference-tco: ingest done: 2,000,000 rows in 20.0 s (100,000 rows/s, 10.0 MB/s)");
	}

	@Test
	void onATerminalTheLineIsRedrawnInPlace() {
		ProgressReporter progress = new ProgressReporter(
				new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true), true, now::get);
		progress.startIngest(0, 0);
		now.set(TimeUnit.SECONDS.toNanos(1));
		progress.rowsRead(5);
		progress.say("writing tco-2026-10.xlsx");
		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("\rinference-tco: ingest 5 rows")
			.contains("\ninference-tco: writing tco-2026-10.xlsx\n");
	}

	@Test
	void timeLeftReadsInSecondsMinutesOrHours() {
		assertThat(ProgressReporter.duration(42)).isEqualTo("42 s");
		assertThat(ProgressReporter.duration(600)).isEqualTo("10 min");
		assertThat(ProgressReporter.duration(3 * 3600 + 1800)).isEqualTo("3.5 h");
	}

}
