package com.inferencetco.cost;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import com.inferencetco.TcoException;

/**
 * The cost-model parameters of a run: built-in defaults with their sources, overridden by the user's YAML file.
 * A wrong key or value is a usage error (exit 2) naming the key and what was expected.
 */
public final class TcoAssumptions {

	/** The default of one parameter: value, unit, meaning and source. */
	private record Default(String key, String cellName, String value, String unit, String meaning, String source,
			BigDecimal min, BigDecimal max) {
	}

	private static final BigDecimal TINY = new BigDecimal("0.000001");

	private static final List<Default> DEFAULTS = List.of(
			// --- serverless and dedicated prices and throughput
			new Default("serverlessPricePerMillion", "Serverless_PricePerMillion", "0.90", "per 1M tokens",
					"Blended serverless price of a 70B-class open model, input and output together",
					"cost-model.md section 6 (hosted Llama-3.3-70B at $0.59-0.90/M, 2026)", TINY, null),
			new Default("dedicatedGpuHourlyRate", "Dedicated_GpuHourlyRate", "2.50", "per GPU-hour",
					"Rent of one dedicated H100 at a specialized provider, on demand",
					"cost-model.md (c): cloud H100 ~$2.0-3.0/h mid-market (2025-26); gpu-offers.csv Lambda $2.99, Nebius $2.95",
					TINY, null),
			new Default("hyperscalerGpuHourlyRate", "Hyperscaler_GpuHourlyRate", "12.29", "per GPU-hour",
					"One H100 of an AWS p5.48xlarge on demand (98.32/h for 8 GPUs)",
					"skypilot-catalog aws vms.csv (pre June-2025 price cut), gpu-offers.csv", TINY, null),
			new Default("dedicatedTokensPerSecond", "Dedicated_TokensPerSecond", "2000", "tokens/s per GPU",
					"Aggregate throughput of one GPU at full load, summed over all concurrent streams (not per-stream speed)",
					"cost-model.md finding 4: ~2,000 aggregate tok/s per GPU for a 70B model with batching; TRT-LLM "
							+ "70B FP8 on 2x H100: 1,541-3,326 tok/s per GPU (usage-prices-gpus.md B10)",
					TINY, null),
			new Default("perStreamTokensPerSecond", "PerStream_TokensPerSecond", "50", "tokens/s per stream",
					"Speed one user sees (decode), kept apart from aggregate throughput",
					"Founding document (50 tok/s, 70B); roofline 3.35 TB/s / 70 GB = 47.9 (cost-model.md section 6)",
					TINY, null),
			new Default("targetUtilization", "Target_Utilization", "0.60", "fraction",
					"Sustained utilization a dedicated deployment is sized for",
					"Planning choice; break-even for typical prices lies near 40-50 % (cost-model.md section 6)", TINY,
					BigDecimal.ONE),
			new Default("tokensPerConversation", "Tokens_PerConversation", "3000", "tokens",
					"Input plus output tokens of one conversation, for break-even conversations per day",
					"Explicit planning parameter, never derived (cost-model.md section 6 item 3: 1,500-3,000 typical)",
					BigDecimal.ONE, null),
			new Default("batchDiscount", "Batch_Discount", "0.50", "fraction",
					"Discount of batch-tier tokens where the catalog has no batch price",
					"LiteLLM price map batch prices are 50 % of standard (e.g. gpt-4.1-mini, 2026-07-24)", BigDecimal.ZERO,
					BigDecimal.ONE),
			new Default("priorityPremium", "Priority_Premium", "0.75", "fraction",
					"Premium of priority-tier tokens over standard",
					"Planning assumption (unverified); set your contracted premium", BigDecimal.ZERO, null),
			// --- engineering overhead
			new Default("engineeringFte", "Engineering_Fte", "1.0", "FTE",
					"Engineers running the inference platform (MLOps, on-call)", "Founding analysis: at least one MLOps "
							+ "engineer for self-hosted inference (cost-model.md (e) E4)",
					BigDecimal.ZERO, null),
			new Default("engineeringSalary", "Engineering_Salary", "150000", "per year",
					"Base salary of one MLOps engineer", "MLOps salary surveys $130-165k (2026); BLS software developers "
							+ "median $133,080 (cost-model.md (c))",
					BigDecimal.ZERO, null),
			new Default("engineeringLoadingFactor", "Engineering_LoadingFactor", "1.418", "x salary",
					"Fully loaded cost over base salary (benefits, taxes)",
					"BLS ECEC Dec 2024: wages are 70.5 % of compensation, 1/0.705 = 1.418 (released 2025-03-14)",
					BigDecimal.ONE, null),
			new Default("engineeringInferenceShare", "Engineering_InferenceShare", "0.5", "fraction",
					"Share of their time that goes to inference", "Planning choice (2026)", BigDecimal.ZERO, BigDecimal.ONE),
			// --- compliance
			new Default("complianceOneOffCost", "Compliance_OneOffCost", "48000", "one-off",
					"DPA negotiation, anonymization proxy build, conformity assessment",
					"AI Act high-risk self-assessment 268-536 h, about EUR 32-64k (practitioner effort model, cost-model.md (c))",
					BigDecimal.ZERO, null),
			new Default("complianceAmortizationMonths", "Compliance_AmortizationMonths", "36", "months",
					"Months over which one-off compliance costs are spread", "System life used for amortization (2026)",
					BigDecimal.ONE, null),
			new Default("complianceAnnualCost", "Compliance_AnnualCost", "18500", "per year",
					"Recurring audits, DPIA reviews, monitoring", "AI Act 104-208 h/yr, about EUR 12-25k/yr (cost-model.md (c))",
					BigDecimal.ZERO, null),
			// --- on-prem
			new Default("onPremServersOwned", "OnPrem_ServersOwned", "0", "servers",
					"GPU servers the company owns and runs this month (their cost enters the TCO)", "Your inventory",
					BigDecimal.ZERO, null),
			new Default("onPremServerCapex", "OnPrem_ServerCapex", "320000", "per server",
					"Purchase price of one 8-GPU H100 server", "cost-model.md (c): node ~$300-350k (2025-26, secondary)",
					TINY, null),
			new Default("onPremGpusPerServer", "OnPrem_GpusPerServer", "8", "GPUs", "GPUs in one server", "HGX/DGX H100",
					BigDecimal.ONE, null),
			new Default("onPremLifeYears", "OnPrem_LifeYears", "3", "years",
					"Economic life of the GPUs (book life is often 5-6 years; frontier GPUs age in 2-3)",
					"cost-model.md (c): economic depreciation ~2-3 years for frontier GPUs", BigDecimal.ONE,
					BigDecimal.valueOf(10)),
			new Default("onPremResidualFraction", "OnPrem_ResidualFraction", "0.30", "fraction",
					"Resale value at the end of the life, as a share of capex",
					"cost-model.md (c): residual 25-35 % after 36 months (secondary)", BigDecimal.ZERO, BigDecimal.ONE),
			new Default("onPremCostOfCapital", "OnPrem_CostOfCapital", "0.08", "per year",
					"Cost of capital for the capital-recovery method", "Planning choice; CRF(8 %, 3 y) = 0.388 (cost-model.md)",
					BigDecimal.ZERO, BigDecimal.ONE),
			new Default("onPremServerPowerKw", "OnPrem_ServerPowerKw", "10.2", "kW", "Power draw of one 8x H100 server",
					"cost-model.md (c): 8x H100 node max ~10.2 kW (secondary)", BigDecimal.ZERO, null),
			new Default("onPremPue", "OnPrem_Pue", "1.58", "ratio", "Facility power over IT power",
					"Uptime Institute 2023 industry mean 1.58", BigDecimal.ONE, BigDecimal.valueOf(5)),
			new Default("onPremPricePerKwh", "OnPrem_PricePerKwh", "0.15", "per kWh", "Electricity price",
					"Eurostat 1H2024 EU non-household EUR 0.094-0.256/kWh; US industrial ~8.3 cents (cost-model.md (c))",
					BigDecimal.ZERO, null),
			new Default("onPremColocationPerKwMonth", "OnPrem_ColocationPerKwMonth", "184.06", "per kW-month",
					"Colocation rent", "CBRE H2 2024 (published 2025-02-26): $184.06/kW-month, 250-500 kW", BigDecimal.ZERO,
					null),
			new Default("onPremOpsFtePerServer", "OnPrem_OpsFtePerServer", "0.25", "FTE per server",
					"Operations staff per owned server (hardware, firmware, on-site)", "Planning choice (2026)",
					BigDecimal.ZERO, null),
			// --- scale to zero
			new Default("busyHoursPerDay", "ColdStart_BusyHoursPerDay", "10", "hours/day",
					"Hours a day an endpoint actually serves traffic", "Planning choice: business hours (2026)",
					BigDecimal.ZERO, BigDecimal.valueOf(24)),
			new Default("coldStartsPerDay", "ColdStart_StartsPerDay", "20", "starts/day",
					"Cold starts a day when scaling to zero", "Planning choice (2026)", BigDecimal.ZERO, null),
			new Default("coldStartSeconds", "ColdStart_Seconds", "15", "seconds",
					"Seconds a cold start takes (model load) and users wait", "Founding document: 10-19 s (no anchor found)",
					BigDecimal.ZERO, null),
			// --- roofline and scenarios
			new Default("modelParametersBillions", "Model_ParametersBillions", "70", "billion parameters",
					"Size of the self-hosted model, for the roofline check", "Llama 3.3 70B (2026)", TINY, null),
			new Default("weightBytesPerParameter", "Model_BytesPerParameter", "1", "bytes",
					"Bytes per weight: 2 for BF16, 1 for FP8, 0.5 for FP4", "FP8 serving (usage-prices-gpus.md B10)",
					new BigDecimal("0.25"), BigDecimal.valueOf(4)),
			new Default("fp8ThroughputMultiplier", "Scenario_Fp8Multiplier", "2.0", "x throughput",
					"Throughput gain of FP8 weights over BF16 in bandwidth-bound decode",
					"Roofline: half the weight bytes per token, 8B BF16 209 vs FP8 417 tok/s on H100 (usage-prices-gpus.md B10)",
					BigDecimal.ONE, null),
			new Default("batchingThroughputMultiplier", "Scenario_BatchingMultiplier", "1.8", "x throughput",
					"Throughput gain of continuous batching and a newer serving engine",
					"vLLM v0.6.0 blog: 1.8-2x for 70B on 4x H100 vs v0.5.3 (2024-09-05)", BigDecimal.ONE, null),
			new Default("speculativeThroughputMultiplier", "Scenario_SpeculativeMultiplier", "1.5", "x throughput",
					"Throughput gain of speculative decoding", "Planning assumption (unverified; reports range 1.5-2.5x)",
					BigDecimal.ONE, null),
			new Default("maxRejectedShare", "Data_MaxRejectedShare", "0.20", "fraction",
					"Largest share of a file's rows that may be rejected as faulty before the run stops (exit 3); rows "
							+ "outside the month do not count, and fewer than 5 faulty rows never stop a run",
					"Data-quality policy of this tool (2026)", BigDecimal.ZERO, BigDecimal.ONE),
			new Default("sensitivityRange", "Sensitivity_Range", "0.25", "fraction",
					"How far each input moves for the tornado and the break-even band (+/-)", "Planning choice (2026)",
					TINY, new BigDecimal("0.9")));

