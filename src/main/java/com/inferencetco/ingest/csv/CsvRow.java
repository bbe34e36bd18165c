package com.inferencetco.ingest.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.inferencetco.TcoException;

import com.inferencetco.ingest.SourceRecord;

/**
 * One CSV record with its file's header: values by column name (exact, then
 * case-insensitive), empty and {@code NULL} values read as null, constants for columns
 * the file lacks, and the check that the record has as many values as the header has
 * names.
 */
abstract class CsvRow implements SourceRecord {

	private final CsvColumns columns;

	private final Map<String, String> constants;

	private final List<String> headerNames;

	private final long line;

	CsvRow(CsvColumns columns, Map<String, String> constants, List<String> headerNames, long line) {
		this.columns = columns;
		this.constants = constants;
		this.headerNames = headerNames;
		this.line = line;
	}

	/** Values in the record. */
	abstract int size();

	/** The value at a position, trimmed, as read. */
	abstract String value(int index);

	@Override
	public long line() {
		return line;
	}

	@Override
	public String get(String column) {
		int index = columns.indexOf(column);
		if (index < 0) {
			return constants.get(column);
		}
		if (index >= size()) {
			return null;
		}
		String value = value(index);
		return value.isEmpty() || "NULL".equals(value) ? null : value;
	}

	@Override
	public boolean hasColumn(String column) {
		return columns.indexOf(column) >= 0 || constants.containsKey(column);
	}

	@Override
	public boolean consistent() {
		return size() == headerNames.size();
	}

	@Override
	public List<String> columnNames() {
		return headerNames;
	}

	@Override
	public String inconsistency() {
		return "expected " + headerNames.size() + " values as in the header, found " + size();
	}

	@Override
	public String excerpt() {
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < size() && joined.length() <= 200; i++) {
			if (i > 0) {
				joined.append(',');
			}
			joined.append(value(i));
		}
		return joined.length() <= 200 ? joined.toString() : joined.substring(0, 200) + "...";
	}

	@Override
	public String repeatedHeader() {
		if (size() != headerNames.size()) {
			return null;
		}
		List<String> values = new ArrayList<>(size());
		for (int i = 0; i < size(); i++) {
			values.add(value(i));
		}
		if (values.equals(headerNames)) {
			return "the header repeated at line " + line + " (two exports joined into one file?); the rows after it "
					+ "are read with its columns, which are the same";
		}
		if (sorted(values).equals(sorted(headerNames))) {
			throw TcoException.inputRejected(columns.fileName() + " line " + line + ": the header is repeated with "
					+ "its columns in another order (two exports joined into one file?), so the rows after it cannot "
					+ "be read with the first header's columns; split the file at line " + line
					+ " into two files, each with its own header");
		}
		return null;
	}

	private static List<String> sorted(List<String> names) {
		return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).sorted().toList();
	}

}
