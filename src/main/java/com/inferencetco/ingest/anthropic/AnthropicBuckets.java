package com.inferencetco.ingest.anthropic;

import java.time.LocalDate;

import com.inferencetco.ingest.FieldException;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.UsagePeriod;
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

	/**
	 * The bucket's start and end ({@code ending_at}: an hourly bucket names its hour);
	 * null for a bucket without its end.
	 */
	static UsagePeriod period(SourceRecord row) {
		String end = row.get("bucket.ending_at") != null ? "bucket.ending_at" : "ending_at";
		if (row.get(end) == null) {
			return null;
		}
		return new UsagePeriod(Values.instant(row, startColumn(row)), Values.instant(row, end));
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
