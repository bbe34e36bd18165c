package com.inferencetco.ingest.parquet;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import dev.hardwood.reader.RowReader;
import dev.hardwood.row.PqMap;
import dev.hardwood.schema.SchemaNode;

/**
 * The text of a Parquet value as the CSV layout of the same export writes it, so that one
 * normalizer reads both. The rounding rule for floating-point money: a DOUBLE (AWS writes
 * line_item_unblended_cost so) is read as the shortest decimal that converts back to the
 * same double ({@link BigDecimal#valueOf(double)}): 0.1 is 0.1, never
 * 0.1000000000000000055511151231257827, which is what the exporting system meant and what
 * its CSV holds. DECIMAL columns (Azure) are exact already. Timestamps without a zone are
 * taken as UTC, as the exports write them.
 */
final class ParquetValues {

	private ParquetValues() {
	}

	static String text(RowReader row, int index, SchemaNode field) {
		if (field instanceof SchemaNode.GroupNode group) {
			if (group.isMap()) {
				return json(row.getMap(index));
			}
			Object value = row.getValue(index);
			return value == null ? null : value.toString();
		}
		return text(row.getValue(index));
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Double d) {
			return d.isNaN() || d.isInfinite() ? d.toString() : BigDecimal.valueOf(d).toPlainString();
		}
		if (value instanceof Float f) {
			return f.isNaN() || f.isInfinite() ? f.toString() : new BigDecimal(Float.toString(f)).toPlainString();
		}
		if (value instanceof Instant instant) {
			return instant.toString();
		}
		if (value instanceof LocalDateTime local) {
			return local.toInstant(ZoneOffset.UTC).toString();
		}
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return value.toString();
	}

	/**
	 * A map column as a JSON object of texts, the form CUR 2.0's CSV gives its map
	 * columns.
	 */
	static String json(PqMap map) {
		if (map == null) {
			return null;
		}
		StringBuilder json = new StringBuilder("{");
		for (PqMap.Entry entry : map.getEntries()) {
			if (json.length() > 1) {
				json.append(", ");
			}
			quote(json, String.valueOf(entry.getKey()));
			json.append(": ");
			String value = entry.isValueNull() ? null : text(entry.getValue());
			if (value == null) {
				json.append("null");
			}
			else {
				quote(json, value);
			}
		}
		return json.append('}').toString();
	}

	private static void quote(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
