package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Dedicated capacity in whole units: replicas of the model (each on
 * {@code tensorParallel} GPUs, the degree its memory footprint needs), enough for the
 * busiest day at the target utilization and never fewer than the minimum; the instances
 * that hold them (whole instances of {@code dedicatedGpusPerInstance}, or below that one
 * instance of 1, 2 or 4 GPUs); and the GPUs those instances bill. Capacity is bought in
 * steps, so cost is a staircase, not a line.
 *
 * @param gpus the GPUs billed: every GPU of every instance
 */
public record CapacityPlan(int replicas, int tensorParallel, int instances, int gpusPerInstance, int gpus) {

	/**
	 * @param peakTokensPerSecond the busiest day's tokens over its seconds
	 * @param perGpu aggregate tokens per second one GPU serves at full load
	 */
	public static CapacityPlan forPeak(BigDecimal peakTokensPerSecond, BigDecimal perGpu, int tensorParallel,
			BigDecimal targetUtilization, int minReplicas, int gpusPerInstance) {
		BigDecimal perReplica = perGpu.multiply(BigDecimal.valueOf(tensorParallel)).multiply(targetUtilization);
		int needed = peakTokensPerSecond.divide(perReplica, 0, RoundingMode.CEILING).intValueExact();
		return forReplicas(Math.max(minReplicas, needed), tensorParallel, gpusPerInstance);
	}

	/** The instances that hold a number of GPUs, and the GPUs they bill. */
	public static CapacityPlan forGpus(int gpus, int gpusPerInstance) {
		return rented(gpus, 1, gpus, gpusPerInstance);
	}

	private static CapacityPlan forReplicas(int replicas, int tensorParallel, int gpusPerInstance) {
		return rented(replicas, tensorParallel, replicas * tensorParallel, gpusPerInstance);
	}

	/**
	 * Below a full instance, the smallest offer of 1, 2 or 4 GPUs that holds the need
	 * (specialized providers rent single GPUs); from a full instance on, whole instances.
	 */
	private static CapacityPlan rented(int replicas, int tensorParallel, int gpus, int gpusPerInstance) {
		if (gpus < gpusPerInstance) {
			int size = Math.min(gpusPerInstance, smallOffer(gpus));
			return new CapacityPlan(replicas, tensorParallel, 1, size, size);
		}
		int instances = ceilDiv(gpus, gpusPerInstance);
		return new CapacityPlan(replicas, tensorParallel, instances, gpusPerInstance, instances * gpusPerInstance);
	}

	/** 1, 2 or 4 GPUs, the smallest that holds the need; more: a full instance. */
	static int smallOffer(int gpus) {
		return gpus <= 1 ? 1 : gpus <= 2 ? 2 : gpus <= 4 ? 4 : Integer.MAX_VALUE;
	}

	/** Whole servers of {@code gpusPerServer} GPUs that hold the replicas' GPUs. */
	public int servers(int gpusPerServer) {
		return Math.max(1, ceilDiv(replicas * tensorParallel, gpusPerServer));
	}

	static int ceilDiv(int a, int b) {
		return (a + b - 1) / b;
	}
}