	private final String currency;

	private final Map<String, Assumption> values;

	private final Attribution attribution;

	/**
	 * How telemetry and serving metrics that carry no workload label are attributed, the zone of telemetry that
	 * writes local time, and an exchange-rate file named in the assumptions.
	 */
	public record Attribution(Map<String, String> workloadsByHost, Map<String, String> workloadsByModel,
			ZoneId telemetryTimeZone, Path exchangeRates) {
	}

	/** Choices that are not numbers: the depreciation method, the GPU of the dedicated option, EU workloads. */
	public record Choices(Depreciation depreciation, String dedicatedGpu, List<String> euResidencyWorkloads,
			List<String> euRegions, Map<String, String> modelAliases,
			Map<String, com.inferencetco.catalog.ModelPriceCatalog.ModelPrice> modelPrices) {
	}

	static final List<String> DEFAULT_EU_REGIONS = List.of("eu-", "europe-", "westeurope", "northeurope",
			"germany", "france", "sweden", "norway", "switzerland", "italy", "poland", "spain", "se-sto", "eu ",
			"eu west", "eu north", "netherlands", "frankfurt", "ireland", "paris", "stockholm", "milan");

	private final Choices choices;

	private TcoAssumptions(String currency, Map<String, Assumption> values, Attribution attribution, Choices choices) {
		this.currency = currency;
		this.values = values;
		this.attribution = attribution;
		this.choices = choices;
	}

