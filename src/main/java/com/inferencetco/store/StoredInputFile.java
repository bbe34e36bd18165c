package com.inferencetco.store;

/** An input file of a run as stored, with its row counts. */
public record StoredInputFile(int fileIndex, String relativePath, String format, String sha256, long sizeBytes,
		long rowsRead, long rowsNormalized, long rowsRejected, String diskPath, String entryName) {
}
