package com.inferencetco.cost;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.inferencetco.TcoException;

/**
 * The cost-model parameters of a run: built-in defaults with their sources, overridden by
 * the user's YAML file. A wrong key or value is a usage error (exit 2) naming the key and
 * what was expected.
 */
public final class TcoAssumptions {

	private final String currency;

	private final String assumptionsCurrency;

	private final Map<String, Assumption> values;

	private final Map<String, BigDecimal> workloadTokensPerSecond;

	private final Attribution attribution;

	/**
	 * How telemetry and serving metrics that carry no workload label are attributed, the
	 * zone of telemetry that writes local time, an exchange-rate file named in the
	 * assumptions, and which of two exports of one AWS account stands for it.
	 */
	public record Attribution(Map<String, String> workloadsByHost, Map<String, String> workloadsByModel,
			ZoneId telemetryTimeZone, Path exchangeRates, com.inferencetco.model.PreferredExport preferExport) {
	}

	/**
	 * Choices that are not numbers: the depreciation method, the GPU of the dedicated
	 * option, EU workloads.
	 */
	public record Choices(Depreciation depreciation, String dedicatedGpu, List<String> euResidencyWorkloads,
			List<String> euRegions, Map<String, String> modelAliases,
			Map<String, com.inferencetco.catalog.ModelPriceCatalog.ModelPrice> modelPrices,
			Map<String, String> displayNames) {

		/**
		 * The name readers know a workload by: its display name when the assumptions give
		 * one, else its tag.
		 */
		public String displayName(String workload) {
			return displayNames.getOrDefault(workload, workload);
		}
	}

	static final List<String> DEFAULT_EU_REGIONS = List.of("eu-", "europe-", "westeurope", "northeurope", "germany",
			"france", "sweden", "norway", "switzerland", "italy", "poland", "spain", "se-sto", "eu ", "eu west",
			"eu north", "netherlands", "frankfurt", "ireland", "paris", "stockholm", "milan");

	private final Choices choices;

	private final AllocationRules allocation;

	private TcoAssumptions(String currency, String assumptionsCurrency, Map<String, Assumption> values,
			Map<String, BigDecimal> workloadTokensPerSecond, Attribution attribution, Choices choices,
			AllocationRules allocation) {
		this.allocation = allocation;
		this.currency = currency;
		this.assumptionsCurrency = assumptionsCurrency;
		this.values = values;
		this.workloadTokensPerSecond = workloadTokensPerSecond;
		this.attribution = attribution;
		this.choices = choices;
	}

	public static TcoAssumptions defaults() {
		return fromMap(Map.of(), "built-in default", null);
	}

	/**
	 * Loads a YAML file of {@code key: value} pairs; unknown keys are refused so a typo
	 * cannot go unnoticed.
	 */
	public static TcoAssumptions load(Path file) {
		Map<String, Object> yaml = AssumptionsYaml.read(file);
		return fromMap(yaml, file.getFileName().toString(), file.toAbsolutePath().getParent());
	}