	public static TcoAssumptions defaults() {
		return fromMap(Map.of(), "built-in default", null);
	}

	/** Loads a YAML file of {@code key: value} pairs; unknown keys are refused so a typo cannot go unnoticed. */
	public static TcoAssumptions load(Path file) {
		Map<String, Object> yaml;
		try (InputStream in = Files.newInputStream(file)) {
			Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			if (parsed == null) {
				yaml = Map.of();
			}
			else if (parsed instanceof Map<?, ?> map) {
				yaml = new LinkedHashMap<>();
				map.forEach((k, v) -> yaml.put(String.valueOf(k), v));
			}
			else {
				throw TcoException.usage(file + ": expected a YAML mapping of assumption keys to values");
			}
		}
		catch (IOException ex) {
			throw TcoException.usage(file + ": cannot read the assumptions file: " + ex.getMessage());
		}
		catch (YAMLException ex) {
			throw TcoException.usage(file + ": invalid YAML: " + ex.getMessage());
		}
		return fromMap(yaml, file.getFileName().toString(), file.toAbsolutePath().getParent());
	}

	private static TcoAssumptions fromMap(Map<String, Object> yaml, String origin, Path folder) {
		Map<String, Object> remaining = new LinkedHashMap<>(yaml);
		Attribution attribution = new Attribution(stringMap(origin, "workloadsByHost", remaining.remove("workloadsByHost")),
				stringMap(origin, "workloadsByModel", remaining.remove("workloadsByModel")),
				zone(origin, remaining.remove("telemetryTimeZone")),
				ratesFile(origin, remaining.remove("exchangeRates"), folder));
		Object method = remaining.remove("onPremDepreciationMethod");
		Depreciation depreciation;
		try {
			depreciation = method == null ? Depreciation.STRAIGHT_LINE : Depreciation.fromId(String.valueOf(method));
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
				modelPrices(origin, remaining.remove("modelPrices")));
		String currency = null;
		Object currencyValue = remaining.remove("currency");
		if (currencyValue != null) {
			currency = String.valueOf(currencyValue).strip();
			if (!currency.matches("[A-Z]{3}")) {
				throw TcoException.usage(origin + ": key 'currency': expected an ISO 4217 code such as EUR or USD, found '"
						+ currency + "'");
			}
		}
		Map<String, Assumption> values = new LinkedHashMap<>();
		for (Default d : DEFAULTS) {
			Object given = remaining.remove(d.key());
			BigDecimal value = given == null ? new BigDecimal(d.value()) : number(origin, d, given);
			values.put(d.key(), new Assumption(d.key(), d.cellName(), value, d.unit(), d.meaning(), d.source(),
					given == null ? "built-in default" : origin));
		}
		if (!remaining.isEmpty()) {
			throw TcoException.usage(origin + ": unknown assumption key(s) " + remaining.keySet() + "; expected one of "
					+ "currency, " + String.join(", ", DEFAULTS.stream().map(Default::key).toList())
					+ ", workloadsByHost, workloadsByModel, telemetryTimeZone, exchangeRates, onPremDepreciationMethod, "
					+ "dedicatedGpu, euResidencyWorkloads, euRegions, modelAliases, modelPrices");
		}
		return new TcoAssumptions(currency, values, attribution, choices);
	}

