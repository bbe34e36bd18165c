package com.inferencetco.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The journal of a {@link ReportSet}: committed by one rename inside its staging folder,
 * then carried out; a journal left by a killed run is carried out again by the next one,
 * so a set once committed is always published whole.
 */
public final class ReportPublication {

	/** Marks a staging folder: {@code .tco-2026-10.staging-<random>}. */
	static final String STAGING = ".staging-";

	static final String JOURNAL = "publish.journal";

	static final String MOVE = "move ";

	static final String REMOVE = "remove ";

	private ReportPublication() {
	}

	/**
	 * Completes or discards what an earlier run left in the output folder: a committed
	 * set is moved into place, an uncommitted one removed. Call it holding the output
	 * folder's lock, before writing anything there.
	 */
	public static void recover(Path outputDir) throws IOException {
		if (!Files.isDirectory(outputDir)) {
			return;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(outputDir,
				entry -> entry.getFileName().toString().startsWith(".tco-")
						&& entry.getFileName().toString().contains(STAGING)
						&& Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))) {
			for (Path staging : entries) {
				if (Files.isRegularFile(staging.resolve(JOURNAL), LinkOption.NOFOLLOW_LINKS)) {
					complete(outputDir, staging);
				}
				else {
					discard(staging);
				}
			}
		}
	}

	/** Writes the journal and commits it with one rename (fsync'd before). */
	static void commit(Path staging, List<String> lines) throws IOException {
		Path draft = staging.resolve(JOURNAL + ".draft");
		try (FileChannel out = FileChannel.open(draft, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
				LinkOption.NOFOLLOW_LINKS)) {
			out.write(ByteBuffer.wrap((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
			out.force(true);
		}
		for (String line : lines) {
			if (line.startsWith(MOVE)) {
				try (FileChannel report = FileChannel.open(staging.resolve(line.substring(MOVE.length())),
						StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
					report.force(true);
				}
			}
		}
		Files.move(draft, staging.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Carries out a committed journal (again, after a kill: a report already moved is
	 * passed over) and removes the staging folder.
	 */
	static void complete(Path outputDir, Path staging) throws IOException {
		for (String line : Files.readAllLines(staging.resolve(JOURNAL), StandardCharsets.UTF_8)) {
			if (line.startsWith(MOVE)) {
				String name = plainName(line.substring(MOVE.length()));
				Path report = staging.resolve(name);
				if (Files.exists(report, LinkOption.NOFOLLOW_LINKS)) {
					// rename(2): a link or file in the way is replaced, never written
					// through
					Files.move(report, outputDir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
							StandardCopyOption.REPLACE_EXISTING);
				}
			}
			else if (line.startsWith(REMOVE)) {
				Files.deleteIfExists(outputDir.resolve(plainName(line.substring(REMOVE.length()))));
			}
		}
		discard(staging);
	}

	/**
	 * Removes a staging folder and what is in it (links themselves, never their targets).
	 */
	static void discard(Path staging) throws IOException {
		if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(staging)) {
			for (Path entry : entries) {
				if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
					discard(entry);
				}
				else {
					Files.deleteIfExists(entry);
				}
			}
		}
		try {
			Files.delete(staging);
		}
		catch (NoSuchFileException ex) {
			// removed meanwhile: nothing left to do
		}
	}

	/**
	 * A report's name is a plain file name; anything else in a journal is not ours.
	 */
	static String plainName(String name) {
		if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
			throw new IllegalArgumentException("not a plain report name: '" + name + "'");
		}
		return name;
	}

}
