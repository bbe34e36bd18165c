package com.inferencetco.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report under a temporary name in the target folder and moves it into place
 * only when complete, so a failed or killed run never leaves a half-written report where
 * a user or a cron job would pick it up.
 */
public final class AtomicOutput {

	/** Writes the content of one report to a stream. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private AtomicOutput() {
	}

	public static void write(Path target, Content content) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
				content.writeTo(out);
			}
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

}