	private static Map<String, String> stringMap(String origin, String key, Object given) {
		if (given == null) {
			return Map.of();
		}
		if (!(given instanceof Map<?, ?> map)) {
			throw TcoException.usage(origin + ": key '" + key + "': expected a mapping such as {gpu-node-01: code-assist}");
		}
		Map<String, String> result = new LinkedHashMap<>();
		map.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
		return Map.copyOf(result);
	}

	/** Per-model price overrides in USD per million tokens: {model: {input: 0.20, output: 0.60, cachedInput: 0.05}}. */
	private static Map<String, com.inferencetco.catalog.ModelPriceCatalog.ModelPrice> modelPrices(String origin, Object given) {
		if (given == null) {
			return Map.of();
		}
		if (!(given instanceof Map<?, ?> map)) {
			throw TcoException.usage(origin + ": key 'modelPrices': expected {model: {input: 0.20, output: 0.60}} in USD per million tokens");
		}
		Map<String, com.inferencetco.catalog.ModelPriceCatalog.ModelPrice> prices = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String model = String.valueOf(entry.getKey());
			if (!(entry.getValue() instanceof Map<?, ?> fields) || fields.get("input") == null || fields.get("output") == null) {
				throw TcoException.usage(origin + ": key 'modelPrices." + model + "': expected input and output prices per million tokens");
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
			prices.put(model.toLowerCase(java.util.Locale.ROOT), new com.inferencetco.catalog.ModelPriceCatalog.ModelPrice(model,
					perToken.apply("input"), perToken.apply("output"), perToken.apply("cachedInput"),
					perToken.apply("cacheWrite"), null, null));
		}
		return Map.copyOf(prices);
	}

