package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.inferencetco.catalog.GpuCatalog.GpuSpec;
import com.inferencetco.catalog.ModelArchitectures.Architecture;
import com.inferencetco.catalog.ModelArchitectures.Family;

/**
 * Aggregate tokens per second one GPU serves for a workload. The user's figure wins (per
 * workload, then {@code dedicatedTokensPerSecond} when set in the file); otherwise an
 * estimate from the GPU's specs and the model:
 * <ul>
 * <li>tensor-parallel degree: the fewest GPUs (a power of two) whose memory holds the
 * weights in 65 % of it, leaving the rest for the KV cache;</li>
 * <li>decode (output), bandwidth and memory bound: a batch of B requests streams the
 * weights once and each request's KV cache per step, B limited by the KV cache that fits:
 * B x bandwidth / (weights + B x KV per request);</li>
 * <li>prefill (input), compute bound: FLOPS / (2 x parameters) per token;</li>
 * <li>each times the roofline efficiency a tuned stack reaches, capped at the compute
 * ceiling; the workload's input/output mix weighs the two rates by the time they
 * take.</li>
 * </ul>
 * Embedding models only prefill.
 */
public final class ThroughputEstimator {

	/**
	 * Share of a GPU group's memory the weights may take; the rest holds the KV cache and
	 * activations.
	 */
	static final BigDecimal WEIGHT_MEMORY_SHARE = new BigDecimal("0.65");

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private static final BigDecimal GIGA = BigDecimal.valueOf(1_000_000_000L);

	private static final BigDecimal TERA = BigDecimal.valueOf(1_000_000_000_000L);

	/**
	 * Tokens per second per GPU, the tensor-parallel degree, and where the figure came
	 * from.
	 */
	public record Throughput(BigDecimal perGpu, int tensorParallel, String basis) {
	}

	private final TcoAssumptions assumptions;

	public ThroughputEstimator(TcoAssumptions assumptions) {
		this.assumptions = assumptions;
	}

	public Throughput of(String workload, Architecture model, GpuSpec gpu, BigDecimal inputShare) {
		return of(workload, model, gpu, inputShare, null);
	}

	/**
	 * @param tokensPerRequest the context the workload's requests hold (its tokens per
	 * request), or null for {@code servingContextTokens}; a context set in the
	 * assumptions file wins
	 */
	public Throughput of(String workload, Architecture model, GpuSpec gpu, BigDecimal inputShare,
			BigDecimal tokensPerRequest) {
		int tp = tensorParallel(model, gpu);
		BigDecimal own = assumptions.workloadTokensPerSecond(workload);
		if (own != null) {
			return new Throughput(own, tp, "workloadTokensPerSecond for " + workload);
		}
		if (assumptions.isSet(Parameter.DEDICATED_THROUGHPUT)) {
			return new Throughput(assumptions.value(Parameter.DEDICATED_THROUGHPUT), tp, "dedicatedTokensPerSecond");
		}
		BigDecimal efficiency = assumptions.value(Parameter.ROOFLINE_EFFICIENCY);
		BigDecimal prefill = computeCeiling(model, gpu).multiply(efficiency);
		if (model.family() == Family.EMBEDDING) {
			return new Throughput(prefill, tp, "roofline estimate: " + gpu.gpu() + ", compute bound (embedding)");
		}
		boolean measured = tokensPerRequest != null && tokensPerRequest.signum() > 0
				&& !assumptions.isSet(Parameter.CONTEXT_TOKENS);
		BigDecimal context = measured ? tokensPerRequest : assumptions.value(Parameter.CONTEXT_TOKENS);
		Decode batch = decode(model, gpu, tp, context, assumptions.value(Parameter.PER_STREAM_SPEED));
		BigDecimal decode = batch.perGpu().multiply(efficiency).min(prefill);
		// time per token of the mix: input share / prefill rate + output share / decode
		// rate
		BigDecimal in = inputShare;
		BigDecimal out = BigDecimal.ONE.subtract(inputShare);
		BigDecimal secondsPerToken = in.divide(prefill, PRECISION).add(out.divide(decode, PRECISION));
		return new Throughput(BigDecimal.ONE.divide(secondsPerToken, PRECISION), tp,
				"roofline estimate: " + gpu.gpu() + " x" + tp + ", " + percent(inputShare) + " input"
						+ (measured ? ", " + Words.whole(context) + "-token context (its tokens per request)" : "")
						+ batch.latencyWords(assumptions.value(Parameter.PER_STREAM_SPEED)));
	}

