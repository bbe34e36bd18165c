package com.inferencetco.cost;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.inferencetco.TcoException;
import com.inferencetco.catalog.GpuCatalog;
import com.inferencetco.catalog.ModelPriceCatalog;
import com.inferencetco.model.PreferredExport;

/**
 * Reads the assumptions' YAML into {@link TcoAssumptions}: every key checked against what
 * it may hold (a number in its range, an ISO currency, a time zone, a file), unknown keys
 * refused, so that a typo cannot go unnoticed.
 */
final class AssumptionsParser {

	private AssumptionsParser() {
	}

	static TcoAssumptions fromMap(Map<String, Object> yaml, String origin, Path folder) {
		Map<String, Object> remaining = new LinkedHashMap<>(yaml);
		TcoAssumptions.Attribution attribution = new TcoAssumptions.Attribution(
				stringMap(origin, "workloadsByHost", remaining.remove("workloadsByHost")),
				stringMap(origin, "workloadsByModel", remaining.remove("workloadsByModel")),
				zone(origin, remaining.remove("telemetryTimeZone")),
				ratesFile(origin, remaining.remove("exchangeRates"), folder),
				preferExport(origin, remaining.remove("preferExport")));
		Object method = remaining.remove("onPremDepreciationMethod");
		Depreciation depreciation;
		try {
			depreciation = method == null ? Depreciation.CAPITAL_RECOVERY : Depreciation.fromId(String.valueOf(method));
		}
		catch (IllegalArgumentException ex) {
			throw TcoException.usage(origin + ": key 'onPremDepreciationMethod': expected one of " + Depreciation.ids()
					+ ", found '" + method + "'");
		}
		Object gpu = remaining.remove("dedicatedGpu");
		String dedicatedGpu = gpu == null ? "H100" : String.valueOf(gpu).strip();
		if (GpuCatalog.shipped().spec(dedicatedGpu).isEmpty()) {
			throw TcoException.usage(origin + ": key 'dedicatedGpu': expected a GPU of the catalog (A100, H100, H200, "
					+ "B200, L40S and the variants A100-80GB, H100-PCIe), found '" + dedicatedGpu + "'");
		}
		TcoAssumptions.Choices choices = new TcoAssumptions.Choices(depreciation, dedicatedGpu,
				stringList(origin, "euResidencyWorkloads", remaining.remove("euResidencyWorkloads"), List.of()),
				stringList(origin, "euRegions", remaining.remove("euRegions"), TcoAssumptions.DEFAULT_EU_REGIONS),
				stringMap(origin, "modelAliases", remaining.remove("modelAliases")),
				modelPrices(origin, remaining.remove("modelPrices")),
				stringMap(origin, "displayNames", remaining.remove("displayNames")),
				complianceScope(origin, remaining.remove("complianceApplies")),
				ModelSubstitutes.parse(origin, stringMap(origin, "substitutes", remaining.remove("substitutes"))),
				companyName(origin, remaining.remove("companyName")));
		AllocationRules allocation = AllocationRules.parse(origin, remaining.remove("owners"),
				remaining.remove("allocation"));
		String currency = isoCode(origin, "currency", remaining.remove("currency"), null);
		String assumptionsCurrency = isoCode(origin, "assumptionsCurrency", remaining.remove("assumptionsCurrency"),
				"USD");
		Map<String, BigDecimal> throughputs = new LinkedHashMap<>();
		stringMap(origin, "workloadTokensPerSecond", remaining.remove("workloadTokensPerSecond"))
			.forEach((workload, text) -> throughputs.put(workload, number(origin, "workloadTokensPerSecond." + workload,
					"tokens/s per GPU", Parameter.Range.POSITIVE, text)));
		Map<String, Assumption> values = new LinkedHashMap<>();
		for (Parameter p : Parameter.values()) {
			Object given = remaining.remove(p.key());
			BigDecimal value = given == null ? p.defaultValue() : number(origin, p.key(), p.unit(), p.range(), given);
			values.put(p.key(), new Assumption(p.key(), p.cellName(), value, p.unit(), p.meaning(), p.source(),
					given == null ? TcoAssumptions.BUILT_IN : origin, p.money()));
		}
		if (!remaining.isEmpty()) {
			throw TcoException.usage(origin + ": unknown assumption key(s) " + remaining.keySet() + "; expected one of "
					+ "currency, assumptionsCurrency, "
					+ String.join(", ", Arrays.stream(Parameter.values()).map(Parameter::key).toList())
					+ ", workloadsByHost, workloadsByModel, workloadTokensPerSecond, telemetryTimeZone, exchangeRates, preferExport, "
					+ "onPremDepreciationMethod, dedicatedGpu, complianceApplies, euResidencyWorkloads, euRegions, modelAliases, modelPrices, substitutes, displayNames, owners, allocation, companyName");
		}
		return new TcoAssumptions(currency, assumptionsCurrency, values, Map.copyOf(throughputs), attribution, choices,
				allocation);
	}

	private static ComplianceScope complianceScope(String origin, Object given) {
		try {
			return given == null ? ComplianceScope.SELF_HOSTING : ComplianceScope.fromId(String.valueOf(given).strip());
		}
		catch (IllegalArgumentException ex) {
			throw TcoException.usage(origin + ": key 'complianceApplies': expected self-hosting, always or never, "
					+ "found '" + given + "'");
		}
	}

	private static PreferredExport preferExport(String origin, Object given) {
		try {
			return given == null ? PreferredExport.NONE : PreferredExport.fromId(String.valueOf(given));
		}
		catch (IllegalArgumentException ex) {
			throw TcoException.usage(origin + ": key 'preferExport': expected focus or cur, found '" + given + "'");
		}
	}

