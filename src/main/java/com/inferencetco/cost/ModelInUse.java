package com.inferencetco.cost;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.inferencetco.catalog.ModelArchitectures;
import com.inferencetco.catalog.ModelArchitectures.Architecture;
import com.inferencetco.cost.Decision.Alternative;

/**
 * The model a self-hosted alternative would serve for a workload: the model it calls when
 * the catalog knows its size (open weights), else the open-weight substitute the
 * assumptions name for it, else a model of {@code modelParametersBillions} when the
 * assumptions set that size. Otherwise none: a closed-weight model (gpt-4o, Claude,
 * Gemini) cannot be self-hosted, and an unsized one is never priced as the 70B default
 * without the user saying so.
 *
 * @param called the model the workload calls ("" when the exports name none)
 * @param architecture what would be self-hosted, or null when nothing can be
 * @param substitute the open-weight model replacing it, or null when it is self-hosted as
 * it is
 * @param why when nothing can be self-hosted, why, and what to add to the assumptions
 */
record ModelInUse(String called, Architecture architecture, String substitute, String why) {

	/**
	 * Vendors whose models are published without weights (model names and Bedrock ids);
	 * gpt-oss is OpenAI's open-weight family.
	 */
	private static final List<String> CLOSED_WEIGHT = List.of("gpt-", "chatgpt", "o1", "o3", "o4", "claude",
			"anthropic.", "gemini", "command", "cohere.", "amazon.nova", "amazon.titan", "text-embedding-", "grok",
			"ai21.", "jamba");

	static ModelInUse of(String model, TcoAssumptions a) {
		String called = bare(model);
		ModelArchitectures catalog = ModelArchitectures.shipped();
		var known = catalog.known(called);
		if (known.isPresent() && (!closedWeight(called) || !known.get().family().tokenPriced())) {
			return new ModelInUse(called, known.get(), null, null);
		}
		String alias = a.choices().modelAliases().getOrDefault(called, called);
		String substitute = a.choices().substitutes().get(called.toLowerCase(Locale.ROOT));
		if (substitute == null) {
			substitute = a.choices().substitutes().get(alias.toLowerCase(Locale.ROOT));
		}
		if (substitute != null) {
			return new ModelInUse(called, catalog.known(substitute).orElseThrow(), substitute, null);
		}
		if (known.isPresent()) {
			// a closed vendor's embedding model: the catalog's class names the open model
			// whose geometry stands for it (its documented class map)
			String open = known.get().source().split(" ")[0];
			return new ModelInUse(called, known.get(), open, null);
		}
		if (a.isSet(Parameter.MODEL_BILLIONS)) {
			return new ModelInUse(called, catalog.of(called, a.value(Parameter.MODEL_BILLIONS)), null, null);
		}
		String name = called.isEmpty() ? "the model (the exports name none)" : called;
		String what = closedWeight(called) ? called + " is a closed-weight model: it cannot be self-hosted as it is"
				: "the catalog does not know the size of " + name;
		return new ModelInUse(called, null, null,
				what + "; to compare self-hosting, name the open-weight model that would replace it (substitutes: {"
						+ (called.isEmpty() ? "model" : called) + ": llama-3.3-70b}, say) or its size "
						+ "(modelParametersBillions)");
	}

	/**
	 * A model name without the token words a bill's meter adds ("gpt-4o input tokens",
	 * "Llama 3.3 70B serverless output tokens").
	 */
	static String bare(String model) {
		return model == null ? "" : METER_WORDS.matcher(model.strip()).replaceFirst("");
	}

	private static final Pattern METER_WORDS = Pattern.compile(
			"(?i)(\\s+serverless)?(\\s+(cached|cache read|cache write|batch))?(\\s+(input|output|prompt|completion))?"
					+ "\\s+tokens?$");

	static boolean closedWeight(String model) {
		// Azure meters write "gpt 4o mini", gateways "gpt_4o"
		String name = model.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
		int slash = name.lastIndexOf('/');
		String bare = slash >= 0 ? name.substring(slash + 1) : name;
		return !bare.startsWith("gpt-oss") && CLOSED_WEIGHT.stream().anyMatch(bare::startsWith);
	}

	/** An alternative whose sizing says the switch changes the model, if it does. */
	Alternative changing(Alternative alternative) {
		if (substitute == null) {
			return alternative;
		}
		return new Alternative(alternative.action(), alternative.monthlyCost(), alternative.gpus(),
				alternative.instances(), alternative.servers(), alternative.paybackMonths(), alternative.sizing()
						+ ", serving " + substitute + " in place of " + called + " (the switch changes the model)");
	}

}
