package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decision to measure first: dedicated GPUs whose served tokens the month does not
 * show, with the volume below which serverless would cost less (the figure to collect and
 * the threshold it must pass).
 */
final class MeasureDecision {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private MeasureDecision() {
	}

	/**
	 * Dedicated GPUs whose served tokens are unknown: the threshold below which
	 * serverless would cost less.
	 */
	static Decision of(String workload, Decision kept, BigDecimal current, BigDecimal stays, BigDecimal price,
			BigDecimal capacity, BigDecimal minimum, BigDecimal hours) {
		BigDecimal room = current.subtract(stays).subtract(minimum);
		String missing = "served tokens of " + workload + " (vLLM or TGI serving metrics)";
		BigDecimal volume = room.signum() <= 0 ? BigDecimal.ZERO : room.multiply(MILLION).divide(price, PRECISION);
		String threshold = room.signum() <= 0 ? "serverless cannot save the minimum saving whatever the volume"
				: "moving to serverless saves money if its GPUs serve fewer than " + Words.whole(volume)
						+ " tokens a month ("
						+ Words.whole(volume.divide(hours.multiply(BigDecimal.valueOf(60)), PRECISION))
						+ " a minute) at " + Words.price(price) + " per million"
						+ (volume.compareTo(capacity) > 0 ? ", more than their full capacity of "
								+ Words.whole(capacity)
								+ " at the assumed throughput: if they serve a language model, serverless is cheaper whatever they serve"
								: "");
		return new Decision(Action.MEASURE, current, current, BigDecimal.ZERO, kept.gpusNeeded(), null, null,
				kept.dedicatedCanWin(), kept.breakEvenGpuHourlyRate(), null, kept.fixedCostBreakEvenTokensPerMinute(),
				"the month shows no " + missing + ": " + threshold + "; " + kept.reason(), missing + ": " + threshold,
				kept.alternatives());
	}

}
