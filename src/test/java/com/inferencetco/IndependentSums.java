package com.inferencetco;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sums computed straight from the export files, independently of the readers under test: plain Commons CSV over
 * the raw bytes (BOM stripped by hand), Jackson trees for JSON.
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
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
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
			for (CSVRecord ignored : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				rows++;
			}
		}
		return rows;
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
		return new java.io.StringReader(text);
	}

}
