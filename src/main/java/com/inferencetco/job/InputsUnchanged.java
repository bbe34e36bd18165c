package com.inferencetco.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.inferencetco.TcoException;
import com.inferencetco.store.StoredInputFile;

/**
 * Refuses a month whose input files changed while the run read them (an export still
 * being written or appended to): their SHA-256 in the audit is of the file as it was when
 * the run began, their figures of whatever was read after, and the two would not match. A
 * plain file whose size is no longer the size recorded when the run began is named; the
 * run stops (exit 3) and can be run again once the export is complete.
 */
final class InputsUnchanged {

	private InputsUnchanged() {
	}

	static void check(Path inputDir, List<StoredInputFile> files) {
		for (StoredInputFile file : files) {
			if (file.entryName() != null || file.diskPath() == null) {
				continue; // a zip entry is read from an archive that was opened once
			}
			long now;
			try {
				now = Files.size(inputDir.resolve(file.diskPath()));
			}
			catch (IOException ex) {
				throw TcoException.inputRejected(file.relativePath() + ": the file went away while the run read it ("
						+ ex.getMessage() + "); run again once the exports are in place");
			}
			if (now != file.sizeBytes()) {
				throw TcoException.inputRejected(String.format(Locale.ROOT,
						"%s: the file changed while the run read it (%,d bytes when the run began, %,d now), so its "
								+ "figures and its SHA-256 would not match; run again once the export is complete",
						file.relativePath(), file.sizeBytes(), now));
			}
		}
	}

}
