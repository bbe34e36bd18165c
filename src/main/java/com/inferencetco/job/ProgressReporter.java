package com.inferencetco.job;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Progress of a long run on stderr (stdout is kept for the summary): rows read, rows and
 * megabytes per second, the files being read and an estimate of the time left, at most
 * one line every few seconds so that cron mails and CI logs stay short. On a terminal the
 * line is redrawn in place instead. Files are read in parallel, so every method is safe
 * to call from any ingest thread.
 */
@Component
public class ProgressReporter {

	private static final long INTERVAL_NANOS = Duration.ofSeconds(3).toNanos();

	private static final long TERMINAL_INTERVAL_NANOS = Duration.ofMillis(250).toNanos();

	private final PrintWriter out;

	private final boolean terminal;

	private final LongSupplier clock;

	private final AtomicLong rows = new AtomicLong();

	private final AtomicLong bytes = new AtomicLong();

	private final Set<String> currentFiles = new TreeSet<>();

	private volatile long startedAt;

	private volatile long totalBytes;

	private volatile long rowsAtStart;

	private long lastReportAt;

	private boolean lineOpen;

	private final PhaseTimes phases = new PhaseTimes();

	/**
	 * Progress goes where the command line's error output goes (the
	 * {@link ProgressOutput} it hands the job), else to standard error.
	 */
	@Autowired
	public ProgressReporter(ObjectProvider<ProgressOutput> output) {
		this(output.getIfAvailable(() -> new ProgressOutput(new PrintWriter(System.err, true))).writer(),
				System.console() != null, System::nanoTime);
	}

	/**
	 * For tests: where lines go, whether to redraw one line in place, and the clock in
	 * nanoseconds.
	 */
	ProgressReporter(PrintWriter out, boolean terminal, LongSupplier clock) {
		this.out = out;
		this.terminal = terminal;
		this.clock = clock;
		this.startedAt = clock.getAsLong();
	}

	public synchronized void say(String message) {
		endLine();
		out.println("inference-tco: " + message);
	}

	/**
	 * @param rowsAlreadyRead rows committed by an earlier attempt of this run (a restart)
	 * @param inputBytes the size of every input file as stored, what the estimate of the
	 * time left is based on
	 */
	public synchronized void startIngest(long rowsAlreadyRead, long inputBytes) {
		phases.lap("start");
		startedAt = clock.getAsLong();
		lastReportAt = startedAt;
		rows.set(rowsAlreadyRead);
		rowsAtStart = rowsAlreadyRead;
		bytes.set(0);
		totalBytes = inputBytes;
		currentFiles.clear();
	}

	public synchronized void fileStarted(String relativePath) {
		currentFiles.add(relativePath);
	}

	public synchronized void fileFinished(String relativePath) {
		currentFiles.remove(relativePath);
	}

	/** Bytes of a file as stored (compressed, for a .gz) that a reader has consumed. */
	public void bytesRead(long count) {
		bytes.addAndGet(count);
	}

	/**
	 * Called by readers every few thousand rows; prints only when the interval has
	 * passed.
	 */
	public void rowsRead(long count) {
		rows.addAndGet(count);
		long now = clock.getAsLong();
		if (now - lastReportAt < (terminal ? TERMINAL_INTERVAL_NANOS : INTERVAL_NANOS)) {
			return;
		}
		synchronized (this) {
			if (now - lastReportAt < (terminal ? TERMINAL_INTERVAL_NANOS : INTERVAL_NANOS)) {
				return;
			}
			lastReportAt = now;
			if (terminal) {
				out.print("\r" + line(now) + "\u001b[K");
				lineOpen = true;
			}
			else {
				out.println(line(now));
			}
		}
	}

	public synchronized void finishIngest() {
		phases.lap("ingest");
		endLine();
		long now = clock.getAsLong();
		double seconds = Math.max(1e-3, (now - startedAt) / 1e9);
		out.println(String.format(Locale.ROOT, "inference-tco: ingest done: %,d rows in %.1f s (%,d rows/s, %.1f MB/s)",
				rows.get(), seconds, Math.round((rows.get() - rowsAtStart) / seconds), bytes.get() / 1e6 / seconds));
	}

	/** Where the run's time went so far. */
	public PhaseTimes phases() {
		return phases;
	}

	/** The rows counted so far in this execution, restart included. */
	public long rows() {
		return rows.get();
	}

	private void endLine() {
		if (lineOpen) {
			out.println();
			lineOpen = false;
		}
	}

	private String line(long now) {
		double seconds = Math.max(1e-3, (now - startedAt) / 1e9);
		long read = bytes.get();
		double bytesPerSecond = read / seconds;
		String left = "";
		if (totalBytes > 0 && read > 0) {
			double share = Math.min(1.0, (double) read / totalBytes);
			long secondsLeft = Math.round(Math.max(0, totalBytes - read) / Math.max(1.0, bytesPerSecond));
			left = String.format(Locale.ROOT, ", %d %% of input, about %s left", Math.round(share * 100),
					duration(secondsLeft));
		}
		return String.format(Locale.ROOT, "inference-tco: ingest %,d rows, %,d rows/s, %.1f MB/s%s, reading %s",
				rows.get(), Math.round((rows.get() - rowsAtStart) / seconds), bytesPerSecond / 1e6, left,
				String.join(", ", currentFiles));
	}

	static String duration(long seconds) {
		if (seconds < 90) {
			return seconds + " s";
		}
		if (seconds < 90 * 60) {
			return Math.round(seconds / 60.0) + " min";
		}
		return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
	}

}
