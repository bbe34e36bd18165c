package com.inferencetco.ingest.gcp;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.inferencetco.catalog.GpuInstanceCatalog;
import com.inferencetco.ingest.FieldException;
import com.inferencetco.ingest.LineDraft;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.Tags;
import com.inferencetco.ingest.Units;
import com.inferencetco.ingest.Values;
import com.inferencetco.model.TokenType;

/**
 * What both Google Cloud layouts share: classifying a SKU as GPU time, egress or Vertex
 * AI tokens.
 */
final class GcpFields {

	private static final Pattern TOKEN_SKU = Pattern.compile(
			"(?i).*(input|output|caching).*(predictions|tokens?).*|.*(input|output) tokens.*|.*text input caching.*");

	private GcpFields() {
	}

	/**
	 * Classifies a line by its SKU description. {@code amount}/{@code unit} are in base
	 * units (seconds, bytes, count); {@code pricingAmount}/{@code pricingUnit} in pricing
	 * units (hour, gibibyte).
	 */
	static void classify(LineDraft draft, String service, String sku, BigDecimal amount, String unit,
			BigDecimal pricingAmount, String pricingUnit) {
		String s = sku.toLowerCase(Locale.ROOT);
		String u = LineDraft.lower(unit);
		String pu = LineDraft.lower(pricingUnit);
		var gpu = GpuInstanceCatalog.perGpuSku(sku);
		if (gpu.isPresent()) {
			BigDecimal hours = pu.startsWith("hour") && pricingAmount != null ? pricingAmount
					: Units.isDuration(u) ? Units.toHours(amount, u) : null;
			if (hours != null) {
				draft.gpu(gpu.get(), hours);
				return;
			}
		}
		if (s.contains("internet data transfer out") || s.contains("internet egress")) {
			BigDecimal gb = u.startsWith("byte") ? Units.toGigabytes(amount, "bytes")
					: pricingAmount != null && !pu.isEmpty() ? Units.toGigabytes(pricingAmount, pu)
							: Units.toGigabytes(amount, u);
			draft.egress(gb);
			return;
		}
		String svc = LineDraft.lower(service);
		if ((svc.contains("vertex ai") || svc.contains("gemini") || svc.contains("generative"))
				&& TOKEN_SKU.matcher(sku).matches() && !s.contains("caching storage")) {
			TokenType type = s.contains("caching") || s.contains("cached") ? TokenType.CACHED_INPUT
					: s.contains("output") ? TokenType.OUTPUT : TokenType.INPUT;
			draft.tokens(amount.multiply(Units.tokenBlock(u)), type, modelOf(sku));
			return;
		}
		if (svc.contains("cloud storage")
				|| s.contains("storage") && (u.contains("byte-second") || pu.contains("month"))) {
			draft.storage();
		}
	}

	/**
	 * "Gemini 2.5 Flash GA Text Input - Predictions" names the model before its
	 * direction.
	 */
	static String modelOf(String sku) {
		String[] words = sku.split("\\s+");
		StringBuilder model = new StringBuilder();
		for (String word : words) {
			String w = word.toLowerCase(Locale.ROOT);
			if (w.equals("input") || w.equals("output") || w.equals("text") || w.equals("ga") || w.equals("-")
					|| w.equals("thinking") || w.equals("caching")) {
				break;
			}
			model.append(model.isEmpty() ? "" : " ").append(word);
		}
		return model.toString();
	}

	/**
	 * Labels as a JSON array of {key, value}, a JSON object, or {@code key:value} pairs.
	 */
	static Map<String, String> labels(String text, String column) {
		Map<String, String> labels = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return labels;
		}
		String value = text.strip();
		if (value.startsWith("[")) {
			var node = JsonSupport.read(value, column);
			for (var item : node) {
				if (item.has("key")) {
					labels.put(item.get("key").asString(), item.has("value") ? item.get("value").asString() : "");
				}
			}
			return labels;
		}
		if (value.startsWith("{")) {
			return Tags.parse(value.contains("'") ? PythonLiterals.toJson(value) : value, column);
		}
		for (String pair : value.split("[,;]")) {
			int sep = pair.indexOf(':') > 0 ? pair.indexOf(':') : pair.indexOf('=');
			if (sep > 0) {
				labels.put(pair.substring(0, sep).strip(), pair.substring(sep + 1).strip());
			}
		}
		return labels;
	}

	/** Credits as a JSON array of {amount, ...} (summed), or a number. */
	/**
	 * The committed-use discounts among a row's credits (type
	 * {@code COMMITTED_USAGE_DISCOUNT...}): they cancel the on-demand price of the usage
	 * a commitment covers, whose fee is a line of its own. Zero when the credits name no
	 * type (a plain amount column).
	 */
	static BigDecimal committedUseCredits(SourceRecord row, String column) {
		String text = row.get(column);
		if (text == null || !text.strip().startsWith("[")) {
			return BigDecimal.ZERO;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (var credit : JsonSupport.read(text.strip(), column)) {
			var type = credit.get("type");
			var amount = credit.get("amount");
			if (type != null && type.asString().startsWith("COMMITTED_USAGE_DISCOUNT") && amount != null
					&& (amount.isNumber() || amount.isString())) {
				sum = sum.add(Values
					.decimal(amount.isNumber() ? amount.decimalValue().toPlainString() : amount.asString(), column));
			}
		}
		return sum;
	}

	static BigDecimal credits(SourceRecord row, String column) {
		String text = row.get(column);
		if (text == null || text.isBlank()) {
			return BigDecimal.ZERO;
		}
		String value = text.strip();
		if (value.startsWith("[")) {
			BigDecimal sum = BigDecimal.ZERO;
			for (var credit : JsonSupport.read(value, column)) {
				var amount = credit.get("amount");
				if (amount == null || !(amount.isNumber() || amount.isString())) {
					throw new FieldException(column, "expected each credit in column " + column + " to have an amount");
				}
				sum = sum.add(Values
					.decimal(amount.isNumber() ? amount.decimalValue().toPlainString() : amount.asString(), column));
			}
			return sum;
		}
		return Values.decimal(value, column);
	}

	/**
	 * A column under its BigQuery path ({@code service.description}) or flattened
	 * ({@code service_description}).
	 */
	static String get(SourceRecord row, String path) {
		String value = row.get(path);
		return value != null ? value : row.get(path.replace('.', '_'));
	}

	static boolean has(SourceRecord row, String path) {
		return row.hasColumn(path) || row.hasColumn(path.replace('.', '_'));
	}

	/** Jackson for the JSON inside GCP cells, with exact decimals. */
	static final class JsonSupport {

		private static final tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper
			.builder()
			.enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build();

		private JsonSupport() {
		}

		static tools.jackson.databind.JsonNode read(String json, String column) {
			try {
				return MAPPER.readTree(json);
			}
			catch (tools.jackson.core.JacksonException ex) {
				if (PythonLiterals.looksLikePython(json)) {
					try {
						return MAPPER.readTree(PythonLiterals.toJson(json));
					}
					catch (tools.jackson.core.JacksonException notPython) {
						// fall through to the JSON error, which names what was expected
					}
				}
				throw new FieldException(column, "expected JSON in column " + column + ": " + ex.getOriginalMessage());
			}
		}

	}

}
