package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.inferencetco.catalog.GpuCatalog.GpuSpec;
import com.inferencetco.catalog.ModelArchitectures.Architecture;

/**
 * Physics bounds on a throughput input. A decode step streams all weights once, so one
 * stream cannot beat bandwidth / weight bytes; the KV cache that fits beside the weights
 * bounds the batch, and so decoding; a batch cannot beat peak FLOPS / (2 x parameters)
 * tokens per second. A "throughput" near the first bound is a per-stream speed (the
 * founding document's 50 tok/s for a 70B model is exactly that); one above the KV-cache
 * ceiling is only reached by input-heavy loads; one above the compute ceiling is not
 * possible on that GPU.
 */
public record RooflineCheck(BigDecimal perStreamCeiling, BigDecimal memoryCeiling, BigDecimal aggregateCeiling,
		String verdict) {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	public static RooflineCheck of(GpuSpec gpu, Architecture model, ThroughputEstimator estimator,
			BigDecimal bytesPerParameter, BigDecimal tokensPerSecond) {
		BigDecimal weightBytes = model.parametersBillions()
			.multiply(BigDecimal.valueOf(1_000_000_000L))
			.multiply(bytesPerParameter);
		BigDecimal perStream = gpu.bandwidthTbPerSecond()
			.multiply(BigDecimal.valueOf(1_000_000_000_000L))
			.divide(weightBytes, PRECISION);
		int tp = estimator.tensorParallel(model, gpu);
		BigDecimal memory = estimator.decodePerGpu(model, gpu, tp);
		BigDecimal aggregate = estimator.computeCeiling(model, gpu);
		String verdict;
		if (tokensPerSecond.compareTo(aggregate) > 0) {
			verdict = "implausible: above the compute ceiling of " + whole(aggregate)
					+ " tokens/s for this model on one " + gpu.gpu();
		}
		else if (tokensPerSecond.compareTo(perStream.multiply(new BigDecimal("1.5"))) <= 0) {
			verdict = "looks like a per-stream speed (one " + gpu.gpu() + " decodes at most " + whole(perStream)
					+ " tokens/s per stream): use the aggregate throughput of all concurrent streams";
		}
		else if (tokensPerSecond.compareTo(memory) > 0) {
			verdict = "above the KV-cache ceiling of " + whole(memory) + " decoded tokens/s per GPU (" + gpu.gpu()
					+ " x" + tp + "): reachable only when most tokens are input";
		}
		else {
			verdict = "plausible: between the per-stream ceiling of " + whole(perStream)
					+ " and the KV-cache ceiling of " + whole(memory) + " tokens/s";
		}
		return new RooflineCheck(perStream, memory, aggregate, verdict);
	}

	public boolean flagged() {
		return !verdict.startsWith("plausible");
	}

	private static String whole(BigDecimal value) {
		return value.setScale(0, RoundingMode.HALF_UP).toPlainString();
	}
}
