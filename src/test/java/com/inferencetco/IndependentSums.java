package com.inferencetco;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sums computed straight from the export files, independently of the readers under test:
 * plain Commons CSV over the raw bytes (BOM stripped by hand), Jackson trees for JSON.
 */
public final class IndependentSums {

	private IndependentSums() {
	}

	public static BigDecimal csvColumn(Path file, String column) throws IOException {
		return csvColumn(file, column, r -> true);
	}

	public static BigDecimal csvColumn(Path file, String column, Predicate<CSVRecord> include) throws IOException {
		BigDecimal sum = BigDecimal.ZERO;
		try (Reader reader = reader(file)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				if (include.test(record)) {
					sum = sum.add(new BigDecimal(record.get(column)));
				}
			}
		}
		return sum;
	}

	public static long csvRows(Path file) throws IOException {
		long rows = 0;
		try (Reader reader = reader(file)) {
			for (CSVRecord ignored : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				rows++;
			}
		}
		return rows;
	}

	/**
	 * Sum of a column of a CSV file inside a zip (gunzipped when the entry is .gz); the
	 * first non-empty column wins.
	 */
	public static BigDecimal zippedCsvColumns(Path zip, String preferred, String fallback) throws IOException {
		BigDecimal sum = BigDecimal.ZERO;
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			var entry = archive.entries().nextElement();
			InputStream in = archive.getInputStream(entry);
			if (entry.getName().endsWith(".gz")) {
				in = new GZIPInputStream(in);
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (CSVRecord record : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(text))) {
				String value = record.get(preferred).isEmpty() ? record.get(fallback) : record.get(preferred);
				sum = sum.add(new BigDecimal(value));
			}
		}
		return sum;
	}

	/** Each record of a CSV file, BOM stripped, after skipping preamble lines. */
	public static Iterable<CSVRecord> csvRecords(Path file, int preambleLines) throws IOException {
		String text;
		try (Reader reader = reader(file)) {
			StringBuilder all = new StringBuilder();
			char[] buffer = new char[8192];
			int n;
			while ((n = reader.read(buffer)) > 0) {
				all.append(buffer, 0, n);
			}
			text = all.toString();
		}
		for (int i = 0; i < preambleLines; i++) {
			text = text.substring(text.indexOf('\n') + 1);
		}
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setAllowMissingColumnNames(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
	}

	/** Sum of amount.value over every result of every bucket of an OpenAI costs page. */
	public static BigDecimal openAiCosts(Path file) throws IOException {
		JsonNode page = JsonMapper.builder().build().readTree(Files.readString(file));
		BigDecimal sum = BigDecimal.ZERO;
		for (JsonNode bucket : page.get("data")) {
			for (JsonNode result : bucket.get("results")) {
				sum = sum.add(new BigDecimal(result.get("amount").get("value").asString()));
			}
		}
		return sum;
	}

	private static Reader reader(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		if (file.toString().endsWith(".gz")) {
			in = new GZIPInputStream(in);
		}
		byte[] bytes = in.readAllBytes();
		in.close();
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return new StringReader(text);
	}

}
