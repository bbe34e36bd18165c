package com.inferencetco.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A month's reports (JSON, workbook, PDF, rejects, detail) published together: the output
 * folder holds the previous set or the new one, never a mix. Each report is written into
 * a private staging folder beside the reports ({@code .tco-2026-10.staging-*}, created
 * fresh with a random name, so no link planted in the output folder is ever written
 * through); when every report is complete, a journal naming the set is committed in the
 * staging folder and the reports are renamed into place (a rename replaces a link in the
 * way, it never follows it). A run killed while writing leaves the previous set and a
 * staging folder the next run removes; one killed while renaming leaves a committed
 * journal the next run completes ({@link ReportPublication#recover}) before anything
 * else.
 */
public final class ReportSet implements AutoCloseable {

	/** Writes the content of one report to a stream. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private final Path outputDir;

	private final Path staging;

	private final Set<String> written = new LinkedHashSet<>();

	private final Set<String> removed = new LinkedHashSet<>();

	private boolean published;

	private ReportSet(Path outputDir, Path staging) {
		this.outputDir = outputDir;
		this.staging = staging;
	}

	/** Starts the set of reports named {@code base} (e.g. tco-2026-10) in the folder. */
	public static ReportSet begin(Path outputDir, String base) throws IOException {
		Files.createDirectories(outputDir);
		Path staging = Files.createTempDirectory(outputDir, "." + base + ReportPublication.STAGING);
		return new ReportSet(outputDir, staging);
	}

	/**
	 * Writes one report of the set (safe to call from several threads for different
	 * names).
	 */
	public void write(String name, Content content) throws IOException {
		Path file = staging.resolve(ReportPublication.plainName(name));
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
			content.writeTo(out);
		}
		synchronized (this) {
			written.add(name);
			removed.remove(name);
		}
	}

	/**
	 * A report of an earlier set that this set no longer has (no rejected rows, the
	 * detail's other form): removed when the set is published.
	 */
	public synchronized void remove(String name) {
		if (!written.contains(name)) {
			removed.add(ReportPublication.plainName(name));
		}
	}

	/** Commits the set and moves it into place. */
	public synchronized void publish() throws IOException {
		List<String> journal = new ArrayList<>();
		written.forEach(name -> journal.add(ReportPublication.MOVE + name));
		removed.forEach(name -> journal.add(ReportPublication.REMOVE + name));
		ReportPublication.commit(staging, journal);
		ReportPublication.complete(outputDir, staging);
		published = true;
	}

	/** The reports of the set are in place (or, unpublished, the staging is removed). */
	@Override
	public void close() throws IOException {
		if (!published) {
			ReportPublication.discard(staging);
		}
	}

}