	private static String isoCode(String origin, String key, Object given, String fallback) {
		if (given == null) {
			return fallback;
		}
		String code = String.valueOf(given).strip();
		if (!code.matches("[A-Z]{3}")) {
			throw TcoException.usage(
					origin + ": key '" + key + "': expected an ISO 4217 code such as EUR or USD, found '" + code + "'");
		}
		return code;
	}

	private static Map<String, String> stringMap(String origin, String key, Object given) {
		if (given == null) {
			return Map.of();
		}
		if (!(given instanceof Map<?, ?> map)) {
			throw TcoException
				.usage(origin + ": key '" + key + "': expected a mapping such as {gpu-node-01: code-assist}");
		}
		Map<String, String> result = new LinkedHashMap<>();
		map.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
		return Map.copyOf(result);
	}

	/**
	 * Per-model price overrides in USD per million tokens: {model: {input: 0.20, output:
	 * 0.60, cachedInput: 0.05}}.
	 */
	private static Map<String, ModelPriceCatalog.ModelPrice> modelPrices(String origin, Object given) {
		if (given == null) {
			return Map.of();
		}
		if (!(given instanceof Map<?, ?> map)) {
			throw TcoException.usage(origin
					+ ": key 'modelPrices': expected {model: {input: 0.20, output: 0.60}} in USD per million tokens");
		}
		Map<String, ModelPriceCatalog.ModelPrice> prices = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String model = String.valueOf(entry.getKey());
			if (!(entry.getValue() instanceof Map<?, ?> fields) || fields.get("input") == null
					|| fields.get("output") == null) {
				throw TcoException.usage(origin + ": key 'modelPrices." + model
						+ "': expected input and output prices per million tokens");
			}
			BigDecimal million = BigDecimal.valueOf(1_000_000);
			Function<String, BigDecimal> perToken = field -> {
				Object value = fields.get(field);
				if (value == null) {
					return null;
				}
				try {
					BigDecimal price = new BigDecimal(String.valueOf(value).strip());
					if (price.signum() < 0) {
						throw new NumberFormatException();
					}
					return price.divide(million);
				}
				catch (NumberFormatException ex) {
					throw TcoException.usage(origin + ": key 'modelPrices." + model + "." + field
							+ "': expected a price per million tokens, found '" + value + "'");
				}
			};
			prices.put(model.toLowerCase(Locale.ROOT), new ModelPriceCatalog.ModelPrice(model, perToken.apply("input"),
					perToken.apply("output"), perToken.apply("cachedInput"), perToken.apply("cacheWrite"), null, null));
		}
		return Map.copyOf(prices);
	}

	private static List<String> stringList(String origin, String key, Object given, List<String> fallback) {
		if (given == null) {
			return fallback;
		}
		if (!(given instanceof List<?> list)) {
			throw TcoException
				.usage(origin + ": key '" + key + "': expected a list such as [support-chat, code-assist]");
		}
		return list.stream().map(String::valueOf).toList();
	}

	private static ZoneId zone(String origin, Object given) {
		if (given == null) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(String.valueOf(given).strip());
		}
		catch (DateTimeException ex) {
			throw TcoException.usage(origin + ": key 'telemetryTimeZone': expected a time zone such as Europe/Berlin "
					+ "or UTC, found '" + given + "'");
		}
	}

	private static Path ratesFile(String origin, Object given, Path folder) {
		if (given == null) {
			return null;
		}
		Path file = folder == null ? Path.of(String.valueOf(given)) : folder.resolve(String.valueOf(given));
		if (!Files.isRegularFile(file)) {
			throw TcoException.usage(origin + ": key 'exchangeRates': no such file " + file
					+ " (expected the ECB reference-rate CSV, e.g. eurofxref-hist.csv)");
		}
		return file;
	}

	private static BigDecimal number(String origin, String key, String unit, Parameter.Range range, Object given) {
		BigDecimal value;
		try {
			value = new BigDecimal(String.valueOf(given).strip());
		}
		catch (NumberFormatException ex) {
			throw TcoException
				.usage(origin + ": key '" + key + "': expected a number (" + unit + "), found '" + given + "'");
		}
		// the limits of the stored amounts (DECIMAL(38, 18)), as for a bill's rows: a
		// value
		// past them would be stored as something else
		if (value.abs().compareTo(LARGEST) >= 0 || value.signum() != 0 && value.abs().compareTo(SMALLEST) < 0) {
			throw TcoException.usage(origin + ": key '" + key + "': expected a value below 10^18 and, unless zero, of "
					+ "10^-18 or more (" + unit + "), found " + value);
		}
		if (!range.contains(value)) {
			throw TcoException.usage(origin + ": key '" + key + "': expected a value " + range.words + ", found "
					+ value.toPlainString());
		}
		return value;
	}

	private static final BigDecimal LARGEST = BigDecimal.TEN.pow(18);

	private static final BigDecimal SMALLEST = BigDecimal.ONE.movePointLeft(18);

	/** The company the reports name: plain text on one line, or empty for none. */
	private static String companyName(String origin, Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof java.util.Map<?, ?> || value instanceof java.util.List<?>) {
			throw TcoException
				.usage(origin + ": key 'companyName': expected the company's name as text, found " + value);
		}
		String name = String.valueOf(value).strip();
		if (name.contains("\n") || name.length() > 120) {
			throw TcoException
				.usage(origin + ": key 'companyName': expected a name on one line of at most 120 characters");
		}
		return name;
	}

}
