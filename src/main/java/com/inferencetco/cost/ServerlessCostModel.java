package com.inferencetco.cost;

import java.math.BigDecimal;

import com.inferencetco.catalog.ModelPriceCatalog.ModelPrice;

/**
 * Per-token pricing: input, output, cache reads and cache writes at their own prices; the
 * batch tier at the catalog's batch price (or the batch discount where the catalog has
 * none); the priority tier at a premium.
 */
public final class ServerlessCostModel {

	public enum Tier {

		STANDARD, BATCH, PRIORITY

	}

	/** Tokens of one month and model, by kind. */
	public record Tokens(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite) {
	}

	private ServerlessCostModel() {
	}

	public static BigDecimal cost(Tokens tokens, ModelPrice price, Tier tier, BigDecimal batchDiscount,
			BigDecimal priorityPremium) {
		BigDecimal input = price.input();
		BigDecimal output = price.output();
		if (tier == Tier.BATCH) {
			input = price.inputBatch() != null ? price.inputBatch()
					: input.multiply(BigDecimal.ONE.subtract(batchDiscount));
			output = price.outputBatch() != null ? price.outputBatch()
					: output.multiply(BigDecimal.ONE.subtract(batchDiscount));
		}
		BigDecimal cacheRead = price.cacheRead() != null ? price.cacheRead() : input;
		BigDecimal cacheWrite = price.cacheWrite() != null ? price.cacheWrite() : input;
		BigDecimal cost = tokens.input()
			.multiply(input)
			.add(tokens.output().multiply(output))
			.add(tokens.cacheRead().multiply(cacheRead))
			.add(tokens.cacheWrite().multiply(cacheWrite));
		return tier == Tier.PRIORITY ? cost.multiply(BigDecimal.ONE.add(priorityPremium)) : cost;
	}

}
