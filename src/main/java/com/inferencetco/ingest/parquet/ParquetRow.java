package com.inferencetco.ingest.parquet;

import java.util.List;
import java.util.Map;

import com.inferencetco.ingest.SourceRecord;

/**
 * One row of a Parquet export: its ordinal (the "line" of messages and rejects) and its
 * fields as texts.
 */
record ParquetRow(long line, Map<String, String> fields, List<String> columnNames) implements SourceRecord {

	@Override
	public String get(String column) {
		return SourceRecord.field(fields, column);
	}

	@Override
	public boolean hasColumn(String column) {
		return fields.containsKey(column) || columnNames.contains(column);
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
	public String excerpt() {
		String text = fields.toString();
		return text.length() <= 200 ? text : text.substring(0, 200) + "...";
	}
}
