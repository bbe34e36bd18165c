package com.inferencetco.cost;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.inferencetco.TcoException;
import com.inferencetco.catalog.ModelArchitectures;

/**
 * The assumptions' {@code substitutes}: for a closed-weight model (or one whose size the
 * catalog cannot tell), the open-weight model that would replace it if self-hosted. Each
 * substitute must be a model the catalog knows, so that its size, GPUs per replica and
 * throughput can be worked out; keys are matched regardless of case.
 */
final class ModelSubstitutes {

	private ModelSubstitutes() {
	}

	static Map<String, String> parse(String origin, Map<String, String> given) {
		Map<String, String> substitutes = new LinkedHashMap<>();
		given.forEach((model, substitute) -> {
			var known = ModelArchitectures.shipped().known(substitute);
			if (known.isEmpty() || !known.get().family().tokenPriced()) {
				throw TcoException.usage(origin + ": key 'substitutes." + model + "': expected an open-weight chat or "
						+ "embedding model whose size the catalog knows (a size in its name such as llama-3.3-70b or "
						+ "qwen2.5-32b, or a family such as mixtral-8x7b or bge-large), found '" + substitute + "'");
			}
			substitutes.put(model.strip().toLowerCase(Locale.ROOT), substitute.strip());
		});
		return Map.copyOf(substitutes);
	}

}
