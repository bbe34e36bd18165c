package com.inferencetco.ingest.anthropic;

import java.time.LocalDate;

import com.inferencetco.ingest.FieldException;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.Values;

/**
 * Anthropic report rows name their bucket's start as {@code starting_at} (CSV) or
 * {@code bucket.starting_at} (JSON).
 */
final class AnthropicBuckets {

	private AnthropicBuckets() {
	}

	static String startColumn(SourceRecord row) {
		return row.get("bucket.starting_at") != null ? "bucket.starting_at" : "starting_at";
	}

	static LocalDate day(SourceRecord row) {
		String column = startColumn(row);
		if (row.get(column) == null) {
			throw new FieldException(column, "expected the bucket's starting_at (RFC 3339)");
		}
		return Values.utcDay(Values.instant(row, column));
	}

	/**
	 * The first of several spellings that the row carries (the API's nested names, or a
	 * flattened variant).
	 */
	static String first(SourceRecord row, String... columns) {
		for (String column : columns) {
			if (row.get(column) != null) {
				return column;
			}
		}
		return columns[0];
	}

}
