package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.inferencetco.cost.ThroughputEstimator.Throughput;

/**
 * The throughput a decision on dedicated GPUs uses, checked against what they served.
 * Serving metrics (vLLM, TGI) count the tokens the GPUs served; divided by their
 * GPU-seconds while busy (DCGM or nvidia-smi busy time; all GPU-seconds without it) that
 * is what one GPU served at the measured load. It is a floor of their capacity, not the
 * capacity: busy time is not spare capacity (batches grow with load), so utilization
 * stays served tokens over the assumed capacity. Measured beats assumed where it proves
 * more: a measured figure above the assumed one is used instead. A throughput the user
 * gives for the workload itself ({@code workloadTokensPerSecond}) stands. When the two
 * differ more than twice, the decision's reason says so.
 *
 * @param assumed the user's figure or the roofline estimate
 * @param measured served tokens per GPU-second (while busy when telemetry tells), or null
 * without served tokens
 * @param used the figure the decision uses
 * @param note words for the decision's reason, or empty
 */
record ThroughputCheck(BigDecimal assumed, BigDecimal measured, BigDecimal used, String note) {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

	private static final BigDecimal TWICE = BigDecimal.valueOf(2);

	static ThroughputCheck of(WorkloadUsage u, Throughput assumed, boolean givenForTheWorkload) {
		BigDecimal guess = assumed.perGpu();
		if (u.served().isEmpty() || u.gpuHours().signum() <= 0) {
			return new ThroughputCheck(guess, null, guess, "");
		}
		BigDecimal busy = u.gpuBusy() == null || u.gpuBusy().signum() <= 0 ? null : u.gpuBusy().min(BigDecimal.ONE);
		BigDecimal seconds = u.gpuHours().multiply(SECONDS_PER_HOUR);
		BigDecimal measured = u.served().total().divide(busy == null ? seconds : seconds.multiply(busy), PRECISION);
		boolean use = !givenForTheWorkload && measured.compareTo(guess) > 0;
		BigDecimal used = use ? measured : guess;
		String note = "";
		if (measured.max(guess).compareTo(measured.min(guess).multiply(TWICE)) > 0) {
			String seen = Words.whole(measured) + " tokens/s per GPU measured"
					+ (busy == null ? " on average" : " while busy (" + Words.percent(busy) + " of the time)");
			note = "; throughput: " + seen + " against " + Words.whole(guess) + " assumed (" + assumed.basis() + "), "
					+ (use ? "the measured figure is used (they served more than assumed)"
							: givenForTheWorkload ? "the workload's own figure is kept"
									: "the assumed figure is kept as their capacity (busy time is not spare "
											+ "capacity: batches grow with load); check it with a load test");
		}
		return new ThroughputCheck(guess, measured, used, note);
	}

	/** The throughput to decide with. */
	Throughput throughput(Throughput assumed) {
		if (used.compareTo(assumed.perGpu()) == 0) {
			return assumed;
		}
		return new Throughput(used, assumed.tensorParallel(), "measured: served tokens per GPU-second");
	}

}