	private static TcoAssumptions fromMap(Map<String, Object> yaml, String origin, Path folder) {
		Map<String, Object> remaining = new LinkedHashMap<>(yaml);
		Attribution attribution = new Attribution(
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
		if (com.inferencetco.catalog.GpuCatalog.shipped().spec(dedicatedGpu).isEmpty()) {
			throw TcoException.usage(origin + ": key 'dedicatedGpu': expected a GPU of the catalog (A100, H100, H200, "
					+ "B200, L40S), found '" + dedicatedGpu + "'");
		}
		Choices choices = new Choices(depreciation, dedicatedGpu,
				stringList(origin, "euResidencyWorkloads", remaining.remove("euResidencyWorkloads"), List.of()),
				stringList(origin, "euRegions", remaining.remove("euRegions"), DEFAULT_EU_REGIONS),
				stringMap(origin, "modelAliases", remaining.remove("modelAliases")),
				modelPrices(origin, remaining.remove("modelPrices")),
				stringMap(origin, "displayNames", remaining.remove("displayNames")));
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
					given == null ? BUILT_IN : origin, p.money()));
		}
		if (!remaining.isEmpty()) {
			throw TcoException.usage(origin + ": unknown assumption key(s) " + remaining.keySet() + "; expected one of "
					+ "currency, assumptionsCurrency, "
					+ String.join(", ", java.util.Arrays.stream(Parameter.values()).map(Parameter::key).toList())
					+ ", workloadsByHost, workloadsByModel, workloadTokensPerSecond, telemetryTimeZone, exchangeRates, preferExport, "
					+ "onPremDepreciationMethod, dedicatedGpu, euResidencyWorkloads, euRegions, modelAliases, modelPrices, displayNames, owners, allocation");
		}
		return new TcoAssumptions(currency, assumptionsCurrency, values, Map.copyOf(throughputs), attribution, choices,
				allocation);
	}

	private static com.inferencetco.model.PreferredExport preferExport(String origin, Object given) {
		try {
			return given == null ? com.inferencetco.model.PreferredExport.NONE
					: com.inferencetco.model.PreferredExport.fromId(String.valueOf(given));
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
	private static Map<String, com.inferencetco.catalog.ModelPriceCatalog.ModelPrice> modelPrices(String origin,
			Object given) {
		if (given == null) {
			return Map.of();
		}
		if (!(given instanceof Map<?, ?> map)) {
			throw TcoException.usage(origin
					+ ": key 'modelPrices': expected {model: {input: 0.20, output: 0.60}} in USD per million tokens");
		}
		Map<String, com.inferencetco.catalog.ModelPriceCatalog.ModelPrice> prices = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String model = String.valueOf(entry.getKey());
			if (!(entry.getValue() instanceof Map<?, ?> fields) || fields.get("input") == null
					|| fields.get("output") == null) {
				throw TcoException.usage(origin + ": key 'modelPrices." + model
						+ "': expected input and output prices per million tokens");
			}
			BigDecimal million = BigDecimal.valueOf(1_000_000);
			java.util.function.Function<String, BigDecimal> perToken = field -> {
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
			prices.put(model.toLowerCase(java.util.Locale.ROOT),
					new com.inferencetco.catalog.ModelPriceCatalog.ModelPrice(model, perToken.apply("input"),
							perToken.apply("output"), perToken.apply("cachedInput"), perToken.apply("cacheWrite"), null,
							null));
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
		catch (java.time.DateTimeException ex) {
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
		if (!range.contains(value)) {
			throw TcoException.usage(origin + ": key '" + key + "': expected a value " + range.words + ", found "
					+ value.toPlainString());
		}
		return value;
	}

	/**
	 * The report currency set by the user, or null to take the one currency of the
	 * inputs.
	 */
	public String currency() {
		return currency;
	}

	/**
	 * The currency monetary assumptions are stated in (default USD, the currency of the
	 * shipped sources).
	 */
	public String assumptionsCurrency() {
		return assumptionsCurrency;
	}

	public BigDecimal value(Parameter parameter) {
		return values.get(parameter.key()).value();
	}

	/**
	 * Whether the user's file set this parameter (then it wins over estimates from the
	 * catalogs).
	 */
	public boolean isSet(Parameter parameter) {
		return !values.get(parameter.key()).origin().equals(BUILT_IN);
	}

	/** The user's throughput for one workload (tokens/s per GPU), or null. */
	public BigDecimal workloadTokensPerSecond(String workload) {
		return workloadTokensPerSecond.get(workload);
	}

	/**
	 * These assumptions with every amount of money in the report currency: {@code rate}
	 * gives the units of the report currency per unit of {@code assumptionsCurrency}
	 * (null when no rate is known), and no rate for a monetary parameter is a usage error
	 * naming it. The origin says what was converted and at which rate.
	 */
	public TcoAssumptions inCurrency(String reportCurrency, BigDecimal rate, String rateSource) {
		if (reportCurrency.equals(assumptionsCurrency)) {
			return this;
		}
		if (rate == null) {
			throw TcoException.usage("assumption '" + Parameter.SERVERLESS_PRICE.key()
					+ "' and every other amount of the " + "assumptions are in " + assumptionsCurrency
					+ ", the report is in " + reportCurrency + ", and no " + assumptionsCurrency + "/" + reportCurrency
					+ " exchange rate is known for " + rateSource
					+ ": add the ECB reference rates (eurofxref-hist.csv) to the input folder or set assumptionsCurrency: "
					+ reportCurrency + " with your amounts in " + reportCurrency);
		}
		Map<String, Assumption> converted = new LinkedHashMap<>();
		for (Parameter p : Parameter.values()) {
			Assumption a = values.get(p.key());
			converted
				.put(p.key(), !p.money() ? a
						: new Assumption(a.key(), a.cellName(), a.value().multiply(rate), a.unit(), a.meaning(),
								a.source(), a.origin() + ", " + a.value().toPlainString() + " " + assumptionsCurrency
										+ " x " + rate.stripTrailingZeros().toPlainString() + " (" + rateSource + ")",
								true));
		}
		return new TcoAssumptions(currency, reportCurrency, converted, workloadTokensPerSecond, attribution, choices,
				allocation);
	}

	private static final String BUILT_IN = "built-in default";

	public BigDecimal serverlessPricePerMillion() {
		return value(Parameter.SERVERLESS_PRICE);
	}

	public BigDecimal dedicatedGpuHourlyRate() {
		return value(Parameter.DEDICATED_RATE);
	}

	public BigDecimal dedicatedTokensPerSecond() {
		return value(Parameter.DEDICATED_THROUGHPUT);
	}

	public BigDecimal targetUtilization() {
		return value(Parameter.TARGET_UTILIZATION);
	}

	public BigDecimal tokensPerConversation() {
		return value(Parameter.TOKENS_PER_CONVERSATION);
	}

	/** Who owns each workload and how shared costs are allocated (showback). */
	public AllocationRules allocation() {
		return allocation;
	}

	public Choices choices() {
		return choices;
	}

	/** A parameter that is a whole count (GPUs per server, life in years). */
	public int whole(Parameter parameter) {
		return value(parameter).intValue();
	}

	public Attribution attribution() {
		return attribution;
	}

	/** Every parameter as a YAML file to start from (see {@link AssumptionsExample}). */
	public static String exampleYaml() {
		return AssumptionsExample.yaml();
	}

	public List<Assumption> all() {
		return new ArrayList<>(values.values());
	}

}
