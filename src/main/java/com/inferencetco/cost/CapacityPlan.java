package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Dedicated capacity in whole units: replicas of the model (each on
 * {@code tensorParallel} GPUs, the degree its memory footprint needs), enough for the
 * busiest day at the target utilization and never fewer than the minimum; the instances
 * that hold them (GPUs per instance as the offer rents them); and the GPUs those
 * instances bill. Capacity is bought in steps, so cost is a staircase, not a line.
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
		int instances = Math.max(1, ceilDiv(gpus, gpusPerInstance));
		return new CapacityPlan(gpus, 1, instances, gpusPerInstance, instances * gpusPerInstance);
	}

	private static CapacityPlan forReplicas(int replicas, int tensorParallel, int gpusPerInstance) {
		int instances = Math.max(1, ceilDiv(replicas * tensorParallel, gpusPerInstance));
		return new CapacityPlan(replicas, tensorParallel, instances, gpusPerInstance, instances * gpusPerInstance);
	}

	/** Whole servers of {@code gpusPerServer} GPUs that hold the replicas' GPUs. */
	public int servers(int gpusPerServer) {
		return Math.max(1, ceilDiv(replicas * tensorParallel, gpusPerServer));
	}

	static int ceilDiv(int a, int b) {
		return (a + b - 1) / b;
	}
}
