package com.inferencetco.ingest.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.ingest.SourceRecord;

/**
 * Streams log records written one JSON object per line (Amazon Bedrock model invocation logs). Nested fields are
 * joined by dots. Request and response bodies are skipped while parsing, never held: they can carry personal data,
 * and the cost model needs only the token counts.
 */
public class JsonLinesRecordSource implements RecordSource {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** Fields whose content is never read. */
	private static final Set<String> SKIPPED = Set.of("inputBodyJson", "outputBodyJson", "inputBodyS3Path",
			"outputBodyS3Path", "inputBody", "outputBody");

	private final String fileName;

	private final InputStream in;

	private final JsonParser parser;

	private SourceRecord next;

	private long ordinal;

	public JsonLinesRecordSource(InputFile input) {
		this.fileName = input.relativePath();
		try {
			this.in = input.open();
			this.parser = MAPPER.createParser(in);
		}
		catch (IOException | JacksonException ex) {
			throw TcoException.inputRejected(fileName + ": cannot open the log file: " + ex.getMessage(), ex);
		}
	}

	@Override
	public boolean hasNext() {
		if (next != null) {
			return true;
		}
		try {
			JsonToken token = parser.nextToken();
			if (token == null) {
				return false;
			}
			long line = parser.currentLocation().getLineNr();
			if (token != JsonToken.START_OBJECT) {
				throw TcoException.inputRejected(fileName + " line " + line
						+ ": expected one JSON object per line (an invocation log record)");
			}
			Map<String, String> fields = new LinkedHashMap<>();
			readObject("", fields);
			ordinal++;
			next = new JsonBucketRecordSource.JsonRecord(line, fields);
			return true;
		}
		catch (JacksonException ex) {
			throw TcoException.inputRejected(fileName + " line " + parser.currentLocation().getLineNr() + " column "
					+ parser.currentLocation().getColumnNr() + ": malformed JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/** Reads the current object's fields into the map, skipping bodies without materialising them. */
	private void readObject(String prefix, Map<String, String> into) {
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
				readObject(prefix + name + ".", into);
			}
			else if (value == JsonToken.START_ARRAY) {
				parser.skipChildren();
			}
			else if (value != JsonToken.VALUE_NULL) {
				into.put(prefix + name, value.isNumeric() ? parser.getDecimalValue().toPlainString() : parser.getString());
			}
		}
	}

	@Override
	public SourceRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		SourceRecord record = next;
		next = null;
		return record;
	}

	@Override
	public void close() {
		try {
			parser.close();
			in.close();
		}
		catch (IOException | JacksonException ex) {
			// read-only
		}
	}
}
