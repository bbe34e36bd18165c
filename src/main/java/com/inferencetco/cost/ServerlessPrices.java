package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

import com.inferencetco.catalog.ModelArchitectures;
import com.inferencetco.catalog.ModelArchitectures.Architecture;
import com.inferencetco.catalog.ModelArchitectures.Family;
import com.inferencetco.catalog.ModelPriceCatalog;

/**
 * What a workload's tokens would cost on a per-token API, priced for the model it calls:
 * the user's {@code modelPrices} first, then the blended price of its class when the
 * user's file sets it (for a model of that class: up to 15B, or up to 100B), then the
 * median of the hosts the shipped catalog lists for that model, then the default blended
 * price of its class when the catalog knows the model's size (or an embedding model's
 * price; a model of unknown size takes only a class price the user set); else the price
 * is missing. Input and output are priced apart with the workload's own mix; cache reads
 * at the input price (hosts' medians carry no cache discount, so serverless is never
 * flattered). Catalog prices are USD, converted at the month's rate.
 */
public final class ServerlessPrices {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal SMALL_MODEL_BILLIONS = BigDecimal.valueOf(15);

	/**
	 * Above this size a model is priced by its hosts only (Llama 3.1 405B, Mixtral
	 * 8x22B).
	 */
	private static final BigDecimal LARGEST_70B_CLASS_BILLIONS = BigDecimal.valueOf(100);

	/** Prices per token in the report currency, and where they came from. */
	public record Quote(BigDecimal input, BigDecimal output, String basis) {

		public BigDecimal cost(TokenMix tokens) {
			return tokens.input().add(tokens.cachedInput()).multiply(input).add(tokens.output().multiply(output));
		}

		/**
		 * The price per million tokens of a mix (a half of each when the mix is unknown).
		 */
		public BigDecimal perMillion(BigDecimal inputShare) {
			return input.multiply(inputShare)
				.add(output.multiply(BigDecimal.ONE.subtract(inputShare)))
				.multiply(MILLION);
		}
	}

	private final ModelPriceCatalog catalog;

	private final TcoAssumptions assumptions;

	private final BigDecimal usdToReport;

	/**
	 * @param usdToReport units of the report currency per USD, or null when no rate is
	 * known
	 */
	public ServerlessPrices(ModelPriceCatalog catalog, TcoAssumptions assumptions, BigDecimal usdToReport) {
		this.catalog = catalog;
		this.assumptions = assumptions;
		this.usdToReport = usdToReport;
	}

	/**
	 * The price of a model's tokens, or null when nothing prices it: a model above the
	 * 70B class that no host in the catalog lists, or one whose size the catalog cannot
	 * tell (never the 70B-class default unasked).
	 */
	public Quote quote(String model, Architecture architecture) {
		if (!architecture.family().tokenPriced()) {
			// speech and image models are priced per minute of audio or per image
			return null;
		}
		String name = model == null ? "" : model;
		String alias = assumptions.choices().modelAliases().get(name);
		String key = (alias != null ? alias : name).toLowerCase(Locale.ROOT);
		var own = assumptions.choices().modelPrices().get(key);
		if (own != null && usdToReport != null) {
			return new Quote(own.input().multiply(usdToReport), own.output().multiply(usdToReport),
					"your modelPrices for " + name);
		}
		BigDecimal billions = architecture.parametersBillions();
		boolean small = billions != null && billions.compareTo(SMALL_MODEL_BILLIONS) <= 0;
		// a 405B model is no 70B-class model: only its hosts' price stands for it
		boolean large = billions != null && billions.compareTo(LARGEST_70B_CLASS_BILLIONS) > 0;
		Parameter blended = small ? Parameter.SMALL_MODEL_PRICE : Parameter.SERVERLESS_PRICE;
		boolean chat = architecture.family() == Family.CHAT;
		if (usdToReport != null && !(chat && !large && assumptions.isSet(blended))) {
			var hosted = catalog.hostedPrice(key)
				.or(() -> architecture.family() == Family.EMBEDDING ? catalog.hostedPrice("text-embedding-3-small")
						: Optional.empty());
			if (hosted.isPresent()) {
				var h = hosted.get();
				return new Quote(h.input().multiply(usdToReport), h.output().multiply(usdToReport),
						"median of " + h.hosts() + " host(s) of " + h.model() + " in the price catalog");
			}
		}
		boolean sized = !chat || ModelArchitectures.shipped().known(key).isPresent()
				|| assumptions.isSet(Parameter.MODEL_BILLIONS);
		// a model of unknown size takes the class price only when the user set it
		if (chat && (large || !sized && !assumptions.isSet(blended))) {
			return null;
		}
		BigDecimal perToken = assumptions.value(blended).divide(MILLION, PRECISION);
		return new Quote(perToken, perToken, blended.key() + " (" + (small ? "small" : "70B-class") + " model)");
	}

}
