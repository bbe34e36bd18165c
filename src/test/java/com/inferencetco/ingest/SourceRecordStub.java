package com.inferencetco.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hand-built source record for normalizer tests: column, value, column, value, ... */
public final class SourceRecordStub implements SourceRecord {

	private final Map<String, String> values = new LinkedHashMap<>();

	private final long line;

	public SourceRecordStub(String... columnsAndValues) {
		this(2, columnsAndValues);
	}

	public SourceRecordStub(long line, String... columnsAndValues) {
		this.line = line;
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			values.put(columnsAndValues[i], columnsAndValues[i + 1]);
		}
	}

	@Override
	public long line() {
		return line;
	}

	@Override
	public String get(String column) {
		String value = values.get(column);
		return value == null || value.isEmpty() || value.equals("NULL") ? null : value;
	}

	@Override
	public boolean hasColumn(String column) {
		return values.containsKey(column);
	}

	@Override
	public boolean consistent() {
		return true;
	}

	@Override
	public String inconsistency() {
		return "";
	}

	@Override
	public List<String> columnNames() {
		return List.copyOf(values.keySet());
	}

	@Override
	public String excerpt() {
		return values.toString();
	}

}
