package com.inferencetco.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serverless model prices, shipped in the jar: LiteLLM's model price map (MIT,
 * BerriAI/litellm {@code model_prices_and_context_window.json}, snapshot of 2026-07-24).
 * Prices are USD per token. Provider model names are matched leniently: provider prefixes
 * ({@code bedrock/}, {@code eu.}), date suffixes and Bedrock version suffixes are tried
 * off when the exact name is not listed.
 */
public final class ModelPriceCatalog {

	public static final String SOURCE = "LiteLLM model price map (BerriAI/litellm, MIT), snapshot 2026-07-24";

	/** Per-token USD prices of one model; null where the catalog gives none. */
	public record ModelPrice(String key, BigDecimal input, BigDecimal output, BigDecimal cacheRead,
			BigDecimal cacheWrite, BigDecimal inputBatch, BigDecimal outputBatch) {
	}

	private static volatile ModelPriceCatalog shipped;

	private final Map<String, ModelPrice> prices;

	/** Every host's price of a model, by the model's name without the host prefix. */
	private final Map<String, List<ModelPrice>> byBaseName;

	private ModelPriceCatalog(Map<String, ModelPrice> prices) {
		this.prices = prices;
		Map<String, List<ModelPrice>> hosts = new HashMap<>();
		prices.forEach((key, price) -> {
			if (price.input() != null && price.output() != null) {
				hosts.computeIfAbsent(key.substring(key.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(price);
			}
		});
		hosts.values().forEach(list -> list.sort(Comparator.comparing(ModelPrice::key)));
		this.byBaseName = hosts;
	}

	/**
	 * A serverless price of a model as the market quotes it, and how many hosts that
	 * median was taken over.
	 */
	public record HostedPrice(BigDecimal input, BigDecimal output, int hosts, String model) {
	}

	/**
	 * The median input and output price over every host that lists the model (an open
	 * model is sold by many hosts at prices a factor of five apart; the median neither
	 * flatters nor punishes serverless), trying the usual spellings of the name. Empty
	 * when no host lists it.
	 */
	public Optional<HostedPrice> hostedPrice(String model) {
		if (model == null || model.isBlank()) {
			return Optional.empty();
		}
		for (String candidate : candidates(model.strip().toLowerCase(Locale.ROOT))) {
			List<ModelPrice> hosts = byBaseName.get(candidate.substring(candidate.lastIndexOf('/') + 1));
			if (hosts != null && !hosts.isEmpty()) {
				return Optional.of(new HostedPrice(median(hosts.stream().map(ModelPrice::input).toList()),
						median(hosts.stream().map(ModelPrice::output).toList()), hosts.size(), candidate));
			}
		}
		return Optional.empty();
	}

	private static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
	}

	public static ModelPriceCatalog shipped() {
		if (shipped == null) {
			synchronized (ModelPriceCatalog.class) {
				if (shipped == null) {
					shipped = load();
				}
			}
		}
		return shipped;
	}

	private static ModelPriceCatalog load() {
		JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
		try (InputStream in = ModelPriceCatalog.class.getResourceAsStream("/catalog/litellm-model-prices.json")) {
			if (in == null) {
				throw new IllegalStateException("the model price catalog is missing from the jar");
			}
			JsonNode root = mapper.readTree(in);
			Map<String, ModelPrice> prices = new HashMap<>();
			for (Map.Entry<String, JsonNode> entry : root.properties()) {
				String key = entry.getKey();
				JsonNode model = entry.getValue();
				if (key.equals("sample_spec") || key.equals("last_updated") || !model.isObject()
						|| !model.has("input_cost_per_token")) {
					continue;
				}
				prices.put(key.toLowerCase(Locale.ROOT), new ModelPrice(key, number(model, "input_cost_per_token"),
						number(model, "output_cost_per_token"), number(model, "cache_read_input_token_cost"),
						number(model, "cache_creation_input_token_cost"), number(model, "input_cost_per_token_batches"),
						number(model, "output_cost_per_token_batches")));
			}
			return new ModelPriceCatalog(prices);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BigDecimal number(JsonNode model, String field) {
		JsonNode value = model.get(field);
		return value != null && value.isNumber() ? value.decimalValue() : null;
	}

	/**
	 * The price of a provider's model name, trying the usual spellings of the same model.
	 */
	public Optional<ModelPrice> find(String model) {
		if (model == null || model.isBlank()) {
			return Optional.empty();
		}
		for (String candidate : candidates(model.strip().toLowerCase(Locale.ROOT))) {
			ModelPrice price = prices.get(candidate);
			if (price != null) {
				return Optional.of(price);
			}
		}
		return Optional.empty();
	}

	static List<String> candidates(String model) {
		List<String> names = new ArrayList<>();
		names.add(model);
		String base = model.contains("/") ? model.substring(model.lastIndexOf('/') + 1) : model;
		names.add(base);
		String unregioned = base.replaceFirst("^(eu|us|apac|au|jp|global|us-gov)\\.", "");
		names.add(unregioned);
		String unversioned = unregioned.replaceFirst("-v\\d+(:\\d+)?$", "");
		names.add(unversioned);
		String undated = unversioned.replaceFirst("-\\d{4}-\\d{2}-\\d{2}$", "").replaceFirst("-\\d{8}$", "");
		names.add(undated);
		if (undated.startsWith("anthropic.")) {
			names.add(undated.substring("anthropic.".length()));
		}
		// Hugging Face renamed Meta-Llama-3.1-405B-Instruct to Llama-3.1-405B-Instruct;
		// most hosts list the older name
		if (undated.startsWith("llama-")) {
			names.add("meta-" + undated);
		}
		else if (undated.startsWith("meta-llama-")) {
			names.add(undated.substring("meta-".length()));
		}
		return names;
	}

}
