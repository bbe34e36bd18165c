package com.inferencetco.cost;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.inferencetco.catalog.ModelPriceCatalog;
import com.inferencetco.cost.ServerlessCostModel.Tier;
import com.inferencetco.model.CostSummaryRow;
import com.inferencetco.model.TokenType;

/**
 * Usage that no invoice of the month covers, and its estimated cost from the catalog at
 * its service tier (kept apart from the invoiced cost).
 */
final class UninvoicedUsage {

	private UninvoicedUsage() {
	}

	/**
	 * Usage no invoice covers: the provider has no invoiced API cost this month, or the
	 * usage is priority tier (Anthropic's cost report leaves priority-tier usage out).
	 */
	static boolean isUninvoiced(CostSummaryRow row, Set<String> providersInvoicingApi) {
		if (row.provider().equals("self-hosted")) {
			return false; // served on GPUs whose bills are in the month already
		}
		return !providersInvoicingApi.contains(row.provider()) || tier(row) == Tier.PRIORITY;
	}

	private static Tier tier(CostSummaryRow row) {
		String tier = row.tier() == null ? "" : row.tier().toLowerCase(Locale.ROOT);
		return tier.startsWith("priority") ? Tier.PRIORITY : tier.startsWith("batch") ? Tier.BATCH : Tier.STANDARD;
	}

	/**
	 * Usage priced at its tier; the user's price for the model (after aliases) wins over
	 * the catalog's. USD.
	 */
	static BigDecimal estimate(ModelPriceCatalog catalog, TcoAssumptions a, CostSummaryRow row) {
		String model = row.model() == null ? "" : row.model();
		String alias = a.choices().modelAliases().get(model);
		String name = alias != null ? alias : model;
		var own = a.choices().modelPrices().get(name.toLowerCase(Locale.ROOT));
		var price = own != null ? Optional.of(own) : catalog.find(name);
		if (price.isEmpty() || price.get().input() == null || price.get().output() == null) {
			return null;
		}
		BigDecimal zero = BigDecimal.ZERO;
		BigDecimal n = row.tokens();
		var tokens = switch (row.tokenType() == null ? TokenType.INPUT : row.tokenType()) {
			case OUTPUT -> new ServerlessCostModel.Tokens(zero, n, zero, zero);
			case CACHED_INPUT -> new ServerlessCostModel.Tokens(zero, zero, n, zero);
			case CACHE_WRITE -> new ServerlessCostModel.Tokens(zero, zero, zero, n);
			case INPUT -> new ServerlessCostModel.Tokens(n, zero, zero, zero);
		};
		return ServerlessCostModel.cost(tokens, price.get(), tier(row), a.value(Parameter.BATCH_DISCOUNT),
				a.value(Parameter.PRIORITY_PREMIUM));
	}

}
