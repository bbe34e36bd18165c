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

	private static final List<Default> DEFAULTS = List.of(
			new Default("serverlessPricePerMillion", "Serverless_PricePerMillion", "0.90", "per 1M tokens",
					"Blended serverless price of a 70B-class open model, input and output together",
					"reference/notes/cost-model.md, founding-document check (70B serverless ~$0.9/M), 2026",
					new BigDecimal("0.000001"), null),
			new Default("dedicatedGpuHourlyRate", "Dedicated_GpuHourlyRate", "2.50", "per GPU-hour",
					"Rent of one dedicated H100 at a specialized provider, on demand",
					"reference/notes/cost-model.md (c): cloud H100 rental ~$2.0-3.0/h mid-market, 2025-26",
					new BigDecimal("0.000001"), null),
			new Default("dedicatedTokensPerSecond", "Dedicated_TokensPerSecond", "2000", "tokens/s per GPU",
					"Aggregate throughput of one GPU at full load, summed over all concurrent streams (not per-stream speed)",
					"reference/notes/cost-model.md finding 4: ~2,000 aggregate tok/s per GPU for a 70B model with batching",
					new BigDecimal("0.000001"), null),
			new Default("targetUtilization", "Target_Utilization", "0.60", "fraction",
					"Sustained utilization a dedicated deployment is sized for",
					"Planning choice; break-even for typical prices lies near 40-50 % (cost-model.md section 6)",
					new BigDecimal("0.000001"), BigDecimal.ONE),
			new Default("tokensPerConversation", "Tokens_PerConversation", "3000", "tokens",
					"Input plus output tokens of one conversation, for break-even conversations per day",
					"Explicit planning parameter (never derived): a support chat of a few turns, 2026",
					BigDecimal.ONE, null));

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

	private TcoAssumptions(String currency, Map<String, Assumption> values, Attribution attribution) {
		this.currency = currency;
		this.values = values;
		this.attribution = attribution;
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
					+ ", workloadsByHost, workloadsByModel, telemetryTimeZone, exchangeRates");
		}
		return new TcoAssumptions(currency, values, attribution);
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

	public Attribution attribution() {
		return attribution;
	}

	public List<Assumption> all() {
		return new ArrayList<>(values.values());
	}
}
