package com.inferencetco.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One input as the user sees it: a file below {@code --input}, or an entry of a
 * {@code .zip} there (named {@code archive.zip/entry.csv}). Opening it gunzips
 * {@code .gz} content transparently; zip entries are streamed from the archive, never
 * extracted to disk, so an entry name cannot write anywhere.
 *
 * @param path the file on disk
 * @param entry the zip entry's name, or null for a plain file
 * @param relativePath the name shown in reports: relative to the input folder, with '/'
 * @param rawBytesRead told how many stored bytes each read consumed (progress of a long
 * file), or null
 */
public record InputFile(Path path, String entry, String relativePath, LongConsumer rawBytesRead) {

	public InputFile(Path path, String entry, String relativePath) {
		this(path, entry, relativePath, null);
	}

	/** The same input, reporting the stored bytes its readers consume. */
	public InputFile withProgress(LongConsumer rawBytesRead) {
		return new InputFile(path, entry, relativePath, rawBytesRead);
	}

	public static InputFile plain(Path path, String relativePath) {
		return new InputFile(path, null, relativePath);
	}

	/**
	 * Decompressed bytes may exceed the compressed ones by this factor (real exports
	 * compress 5-20x)...
	 */
	static final long MAX_RATIO = 100;

	/**
	 * ...or this many bytes, whichever is more: beyond both, the file is a decompression
	 * bomb.
	 */
	static final long MIN_LIMIT = 100L * 1024 * 1024;

	public InputStream open() throws IOException {
		InputStream raw = rawBytesRead == null ? openRaw() : new CountingInputStream(openRaw(), rawBytesRead);
		if (name().endsWith(".gz")) {
			try {
				long limit = Math.max(MIN_LIMIT, compressedSize() * MAX_RATIO);
				return new BufferedInputStream(
						new BoundedInputStream(new GZIPInputStream(raw, 1 << 16), limit, relativePath), 1 << 16);
			}
			catch (IOException ex) {
				raw.close();
				throw ex;
			}
		}
		return raw;
	}

	/**
	 * The bytes as stored (a .gz stays compressed): what the audit trail's SHA-256 is
	 * taken over.
	 */
	public InputStream openRaw() throws IOException {
		InputStream raw;
		if (entry == null) {
			raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
		}
		else {
			ZipFile zip = new ZipFile(path.toFile());
			ZipEntry zipEntry = zip.getEntry(entry);
			if (zipEntry == null) {
				zip.close();
				throw new IOException("no entry " + entry + " in " + path.getFileName());
			}
			long limit = Math.max(MIN_LIMIT, Math.max(0, zipEntry.getCompressedSize()) * MAX_RATIO);
			raw = new BufferedInputStream(
					new FilterInputStream(new BoundedInputStream(zip.getInputStream(zipEntry), limit, relativePath)) {
						@Override
						public void close() throws IOException {
							try {
								super.close();
							}
							finally {
								zip.close();
							}
						}
					}, 1 << 16);
		}
		return raw;
	}

	/** The lower-case file name (the entry's, inside a zip). */
	public String name() {
		String full = entry != null ? entry : path.getFileName().toString();
		int slash = full.lastIndexOf('/');
		return full.substring(slash + 1).toLowerCase(Locale.ROOT);
	}

	/** The name without {@code .gz}, to tell CSV from JSON. */
	public String innerName() {
		String name = name();
		return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
	}

	public boolean isCsv() {
		return innerName().endsWith(".csv");
	}

	public boolean isJson() {
		String inner = innerName();
		return inner.endsWith(".json") || inner.endsWith(".jsonl") || inner.endsWith(".ndjson");
	}

	/**
	 * Parquet, also as AWS and Azure name it: {@code .snappy.parquet},
	 * {@code .gz.parquet}.
	 */
	public boolean isParquet() {
		return name().endsWith(".parquet");
	}

	public boolean isZip() {
		return entry == null && name().endsWith(".zip");
	}

	private long compressedSize() throws IOException {
		if (entry == null) {
			return Files.size(path);
		}
		try (ZipFile zip = new ZipFile(path.toFile())) {
			ZipEntry zipEntry = zip.getEntry(entry);
			return zipEntry == null ? 0 : Math.max(0, zipEntry.getSize());
		}
	}

	/**
	 * Stops reading past a limit, so a decompression bomb ends with a clear error instead
	 * of a full disk or heap.
	 */
	private static final class BoundedInputStream extends FilterInputStream {

		private final long limit;

		private final String name;

		private long count;

		BoundedInputStream(InputStream in, long limit, String name) {
			super(in);
			this.limit = limit;
			this.name = name;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			count += n;
			if (count > limit) {
				throw new IOException(name + " decompresses to more than " + limit / (1024 * 1024) + " MB, over "
						+ MAX_RATIO + " times its compressed size: refused as a decompression bomb");
			}
		}

	}

	public long size() throws IOException {
		if (entry == null) {
			return Files.size(path);
		}
		try (ZipFile zip = new ZipFile(path.toFile())) {
			ZipEntry zipEntry = zip.getEntry(entry);
			return zipEntry == null ? 0 : Math.max(0, zipEntry.getSize());
		}
	}

	/** Tells a consumer how many bytes each read returned. */
	private static final class CountingInputStream extends FilterInputStream {

		private final LongConsumer counter;

		CountingInputStream(InputStream in, LongConsumer counter) {
			super(in);
			this.counter = counter;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counter.accept(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counter.accept(n);
			}
			return n;
		}

	}
}
