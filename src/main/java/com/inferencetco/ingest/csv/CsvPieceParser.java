package com.inferencetco.ingest.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.inferencetco.ingest.SourceRecord;

/**
 * Splits a piece into records exactly as Commons CSV does with the export format:
 * comma-separated, values in double quotes may hold commas, line breaks and doubled
 * quotes, a quote elsewhere is an ordinary character, only white space may follow a
 * closing quote, every value is trimmed, empty lines are skipped, and a record starts on
 * the line after the previous record's end. Commons CSV's character-by-character reader
 * was half of the time of a large bill; this works on the piece's characters in place.
 */
final class CsvPieceParser {

	private final char[] chars;

	/** The piece's characters end here. */
	private final int end;

	private final long firstLine;

	/** The position being read. */
	private int at;

	/** Line breaks passed so far in the piece. */
	private long breaks;

	private final StringBuilder quoted = new StringBuilder();

	private final List<String> headerNames;

	private final CsvColumns columns;

	private final Map<String, String> constants;

	CsvPieceParser(char[] text, int length, long firstLine, List<String> headerNames, CsvColumns columns,
			Map<String, String> constants) {
		this.chars = text;
		this.end = length;
		this.firstLine = firstLine;
		this.headerNames = headerNames;
		this.columns = columns;
		this.constants = constants;
	}

	List<SourceRecord> records() throws IOException {
		List<SourceRecord> records = new ArrayList<>();
		int[] bounds = new int[2 * Math.max(4, headerNames.size())];
		long previousEnd = firstLine - 1;
		while (true) {
			while (at < end && (chars[at] == '\n' || chars[at] == '\r')) {
				lineBreak();
			}
			if (at >= end) {
				return records;
			}
			// each value: [start, end) in the piece, or -1 and its text in 'materialized'
			// (quoted values)
			int count = 0;
			String[] materialized = null;
			boolean endOfRecord = false;
			while (!endOfRecord) {
				if (2 * count + 2 > bounds.length) {
					bounds = Arrays.copyOf(bounds, bounds.length * 2);
				}
				if (at >= end) {
					// end of the piece right after a comma: an empty last value
					bounds[2 * count] = 0;
					bounds[2 * count + 1] = 0;
					count++;
					break;
				}
				char c = chars[at];
				if (c == '"') {
					String value = quotedValue();
					if (materialized == null || materialized.length < bounds.length / 2) {
						materialized = materialized == null ? new String[bounds.length / 2]
								: Arrays.copyOf(materialized, bounds.length / 2);
					}
					materialized[count] = value;
					bounds[2 * count] = -1;
					bounds[2 * count + 1] = -1;
					count++;
					endOfRecord = afterClosingQuote();
					continue;
				}
				int valueStart = at;
				while (at < end && (c = chars[at]) != ',' && c != '\n' && c != '\r') {
					at++;
				}
				int valueEnd = at;
				while (valueStart < valueEnd && chars[valueStart] <= ' ') {
					valueStart++;
				}
				while (valueEnd > valueStart && chars[valueEnd - 1] <= ' ') {
					valueEnd--;
				}
				bounds[2 * count] = valueStart;
				bounds[2 * count + 1] = valueEnd;
				count++;
				if (at >= end) {
					endOfRecord = true;
				}
				else if (chars[at] == ',') {
					at++;
				}
				else {
					lineBreak();
					endOfRecord = true;
				}
			}
			records.add(new PieceRecord(chars, Arrays.copyOf(bounds, 2 * count),
					materialized == null ? null : Arrays.copyOf(materialized, count), previousEnd + 1));
			previousEnd = firstLine - 1 + breaks;
		}
	}

	/**
	 * Reads a value in quotes, from the opening quote to the closing one; trimmed, as
	 * Commons CSV trims it.
	 */
	private String quotedValue() throws IOException {
		long startLine = firstLine + breaks;
		quoted.setLength(0);
		at++;
		while (true) {
			if (at >= end) {
				throw new IOException("line " + startLine + ": the file ends inside a quoted value");
			}
			char c = chars[at++];
			if (c == '"') {
				if (at < end && chars[at] == '"') {
					quoted.append('"');
					at++;
				}
				else {
					return quoted.toString().trim();
				}
			}
			else {
				if (c == '\n' || (c == '\r' && !(at < end && chars[at] == '\n'))) {
					breaks++;
				}
				quoted.append(c);
			}
		}
	}

	/**
	 * After a closing quote: white space, then a comma (false), or the end of the record
	 * (true).
	 */
	private boolean afterClosingQuote() throws IOException {
		while (at < end) {
			char c = chars[at];
			if (c == ',') {
				at++;
				return false;
			}
			if (c == '\n' || c == '\r') {
				lineBreak();
				return true;
			}
			if (!Character.isWhitespace(c)) {
				throw new IOException("line " + (firstLine + breaks) + ": invalid character after a quoted value "
						+ "(expected a comma or the end of the line)");
			}
			at++;
		}
		return true;
	}

	/** Passes one line break: LF, CR LF, or a CR alone. */
	private void lineBreak() {
		if (chars[at] == '\r' && at + 1 < end && chars[at + 1] == '\n') {
			at++;
		}
		at++;
		breaks++;
	}

	/**
	 * A record of a piece: values are cut out of the piece's characters when first asked
	 * for.
	 */
	private final class PieceRecord extends CsvRow {

		private final char[] text;

		private final int[] bounds;

		private final String[] values;

		PieceRecord(char[] text, int[] bounds, String[] materialized, long line) {
			super(columns, constants, headerNames, line);
			this.text = text;
			this.bounds = bounds;
			this.values = materialized == null ? new String[bounds.length / 2] : materialized;
		}

		@Override
		int size() {
			return bounds.length / 2;
		}

		@Override
		String value(int index) {
			String value = values[index];
			if (value == null) {
				int start = bounds[2 * index];
				value = SeenValues.CURRENT.get().of(text, start, bounds[2 * index + 1] - start);
				values[index] = value;
			}
			return value;
		}

	}

	/**
	 * The values a thread has recently cut out of pieces, so that a value repeated on
	 * many lines (a currency, an account, a service, a resource) is the same String each
	 * time: its hash is computed once, and the record keys built from it compare by
	 * reference. A small table per thread, overwritten on collision: bounded, no locks.
	 */
	static final class SeenValues {

		static final ThreadLocal<SeenValues> CURRENT = ThreadLocal.withInitial(SeenValues::new);

		private static final int SIZE = 1 << 12;

		/**
		 * Longer values (descriptions of one line, tag sets) are rarely repeated exactly:
		 * not kept.
		 */
		private static final int LONGEST = 128;

		private final String[] table = new String[SIZE];

		String of(char[] text, int start, int length) {
			if (length == 0) {
				return "";
			}
			if (length > LONGEST) {
				return new String(text, start, length);
			}
			int hash = 0;
			for (int i = start; i < start + length; i++) {
				hash = 31 * hash + text[i];
			}
			int slot = (hash ^ (hash >>> 16)) & (SIZE - 1);
			String seen = table[slot];
			if (seen != null && seen.length() == length && seen.hashCode() == hash && sameChars(seen, text, start)) {
				return seen;
			}
			String value = new String(text, start, length);
			table[slot] = value;
			return value;
		}

		private static boolean sameChars(String seen, char[] text, int start) {
			for (int i = 0; i < seen.length(); i++) {
				if (seen.charAt(i) != text[start + i]) {
					return false;
				}
			}
			return true;
		}

	}

}
