package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decision to measure first: dedicated GPUs whose served tokens the month does not
 * show, or whose model no price prices, with the volume or price at which serverless
 * would cost less (the figure to collect and the threshold it must pass).
 */
final class MeasureDecision {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private MeasureDecision() {
	}

	/**
	 * Dedicated GPUs whose served tokens (served null) or serverless price (price null)
	 * are unknown: the threshold below which serverless would cost less.
	 */
	static Decision of(String workload, String model, Decision kept, BigDecimal current, BigDecimal stays,
			BigDecimal price, BigDecimal served, BigDecimal capacity, BigDecimal minimum, BigDecimal hours) {
		BigDecimal room = current.subtract(stays).subtract(minimum);
		String tokens = "served tokens of " + workload + " (vLLM or TGI serving metrics)";
		String priceOf = "the per-token price of " + (model.isEmpty() ? "the model it serves" : model)
				+ " on a serverless API (modelPrices or serverlessPricePerMillion in the assumptions; no host in the "
				+ "price catalog lists it)";
		String missing;
		String threshold;
		if (served == null && price == null) {
			missing = tokens + " and " + priceOf;
			threshold = "with both, the reports say whether serverless costs less";
		}
		else if (price == null) {
			missing = priceOf;
			threshold = room.signum() <= 0 ? "serverless cannot save the minimum saving whatever the price"
					: "moving its " + Words.whole(served) + " served tokens to serverless saves money if they cost "
							+ "less than " + Words.price(room.multiply(MILLION).divide(served, PRECISION))
							+ " per million there";
		}
		else {
			missing = tokens;
			BigDecimal volume = room.signum() <= 0 ? BigDecimal.ZERO : room.multiply(MILLION).divide(price, PRECISION);
			threshold = room.signum() <= 0 ? "serverless cannot save the minimum saving whatever the volume"
					: "moving to serverless saves money if its GPUs serve fewer than " + Words.whole(volume)
							+ " tokens a month ("
							+ Words.whole(volume.divide(hours.multiply(BigDecimal.valueOf(60)), PRECISION))
							+ " a minute) at " + Words.price(price) + " per million"
							+ (volume.compareTo(capacity) > 0 ? ", more than their full capacity of "
									+ Words.whole(capacity)
									+ " at the assumed throughput: if they serve a language model, serverless is cheaper whatever they serve"
									: "");
		}
		return new Decision(Action.MEASURE, current, current, BigDecimal.ZERO, kept.gpusNeeded(), null, null,
				kept.dedicatedCanWin(), kept.breakEvenGpuHourlyRate(), null, kept.fixedCostBreakEvenTokensPerMinute(),
				(served == null ? "the month shows no " : "nothing gives ") + missing + ": " + threshold + "; "
						+ kept.reason(),
				missing + ": " + threshold, kept.alternatives());
	}

}
