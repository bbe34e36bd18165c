package com.inferencetco.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens an export file as bytes, gunzipping {@code .gz} files transparently. */
public final class ExportInput {

	private ExportInput() {
	}

	public static InputStream open(Path path) throws IOException {
		InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
		if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
			try {
				return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
			}
			catch (IOException ex) {
				raw.close();
				throw ex;
			}
		}
		return raw;
	}

	/** The name without {@code .gz}, to tell CSV from JSON. */
	public static String innerName(Path path) {
		String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
	}

	public static boolean isJson(Path path) {
		return innerName(path).endsWith(".json");
	}

	public static boolean isCsv(Path path) {
		return innerName(path).endsWith(".csv");
	}
}
