package com.inferencetco.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resource tags serialized as JSON in a CSV cell: FOCUS writes an object, Azure writes
 * its members without the enclosing braces. Keys are trimmed (the FOCUS sample has a key
 * " org").
 */
public final class Tags {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Tags() {
	}

	/** Parsed tag texts, shared by every reader: tags repeat on most lines of a bill. */
	private static final Memo<String, Map<String, String>> PARSED = Memo.ofText(20_000, Tags::parseJson);

	/** The tags of a cell, in their order; unmodifiable. */
	public static Map<String, String> parse(String text, String column) {
		if (text == null || text.isBlank()) {
			return Map.of();
		}
		try {
			return PARSED.get(text);
		}
		catch (NotAnObject ex) {
			throw new FieldException(column, "expected a JSON object of tags in column " + column);
		}
		catch (JacksonException ex) {
			throw new FieldException(column,
					"expected tags as a JSON object in column " + column + ": " + ex.getOriginalMessage());
		}
	}

	/**
	 * Thrown inside the memo when the JSON is valid but not an object; the caller names
	 * the column.
	 */
	private static final class NotAnObject extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotAnObject() {
			super(null, null, false, false);
		}

	}

	private static Map<String, String> parseJson(String text) {
		String json = text.strip();
		if (!json.startsWith("{")) {
			json = "{" + json + "}";
		}
		Map<String, String> flat = FlatJsonObject.parse(json);
		if (flat != null) {
			return Collections.unmodifiableMap(flat);
		}
		Map<String, String> tags = new LinkedHashMap<>();
		JsonNode node = MAPPER.readTree(json);
		if (!node.isObject()) {
			throw new NotAnObject();
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			JsonNode value = entry.getValue();
			tags.put(entry.getKey().strip(),
					value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString());
		}
		return Collections.unmodifiableMap(tags);
	}

	/** The value of a tag key, compared case-insensitively; null when absent or empty. */
	public static String value(Map<String, String> tags, String key) {
		for (Map.Entry<String, String> entry : tags.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(key) && !entry.getValue().isBlank()) {
				return entry.getValue().strip();
			}
		}
		return null;
	}

	/**
	 * The workload tag, as users spell it: {@code workload}, or with a provider prefix or
	 * namespace ({@code user:workload}, {@code user_workload}, OCI's
	 * {@code namespace.workload}).
	 */
	public static String workload(Map<String, String> tags) {
		String value = value(tags, "workload");
		if (value != null) {
			return value;
		}
		for (Map.Entry<String, String> entry : tags.entrySet()) {
			String key = entry.getKey();
			int at = key.length() - "workload".length() - 1;
			if (at >= 0 && ":._/".indexOf(key.charAt(at)) >= 0 && key.regionMatches(true, at + 1, "workload", 0, 8)
					&& !entry.getValue().isBlank()) {
				return entry.getValue().strip();
			}
		}
		return null;
	}

}