	private static List<String> stringList(String origin, String key, Object given, List<String> fallback) {
		if (given == null) {
			return fallback;
		}
		if (!(given instanceof List<?> list)) {
			throw TcoException.usage(origin + ": key '" + key + "': expected a list such as [support-chat, code-assist]");
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

	private static BigDecimal number(String origin, Default d, Object given) {
		BigDecimal value;
		try {
			value = new BigDecimal(String.valueOf(given).strip());
		}
		catch (NumberFormatException ex) {
			throw TcoException.usage(origin + ": key '" + d.key() + "': expected a number (" + d.unit() + "), found '"
					+ given + "'");
		}
		if ((d.min() != null && value.compareTo(d.min()) < 0) || (d.max() != null && value.compareTo(d.max()) > 0)) {
			throw TcoException.usage(origin + ": key '" + d.key() + "': expected a value " + range(d) + ", found "
					+ value.toPlainString());
		}
		return value;
	}

	private static String range(Default d) {
		return d.max() == null ? "above zero" : "above zero and at most " + d.max().toPlainString();
	}

	/** The report currency set by the user, or null to take the one currency of the inputs. */
	public String currency() {
		return currency;
	}

	public BigDecimal value(String key) {
		Assumption assumption = values.get(key);
		if (assumption == null) {
			throw new IllegalArgumentException("no assumption " + key);
		}
		return assumption.value();
	}

	public BigDecimal serverlessPricePerMillion() {
		return value("serverlessPricePerMillion");
	}

	public BigDecimal dedicatedGpuHourlyRate() {
		return value("dedicatedGpuHourlyRate");
	}

	public BigDecimal dedicatedTokensPerSecond() {
		return value("dedicatedTokensPerSecond");
	}

	public BigDecimal targetUtilization() {
		return value("targetUtilization");
	}

	public BigDecimal tokensPerConversation() {
		return value("tokensPerConversation");
	}

	public Choices choices() {
		return choices;
	}

	/** A parameter that is a whole count (GPUs per server, life in years). */
	public int whole(String key) {
		return value(key).intValue();
	}

	public Attribution attribution() {
		return attribution;
	}

	/**
	 * Every parameter as a YAML file to start from: each key with its default, unit, meaning and the source of the
	 * default, and the keys that take names, lists and maps.
	 */
	public static String exampleYaml() {
		StringBuilder yaml = new StringBuilder();
		yaml.append("# Inference TCO assumptions: every cost-model parameter with its built-in default.\n")
			.append("# Amounts are in the report currency. Delete what you do not change; unknown keys are refused.\n\n")
			.append("# Report currency (ISO 4217). Default: the one currency all invoiced inputs share.\n")
			.append("# currency: USD\n\n");
		for (Default d : DEFAULTS) {
			yaml.append("# ").append(d.meaning()).append(" (").append(d.unit()).append(").\n");
			yaml.append("# Source: ").append(d.source()).append("\n");
			yaml.append(d.key()).append(": ").append(d.value()).append("\n\n");
		}
		yaml.append("# Depreciation of owned servers: ").append(Depreciation.ids()).append(".\n")
			.append("onPremDepreciationMethod: straight-line\n\n")
			.append("# GPU of the dedicated option, for the roofline check and the scenarios (A100, H100, H200, B200, L40S).\n")
			.append("dedicatedGpu: H100\n\n")
			.append("# Zone of telemetry timestamps that carry none (nvidia-smi writes local time).\n")
			.append("telemetryTimeZone: UTC\n\n")
			.append("# ECB euro reference-rate CSV, relative to this file (or put it in the input folder).\n")
			.append("# exchangeRates: eurofxref-hist.csv\n\n")
			.append("# Workloads whose data must stay in the EU: their lines outside EU regions or on shared\n")
			.append("# serverless tenancy are flagged in the reports.\n")
			.append("euResidencyWorkloads: []\n\n")
			.append("# Region names or codes that count as EU (prefixes, case-insensitive). Default:\n")
			.append("# euRegions: [").append(String.join(", ", DEFAULT_EU_REGIONS.stream().map(r -> "\"" + r + "\"").toList()))
			.append("]\n\n")
			.append("# Telemetry and serving metrics without a workload label, attributed by host or served model.\n")
			.append("workloadsByHost: {}\n")
			.append("workloadsByModel: {}\n\n")
			.append("# Provider model names mapped to catalog names, and your own prices (USD per million tokens),\n")
			.append("# which win over the shipped catalog for the estimated cost of uninvoiced usage.\n")
			.append("modelAliases: {}\n")
			.append("modelPrices: {}\n")
			.append("#   my-llama-70b: {input: 0.20, output: 0.60, cachedInput: 0.05}\n");
		return yaml.toString();
	}

	public List<Assumption> all() {
		return new ArrayList<>(values.values());
	}
}
