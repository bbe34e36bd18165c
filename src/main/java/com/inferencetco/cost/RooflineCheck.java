package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.inferencetco.catalog.GpuCatalog.GpuSpec;

/**
 * Physics bounds on a throughput input. A decode step streams all weights once, so one stream cannot beat
 * bandwidth / weight bytes; a batch cannot beat peak FLOPS / (2 x parameters) tokens per second. A "throughput"
 * near the first bound is a per-stream speed (the founding document's 50 tok/s for a 70B model is exactly that),
 * and one above the second is not possible on that GPU.
 */
public record RooflineCheck(BigDecimal perStreamCeiling, BigDecimal aggregateCeiling, String verdict) {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	public static RooflineCheck of(GpuSpec gpu, BigDecimal parametersBillions, BigDecimal bytesPerParameter,
			BigDecimal tokensPerSecond) {
		BigDecimal params = parametersBillions.multiply(BigDecimal.valueOf(1_000_000_000L));
		BigDecimal weightBytes = params.multiply(bytesPerParameter);
		BigDecimal perStream = gpu.bandwidthTbPerSecond().multiply(BigDecimal.valueOf(1_000_000_000_000L))
			.divide(weightBytes, PRECISION);
		BigDecimal tflops = bytesPerParameter.compareTo(BigDecimal.ONE) <= 0 && gpu.fp8Tflops() != null ? gpu.fp8Tflops()
				: gpu.bf16Tflops();
		BigDecimal aggregate = tflops.multiply(BigDecimal.valueOf(1_000_000_000_000L))
			.divide(params.multiply(BigDecimal.valueOf(2)), PRECISION);
		String verdict;
		if (tokensPerSecond.compareTo(aggregate) > 0) {
			verdict = "implausible: above the compute ceiling of " + whole(aggregate) + " tokens/s for this model on one "
					+ gpu.gpu();
		}
		else if (tokensPerSecond.compareTo(perStream.multiply(new BigDecimal("1.5"))) <= 0) {
			verdict = "looks like a per-stream speed (one " + gpu.gpu() + " decodes at most " + whole(perStream)
					+ " tokens/s per stream): use the aggregate throughput of all concurrent streams";
		}
		else {
			verdict = "plausible: between the per-stream ceiling of " + whole(perStream) + " and the compute ceiling of "
					+ whole(aggregate) + " tokens/s";
		}
		return new RooflineCheck(perStream, aggregate, verdict);
	}

	public boolean flagged() {
		return !verdict.startsWith("plausible");
	}

	private static String whole(BigDecimal value) {
		return value.setScale(0, RoundingMode.HALF_UP).toPlainString();
	}
}
