package com.inferencetco.cost;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.inferencetco.TcoException;
import com.inferencetco.catalog.ModelPriceCatalog;
import com.inferencetco.model.PreferredExport;

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
			ZoneId telemetryTimeZone, Path exchangeRates, PreferredExport preferExport) {
	}

	/**
	 * Choices that are not numbers: the depreciation method, the GPU of the dedicated
	 * option, EU workloads.
	 */
	public record Choices(Depreciation depreciation, String dedicatedGpu, List<String> euResidencyWorkloads,
			List<String> euRegions, Map<String, String> modelAliases,
			Map<String, ModelPriceCatalog.ModelPrice> modelPrices, Map<String, String> displayNames,
			ComplianceScope complianceApplies, Map<String, String> substitutes, String companyName) {

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

	TcoAssumptions(String currency, String assumptionsCurrency, Map<String, Assumption> values,
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
		return AssumptionsParser.fromMap(Map.of(), BUILT_IN, null);
	}

	/**
	 * Loads a YAML file of {@code key: value} pairs; unknown keys are refused so a typo
	 * cannot go unnoticed.
	 */
	public static TcoAssumptions load(Path file) {
		Map<String, Object> yaml = AssumptionsYaml.read(file);
		return AssumptionsParser.fromMap(yaml, file.getFileName().toString(), file.toAbsolutePath().getParent());
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
		// a default converted to the report currency is still a default ("built-in
		// default, 0.90 USD x ...")
		return !values.get(parameter.key()).origin().startsWith(BUILT_IN);
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

	/**
	 * These assumptions with one parameter at another value, its origin kept (a default
	 * moved to see whether it decides is still a default).
	 */
	TcoAssumptions with(Parameter parameter, BigDecimal value) {
		Map<String, Assumption> moved = new LinkedHashMap<>(values);
		Assumption a = values.get(parameter.key());
		moved.put(parameter.key(),
				new Assumption(a.key(), a.cellName(), value, a.unit(), a.meaning(), a.source(), a.origin(), a.money()));
		return new TcoAssumptions(currency, assumptionsCurrency, moved, workloadTokensPerSecond, attribution, choices,
				allocation);
	}

	static final String BUILT_IN = "built-in default";

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
