package com.inferencetco.ingest.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.InputFile;

/**
 * Streams log records written one JSON object per line (Amazon Bedrock model invocation
 * logs). Nested fields are joined by dots. Request and response bodies are skipped while
 * parsing, never held: they can carry personal data, and the cost model needs only the
 * token counts.
 */
public class JsonLinesRecordSource extends QueuedJsonRecordSource {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** Fields whose content is never read. */
	private static final Set<String> SKIPPED = Set.of("inputBodyJson", "outputBodyJson", "inputBodyS3Path",
			"outputBodyS3Path", "inputBody", "outputBody");

	public JsonLinesRecordSource(InputFile input) {
		super(input, MAPPER, "log file");
	}

	@Override
	protected void readMore() {
		try {
			JsonToken token = parser.nextToken();
			if (token == null) {
				finish();
				return;
			}
			long line = parser.currentLocation().getLineNr();
			if (token != JsonToken.START_OBJECT) {
				throw TcoException.inputRejected(
						fileName + " line " + line + ": expected one JSON object per line (an invocation log record)");
			}
			Map<String, String> fields = new LinkedHashMap<>();
			String duplicate = readObject("", fields);
			queue(new JsonBucketRecordSource.JsonRecord(line, fields, duplicate));
		}
		catch (JacksonException ex) {
			throw malformed(ex, "one JSON object per line");
		}
	}

	/**
	 * Reads the current object's fields into the map, skipping bodies without
	 * materialising them; returns the first key found twice (the record is then rejected:
	 * which value was meant cannot be told), or null.
	 */
	private String readObject(String prefix, Map<String, String> into) {
		String duplicate = null;
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
			if (token == null) {
				throw TcoException.inputRejected(fileName + ": the file ends inside a record (truncated?)");
			}
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (SKIPPED.contains(name)) {
				parser.skipChildren();
			}
			else if (value == JsonToken.START_OBJECT) {
				String inner = readObject(prefix + name + ".", into);
				duplicate = duplicate == null ? inner : duplicate;
			}
			else if (value == JsonToken.START_ARRAY) {
				parser.skipChildren();
			}
			else if (value != JsonToken.VALUE_NULL) {
				String text = value.isNumeric() ? parser.getDecimalValue().toPlainString() : parser.getString();
				if (into.putIfAbsent(prefix + name, text) != null && duplicate == null) {
					duplicate = prefix + name;
				}
			}
		}
		return duplicate;
	}

}
