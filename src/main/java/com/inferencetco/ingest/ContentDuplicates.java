package com.inferencetco.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.inferencetco.TcoException;
import com.inferencetco.model.SkippedInput;

/**
 * The same bill twice (copied under another name, kept as .csv and .csv.gz, zipped beside
 * the original, or twice in one archive) would double the month. Inputs with identical
 * content, compared by the SHA-256 of what they decompress to, are read once: the one
 * with the shortest name is kept, the others are skipped with a note naming it. Only
 * inputs whose decompressed size matches another's are hashed (a gzip file states its
 * size in its last four bytes), so a folder without duplicates costs a directory listing.
 */
final class ContentDuplicates {

	private ContentDuplicates() {
	}

	record Split(List<InputFile> kept, List<SkippedInput> skipped) {
	}

	/**
	 * @param inputs in the order they are read (by path)
	 */
	static Split split(List<InputFile> inputs) {
		Map<Long, Integer> sizes = new HashMap<>();
		long[] hints = new long[inputs.size()];
		for (int i = 0; i < inputs.size(); i++) {
			long size = decodedSize(inputs.get(i));
			// gzip states the size modulo 2^32
			hints[i] = size < 0 ? size : size & 0xFFFFFFFFL;
			sizes.merge(hints[i], 1, Integer::sum);
		}
		boolean unknownSizes = sizes.containsKey(-1L);
		Map<String, InputFile> keptByDigest = new HashMap<>();
		String[] digests = new String[inputs.size()];
		for (int i = 0; i < inputs.size(); i++) {
			if (inputs.size() >= 2 && (unknownSizes || sizes.get(hints[i]) >= 2)) {
				digests[i] = contentDigest(inputs.get(i));
				keptByDigest.merge(digests[i], inputs.get(i), ContentDuplicates::original);
			}
		}
		List<InputFile> kept = new ArrayList<>();
		List<SkippedInput> skipped = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			InputFile input = inputs.get(i);
			InputFile original = digests[i] == null ? input : keptByDigest.get(digests[i]);
			if (original == input) {
				kept.add(input);
			}
			else {
				skipped.add(new SkippedInput(input.relativePath(), "same content as " + original.relativePath()
						+ ": read once, so the bill is not counted twice"));
			}
		}
		return new Split(kept, skipped);
	}

	/**
	 * Of two copies, the one with the shorter name is taken for the original ("bill.csv",
	 * not "bill (1).csv").
	 */
	private static InputFile original(InputFile a, InputFile b) {
		int byLength = Integer.compare(a.relativePath().length(), b.relativePath().length());
		return byLength < 0 || byLength == 0 && a.relativePath().compareTo(b.relativePath()) <= 0 ? a : b;
	}

	/**
	 * The decompressed size where it can be known without reading the content, else -1.
	 */
	private static long decodedSize(InputFile input) {
		try {
			if (input.entry() != null) {
				return input.name().endsWith(".gz") ? -1 : input.size();
			}
			if (!input.name().endsWith(".gz")) {
				return input.size();
			}
			try (RandomAccessFile file = new RandomAccessFile(input.path().toFile(), "r")) {
				if (file.length() < 18) {
					return -2; // not a complete gzip file: reading it will say so
				}
				// ISIZE: the size modulo 2^32, little-endian
				file.seek(file.length() - 4);
				byte[] b = new byte[4];
				file.readFully(b);
				return (b[0] & 0xFFL) | (b[1] & 0xFFL) << 8 | (b[2] & 0xFFL) << 16 | (b[3] & 0xFFL) << 24;
			}
		}
		catch (IOException ex) {
			throw TcoException.inputRejected(input.relativePath() + ": cannot read the file: " + ex.getMessage(), ex);
		}
	}

	private static String contentDigest(InputFile input) {
		try (InputStream in = new DigestInputStream(input.open(), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw TcoException.inputRejected(
					input.relativePath() + ": cannot read the file: " + ex.getMessage() + " (expected a complete file)",
					ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
