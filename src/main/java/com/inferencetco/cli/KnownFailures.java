package com.inferencetco.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.inferencetco.ExitCode;
import com.inferencetco.TcoException;

/**
 * Failures that are not bugs and need one clear line rather than a stack trace: a full
 * disk, and a damaged database file. Both stay exit 1 (the input is not at fault), and
 * both say what to do next.
 */
final class KnownFailures {

	private KnownFailures() {
	}

	/** The failure explained, or null when it is not one of the known kinds. */
	static TcoException explain(Throwable failure, Path dataDir, Path outputDir, boolean embeddedDatabase) {
		TcoException explained = explainChain(failure, dataDir, outputDir, embeddedDatabase);
		for (Throwable other : failure.getSuppressed()) {
			explained = explained != null ? explained : explainChain(other, dataDir, outputDir, embeddedDatabase);
		}
		// a write that failed for want of space can surface later as a consequence ("the
		// database has been closed")
		if (explained == null && (usable(outputDir) < LOW_SPACE || embeddedDatabase && usable(dataDir) < LOW_SPACE)) {
			explained = diskFull(dataDir, outputDir, embeddedDatabase);
		}
		return explained;
	}

	/** Below this, a failure that names no cause is most likely the full disk. */
	private static final long LOW_SPACE = 16L * 1024 * 1024;

	private static TcoException explainChain(Throwable failure, Path dataDir, Path outputDir,
			boolean embeddedDatabase) {
		// the whole chain first for a full disk: H2 wraps it in errors that would
		// otherwise read as a damaged file
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("No space left on device")
					|| message.contains("There is not enough space on the disk")) {
				return diskFull(dataDir, outputDir, embeddedDatabase);
			}
		}
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (embeddedDatabase && (message.contains("[90030-") || message.contains("[90048-")
					|| t.getClass().getName().equals("org.h2.mvstore.MVStoreException"))) {
				return damagedDatabase(dataDir, message);
			}
		}
		return null;
	}

	private static TcoException diskFull(Path dataDir, Path outputDir, boolean embeddedDatabase) {
		Path fullest = outputDir;
		if (embeddedDatabase && usable(dataDir) < usable(outputDir)) {
			fullest = dataDir;
		}
		return new TcoException(ExitCode.UNEXPECTED,
				"no space left on the device of " + fullest + " (" + megabytes(usable(fullest))
						+ " free): free some space, then run the same command again; it resumes "
						+ "where it stopped, and no report was half-written");
	}

	private static TcoException damagedDatabase(Path dataDir, String detail) {
		Path file = dataDir.resolve("tco.mv.db");
		String cause = detail.length() > 160 ? detail.substring(0, 160) + "..." : detail;
		return new TcoException(ExitCode.UNEXPECTED, file + ": the database file is damaged (" + cause + "). Nothing "
				+ "was changed and no new database was started in its place. The reports already written and the "
				+ "export folders are the record: move the file aside (mv " + file + " " + file + ".damaged) and run "
				+ "again each month you need; month-over-month comparisons return as earlier months are rerun.");
	}

	private static long usable(Path folder) {
		try {
			Path existing = folder;
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			return existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
		}
		catch (IOException ex) {
			return Long.MAX_VALUE;
		}
	}

	private static String megabytes(long bytes) {
		return bytes == Long.MAX_VALUE ? "unknown space" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
	}

}
