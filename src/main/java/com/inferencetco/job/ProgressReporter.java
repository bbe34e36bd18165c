package com.inferencetco.job;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Progress of a long run on stderr (stdout is kept for the summary): the current file, rows read and rows per
 * second, at most one line every few seconds so that cron mails and CI logs stay short.
 */
@Component
public class ProgressReporter {

	private static final long INTERVAL_NANOS = Duration.ofSeconds(3).toNanos();

	private final PrintStream out = System.err;

	private long startedAt = System.nanoTime();

	private long lastReportAt;

	private long rowsAtStart;

	private volatile String currentFile = "";

	public void say(String message) {
		out.println("inference-tco: " + message);
	}

	public void startIngest(long rowsAlreadyRead) {
		startedAt = System.nanoTime();
		lastReportAt = startedAt;
		rowsAtStart = rowsAlreadyRead;
	}

	public void currentFile(String relativePath) {
		currentFile = relativePath;
	}

	/** Called after each chunk; prints only when the interval has passed. */
	public void rowsRead(long rows) {
		long now = System.nanoTime();
		if (now - lastReportAt < INTERVAL_NANOS) {
			return;
		}
		lastReportAt = now;
		out.println(line(rows, now));
	}

	public void finishIngest(long rows) {
		out.println(line(rows, System.nanoTime()));
	}

	private String line(long rows, long now) {
		double seconds = Math.max(1e-3, (now - startedAt) / 1e9);
		long rate = Math.round((rows - rowsAtStart) / seconds);
		return String.format(Locale.ROOT, "inference-tco: ingest %,d rows, %,d rows/s, file %s", rows, rate,
				currentFile);
	}
}
