package com.inferencetco.ingest.json;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.InputFile;

/**
 * Streams the samples of a Prometheus range query result
 * ({@code "resultType": "matrix"}), one series at a time. Each sample becomes a record
 * with the series' labels ({@code metric.<label>}), {@code timestamp} (Unix seconds),
 * {@code value}, and, for raw counters ({@code __name__} ending in {@code _total},
 * {@code _sum} or {@code _count}), {@code increase}: the rise since the previous sample,
 * where a drop means the counter restarted from zero (as Prometheus' own increase()
 * treats resets). A top-level {@code "query"} string, when the user kept it, is available
 * as {@code query}.
 */
public class PrometheusRecordSource extends QueuedJsonRecordSource {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private String query = "";

	private boolean insideResult;

	private long ordinal;

	public PrometheusRecordSource(InputFile input) {
		super(input, MAPPER, "Prometheus export");
	}

	@Override
	protected void readMore() {
		try {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (insideResult) {
					if (token == JsonToken.START_OBJECT) {
						queueSamples(MAPPER.readTree(parser));
						return;
					}
					if (token == JsonToken.END_ARRAY) {
						insideResult = false;
					}
					continue;
				}
				if (token == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					JsonToken value = parser.nextToken();
					if (name.equals("result") && value == JsonToken.START_ARRAY) {
						insideResult = true;
					}
					else if (name.equals("query") && value == JsonToken.VALUE_STRING) {
						query = parser.getString();
					}
					else if (name.equals("status") && value == JsonToken.VALUE_STRING
							&& !parser.getString().equals("success")) {
						throw TcoException.inputRejected(fileName + ": the Prometheus query did not succeed (status "
								+ parser.getString() + "); expected a saved result with \"status\": \"success\"");
					}
					else if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
						if (!name.equals("data")) {
							parser.skipChildren();
						}
					}
				}
			}
			finish();
		}
		catch (JacksonException ex) {
			throw malformed(ex, "a Prometheus query_range result");
		}
	}

	private void queueSamples(JsonNode series) {
		Map<String, String> labels = new LinkedHashMap<>();
		JsonNode metric = series.get("metric");
		if (metric != null) {
			for (Map.Entry<String, JsonNode> label : metric.properties()) {
				labels.put("metric." + label.getKey(), label.getValue().asString());
			}
		}
		String name = labels.getOrDefault("metric.__name__", "");
		boolean counter = name.endsWith("_total") || name.endsWith("_sum") || name.endsWith("_count");
		JsonNode values = series.get("values");
		if (values == null || !values.isArray()) {
			return;
		}
		BigDecimal previous = null;
		for (JsonNode sample : values) {
			Map<String, String> fields = new LinkedHashMap<>(labels);
			fields.put("query", query);
			if (!sample.isArray() || sample.size() != 2) {
				fields.put("malformed", sample.toString());
				queue(new JsonBucketRecordSource.JsonRecord(++ordinal, fields));
				continue;
			}
			fields.put("timestamp", JsonBucketRecordSource.text(sample.get(0)));
			String value = sample.get(1).asString();
			fields.put("value", value);
			if (counter) {
				BigDecimal current = parse(value);
				if (current != null) {
					BigDecimal increase = previous == null ? BigDecimal.ZERO
							: current.compareTo(previous) >= 0 ? current.subtract(previous) : current;
					fields.put("increase", increase.toPlainString());
					previous = current;
				}
			}
			queue(new JsonBucketRecordSource.JsonRecord(++ordinal, fields));
		}
	}

	private static BigDecimal parse(String value) {
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			return null; // NaN and the like: the normalizer rejects the sample
		}
	}

}