	/**
	 * A replica's decode: tokens per second per GPU at the batch it runs, that batch, and
	 * the largest its KV cache holds.
	 */
	private record Decode(BigDecimal perGpu, BigDecimal batch, BigDecimal memoryBatch) {

		/** What the latency target did to the batch, in words (empty when nothing). */
		String latencyWords(BigDecimal perStream) {
			if (batch.compareTo(memoryBatch) >= 0) {
				return "";
			}
			String target = Words.whole(perStream) + " tokens/s per stream (perStreamTokensPerSecond)";
			return batch.compareTo(BigDecimal.ONE) <= 0
					? ", one stream at a time: even alone a stream is slower than " + target
					: ", " + Words.whole(batch) + " streams a replica to keep " + target;
		}
	}

	/**
	 * Tokens per second per GPU when one replica decodes the largest batch its KV cache
	 * holds.
	 */
	BigDecimal decodePerGpu(Architecture model, GpuSpec gpu, int tp) {
		return decode(model, gpu, tp, assumptions.value(Parameter.CONTEXT_TOKENS), null).perGpu();
	}

	/**
	 * Decode with the largest batch the KV cache holds and, with a latency target, that
	 * keeps each stream at the target: a step streams the weights and every stream's KV
	 * cache once, so a stream's speed is bandwidth / (weights + B x KV) and B is at most
	 * (bandwidth / target - weights) / KV. The idealized bandwidth bounds B (the roofline
	 * efficiency is calibrated on aggregate throughput, not on one stream's speed), so
	 * the target binds only where even the ideal could not keep it.
	 */
	private Decode decode(Architecture model, GpuSpec gpu, int tp, BigDecimal context, BigDecimal perStream) {
		BigDecimal weights = weightBytes(model);
		BigDecimal memory = gpu.memoryGb().multiply(GIGA).multiply(BigDecimal.valueOf(tp));
		BigDecimal kvPerRequest = kvBytesPerRequest(model, context);
		BigDecimal memoryBatch = memory.subtract(weights)
			.divide(kvPerRequest, 0, RoundingMode.FLOOR)
			.max(BigDecimal.ONE);
		BigDecimal bandwidth = gpu.bandwidthTbPerSecond().multiply(TERA).multiply(BigDecimal.valueOf(tp));
		BigDecimal batch = memoryBatch;
		if (perStream != null) {
			BigDecimal latencyBatch = bandwidth.divide(perStream, PRECISION)
				.subtract(weights)
				.divide(kvPerRequest, 0, RoundingMode.FLOOR);
			batch = memoryBatch.min(latencyBatch).max(BigDecimal.ONE);
		}
		BigDecimal perReplica = batch.multiply(bandwidth).divide(weights.add(batch.multiply(kvPerRequest)), PRECISION);
		return new Decode(perReplica.divide(BigDecimal.valueOf(tp), PRECISION), batch, memoryBatch);
	}

	/** FLOPS / (2 x parameters): tokens per second per GPU when compute is the limit. */
	BigDecimal computeCeiling(Architecture model, GpuSpec gpu) {
		BigDecimal tflops = assumptions.value(Parameter.WEIGHT_BYTES).compareTo(BigDecimal.ONE) <= 0
				&& gpu.fp8Tflops() != null ? gpu.fp8Tflops() : gpu.bf16Tflops();
		return tflops.multiply(TERA)
			.divide(model.parametersBillions().multiply(GIGA).multiply(BigDecimal.valueOf(2)), PRECISION);
	}

	/**
	 * The fewest GPUs, a power of two, whose memory holds the weights within
	 * {@link #WEIGHT_MEMORY_SHARE}.
	 */
	public int tensorParallel(Architecture model, GpuSpec gpu) {
		if (model.parametersBillions() == null) {
			return 1;
		}
		BigDecimal weights = weightBytes(model);
		int tp = 1;
		while (gpu.memoryGb()
			.multiply(GIGA)
			.multiply(BigDecimal.valueOf(tp))
			.multiply(WEIGHT_MEMORY_SHARE)
			.compareTo(weights) < 0 && tp < 64) {
			tp *= 2;
		}
		return tp;
	}

	private BigDecimal weightBytes(Architecture model) {
		return model.parametersBillions().multiply(GIGA).multiply(assumptions.value(Parameter.WEIGHT_BYTES));
	}

	/** Keys and values of every layer and KV head for the tokens a request keeps. */
	private BigDecimal kvBytesPerRequest(Architecture model, BigDecimal context) {
		return model.kvValuesPerToken().multiply(assumptions.value(Parameter.WEIGHT_BYTES)).multiply(context);
	}

	private static String percent(BigDecimal share) {
		return share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
	}

}
