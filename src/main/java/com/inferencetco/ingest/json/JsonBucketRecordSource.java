package com.inferencetco.ingest.json;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.SourceRecord;

/**
 * Streams the result objects of LLM providers' usage and cost API pages: {@code {"data": [bucket, ...]}} where
 * each bucket has a time range and {@code results}. A file may hold one page or an array of pages. Each result
 * becomes a record whose nested fields are joined by dots ({@code amount.value}); the bucket's fields are
 * available as {@code bucket.start_time} and so on. One bucket at a time is held in memory.
 */
public class JsonBucketRecordSource extends QueuedJsonRecordSource {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		// buckets are read one at a time from the middle of the stream
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private long ordinal;

	private boolean insideData;

	public JsonBucketRecordSource(InputFile input) {
		super(input, MAPPER, "JSON export");
	}

	/** Advances to the next bucket object inside a {@code data} array and queues its results. */
	@Override
	protected void readMore() {
		try {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (insideData) {
					if (token == JsonToken.START_OBJECT) {
						queueResults(MAPPER.readTree(parser));
						return;
					}
					if (token == JsonToken.END_ARRAY) {
						insideData = false;
					}
					else {
						parser.skipChildren();
					}
				}
				else if (token == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					JsonToken value = parser.nextToken();
					if ("data".equals(name) && value == JsonToken.START_ARRAY) {
						insideData = true;
					}
					else {
						parser.skipChildren();
					}
				}
			}
			finish();
		}
		catch (JacksonException ex) {
			throw malformed(ex, "a usage or cost API page: {\"data\": [{\"results\": [...]}, ...]}");
		}
	}

	private void queueResults(JsonNode bucket) {
		Map<String, String> bucketFields = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : bucket.properties()) {
			if (field.getValue().isValueNode() && !field.getValue().isNull()) {
				bucketFields.put("bucket." + field.getKey(), text(field.getValue()));
			}
		}
		JsonNode results = bucket.get("results");
		if (results == null || !results.isArray()) {
			return;
		}
		for (JsonNode result : results) {
			Map<String, String> fields = new LinkedHashMap<>(bucketFields);
			flatten("", result, fields);
			queue(new JsonRecord(++ordinal, fields));
		}
	}

	/** Nested fields joined by dots: {@code {"amount": {"value": 1}}} becomes {@code amount.value}. */
	static void flatten(String prefix, JsonNode node, Map<String, String> into) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				flatten(prefix + field.getKey() + ".", field.getValue(), into);
			}
		}
		else if (!node.isNull() && !node.isMissingNode()) {
			into.put(prefix.substring(0, prefix.length() - 1), node.isValueNode() ? text(node) : node.toString());
		}
	}

	static String text(JsonNode value) {
		return value.isNumber() ? value.decimalValue().toPlainString() : value.asString();
	}

	record JsonRecord(long line, Map<String, String> fields) implements SourceRecord {

		@Override
		public String get(String column) {
			String value = fields.get(column);
			return value == null || value.isEmpty() ? null : value;
		}

		@Override
		public boolean hasColumn(String column) {
			return fields.containsKey(column);
		}

		@Override
		public boolean consistent() {
			return true;
		}

		@Override
		public java.util.List<String> columnNames() {
			return java.util.List.copyOf(fields.keySet());
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
}
