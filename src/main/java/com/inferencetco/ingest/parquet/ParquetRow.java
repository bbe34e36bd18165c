package com.inferencetco.ingest.parquet;

import java.util.List;
import java.util.Map;

import com.inferencetco.ingest.SourceRecord;

/**
 * One row of a Parquet export: its ordinal (the "line" of messages and rejects) and its
 * fields as texts.
 */
record ParquetRow(long line, Map<String, String> fields, ParquetColumns columns) implements SourceRecord {

	@Override
	public String get(String column) {
		String name = fields.containsKey(column) ? column : columns.find(column);
		if (name == null) {
			return null;
		}
		if (!columns.isDecoded(name)) {
			// a normalizer reading a column its format does not list would read it as
			// empty
			throw new IllegalStateException("column " + column
					+ " is read but was not decoded: add it to the columns its format reads (ExportReaders.columnsRead)");
		}
		return SourceRecord.field(fields, name);
	}

	@Override
	public boolean hasColumn(String column) {
		return columns.find(column) != null;
	}

	@Override
	public List<String> columnNames() {
		return columns.names();
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
