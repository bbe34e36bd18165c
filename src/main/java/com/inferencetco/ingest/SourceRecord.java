package com.inferencetco.ingest;

import java.util.List;

/**
 * One record of an export as read, before normalization: a CSV row, or one result object
 * of a JSON page with its nested fields joined by dots. Values that are empty or the
 * literal {@code NULL} read as null.
 */
public interface SourceRecord {

	/**
	 * The 1-based line of the file where the record starts (for JSON pages: the result's
	 * ordinal).
	 */
	long line();

	/**
	 * The value of a column, or null when the column is absent or the value is empty or
	 * NULL.
	 */
	String get(String column);

	boolean hasColumn(String column);

	/** False for a CSV row with more or fewer values than the header has columns. */
	boolean consistent();

	/** A short description of the mismatch when the row is not consistent. */
	String inconsistency();

	/**
	 * The record's column names (CSV header, or flattened JSON keys): for dynamic tag
	 * columns.
	 */
	List<String> columnNames();

	/** The first characters of the record, for the rejects file. */
	String excerpt();

	/**
	 * Whether this rejected record is the file's header again (two exports joined into
	 * one file): null when it is not, the reason to reject it when it repeats the header
	 * as it is; a header repeated with its columns in another order stops the file, as
	 * every row after it would be read in the wrong columns.
	 */
	default String repeatedHeader() {
		return null;
	}

	/** A field of a record read into a map of texts: null when absent or empty. */
	static String field(java.util.Map<String, String> fields, String column) {
		String value = fields.get(column);
		return value == null || value.isEmpty() ? null : value;
	}

}
