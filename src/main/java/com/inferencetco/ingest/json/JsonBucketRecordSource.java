package com.inferencetco.ingest.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.SourceRecord;

/**
 * Streams the result objects of LLM providers' usage and cost API pages: {@code {"data":
 * [bucket, ...]}} where each bucket has a time range and {@code results}. A file may hold
 * one page or an array of pages. Each result becomes a record whose nested fields are
 * joined by dots ({@code amount.value}); the bucket's fields are available as
 * {@code bucket.start_time} and so on. One bucket at a time is held in memory.
 */
public class JsonBucketRecordSource extends QueuedJsonRecordSource {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		// buckets are read one at a time from the middle of the stream
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private long ordinal;

	private boolean insideData;

	/**
	 * Whether the last page read says more pages follow, and the cursor it gives for
	 * them.
	 */
	private boolean lastPageHasMore;

	private String nextPage;

	public JsonBucketRecordSource(InputFile input) {
		super(input, MAPPER, "JSON export");
	}

	/**
	 * Advances to the next bucket object inside a {@code data} array and queues its
	 * results.
	 */
	@Override
	protected void readMore() {
		try {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (insideData) {
					if (token == JsonToken.START_OBJECT) {
						readBucket();
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
					else if ("has_more".equals(name)) {
						lastPageHasMore = value == JsonToken.VALUE_TRUE;
					}
					else if ("next_page".equals(name) && value == JsonToken.VALUE_STRING) {
						nextPage = parser.getString();
					}
					else {
						parser.skipChildren();
					}
				}
			}
			if (lastPageHasMore) {
				// the API cut the answer into pages and this file stops before the last
				// one: counting it would
				// silently leave out the rest of the month
				throw com.inferencetco.TcoException.inputRejected(fileName + ": the last page says has_more: true"
						+ (nextPage == null ? "" : " (next_page " + nextPage + ")")
						+ " but no page follows: the export is incomplete; expected every page, in one file as a JSON "
						+ "array of pages");
			}
			finish();
		}
		catch (JacksonException ex) {
			throw malformed(ex, "a usage or cost API page: {\"data\": [{\"results\": [...]}, ...]}");
		}
	}

	/**
	 * Reads one bucket (the parser is on its opening brace) and queues its results. Read
	 * field by field rather than as a tree, so that a key given twice in a result is seen
	 * (a tree keeps one of the values silently) and rejects that result alone.
	 */
	private void readBucket() {
		Map<String, String> bucketFields = new LinkedHashMap<>();
		List<JsonRecord> results = new ArrayList<>();
		JsonToken field;
		while ((field = parser.nextToken()) != JsonToken.END_OBJECT) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (field == null || value == null) {
				throw truncated();
			}
			if ("results".equals(name) && value == JsonToken.START_ARRAY) {
				JsonToken token;
				while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
					if (token == null) {
						throw truncated();
					}
					if (token == JsonToken.START_OBJECT) {
						Map<String, String> fields = new LinkedHashMap<>();
						String duplicate = readObject(parser, "", fields);
						results.add(new JsonRecord(0, fields, duplicate));
					}
					else {
						parser.skipChildren();
					}
				}
			}
			else if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
				bucketFields.put("bucket." + name, scalar(parser, value));
			}
			else {
				parser.skipChildren();
			}
		}
		for (JsonRecord result : results) {
			Map<String, String> fields = new LinkedHashMap<>(bucketFields);
			fields.putAll(result.fields());
			queue(new JsonRecord(++ordinal, fields, result.duplicateKey()));
		}
	}

	/**
	 * Reads the object the parser is in into dotted fields ({@code {"amount": {"value":
	 * 1}}} becomes {@code amount.value}; arrays are kept as JSON text). Returns the first
	 * key found twice, or null.
	 */
	static String readObject(JsonParser parser, String prefix, Map<String, String> into) {
		String duplicate = null;
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
			if (token == null) {
				// the caller sees the end of the file and reports the truncation
				return duplicate;
			}
			String key = prefix + parser.currentName();
			JsonToken value = parser.nextToken();
			String inner = null;
			if (value == JsonToken.START_OBJECT) {
				inner = readObject(parser, key + ".", into);
			}
			else if (value == JsonToken.START_ARRAY) {
				into.put(key, MAPPER.readTree(parser).toString());
			}
			else if (value != JsonToken.VALUE_NULL) {
				if (into.putIfAbsent(key, scalar(parser, value)) != null && duplicate == null) {
					duplicate = key;
				}
			}
			duplicate = duplicate == null ? inner : duplicate;
		}
		return duplicate;
	}

	private com.inferencetco.TcoException truncated() {
		return com.inferencetco.TcoException.inputRejected(fileName + ": the file ends inside a bucket (truncated?)");
	}

	private static String scalar(JsonParser parser, JsonToken value) {
		return value.isNumeric() ? parser.getDecimalValue().toPlainString() : parser.getString();
	}

	static String text(JsonNode value) {
		return value.isNumber() ? value.decimalValue().toPlainString() : value.asString();
	}

	/**
	 * @param duplicateKey a key the record gave twice (the record is then rejected), or
	 * null
	 */
	record JsonRecord(long line, Map<String, String> fields, String duplicateKey) implements SourceRecord {

		JsonRecord(long line, Map<String, String> fields) {
			this(line, fields, null);
		}

		@Override
		public String get(String column) {
			return SourceRecord.field(fields, column);
		}

		@Override
		public boolean hasColumn(String column) {
			return fields.containsKey(column);
		}

		@Override
		public boolean consistent() {
			return duplicateKey == null;
		}

		@Override
		public List<String> columnNames() {
			return List.copyOf(fields.keySet());
		}

		@Override
		public String inconsistency() {
			return duplicateKey == null ? "" : "the key '" + duplicateKey + "' appears twice in this record, with "
					+ "values that cannot both be meant; expected each key once";
		}

		@Override
		public String excerpt() {
			String text = fields.toString();
			return text.length() <= 200 ? text : text.substring(0, 200) + "...";
		}
	}

}
