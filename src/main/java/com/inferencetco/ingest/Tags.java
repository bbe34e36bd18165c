package com.inferencetco.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resource tags serialized as JSON in a CSV cell: FOCUS writes an object, Azure writes its members without the
 * enclosing braces. Keys are trimmed (the FOCUS sample has a key " org").
 */
public final class Tags {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Tags() {
	}

	public static Map<String, String> parse(String text, String column) {
		Map<String, String> tags = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return tags;
		}
		String json = text.strip();
		if (!json.startsWith("{")) {
			json = "{" + json + "}";
		}
		try {
			JsonNode node = MAPPER.readTree(json);
			if (!node.isObject()) {
				throw new FieldException(column, "expected a JSON object of tags in column " + column);
			}
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				JsonNode value = entry.getValue();
				tags.put(entry.getKey().strip(), value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString());
			}
			return tags;
		}
		catch (JacksonException ex) {
			throw new FieldException(column, "expected tags as a JSON object in column " + column + ": "
					+ ex.getOriginalMessage());
		}
	}

	/** The value of a tag key, compared case-insensitively; null when absent or empty. */
	public static String value(Map<String, String> tags, String key) {
		for (Map.Entry<String, String> entry : tags.entrySet()) {
			if (entry.getKey().toLowerCase(Locale.ROOT).equals(key) && !entry.getValue().isBlank()) {
				return entry.getValue().strip();
			}
		}
		return null;
	}

	/**
	 * The workload tag, as users spell it: {@code workload}, or with a provider prefix or namespace
	 * ({@code user:workload}, {@code user_workload}, OCI's {@code namespace.workload}).
	 */
	public static String workload(Map<String, String> tags) {
		String value = value(tags, "workload");
		if (value != null) {
			return value;
		}
		for (Map.Entry<String, String> entry : tags.entrySet()) {
			String key = entry.getKey().toLowerCase(Locale.ROOT);
			if ((key.endsWith(":workload") || key.endsWith(".workload") || key.endsWith("_workload")
					|| key.endsWith("/workload")) && !entry.getValue().isBlank()) {
				return entry.getValue().strip();
			}
		}
		return null;
	}
}
