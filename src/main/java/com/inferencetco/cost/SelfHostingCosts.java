package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The fixed monthly costs of running inference yourself, and who carries them.
 * Engineering overhead and the compliance increment of self-hosting are paid once for the
 * platform: a month that already self-hosts adds nothing when one more workload joins;
 * the dedicated workloads share them by GPU-hours; and moving a workload off dedicated
 * GPUs saves them only when it is the last self-hosted workload.
 *
 * @param selfHosting whether the month runs dedicated GPUs or owned servers already
 * @param dedicatedGpuHours the GPU-hours of all dedicated workloads, the key of the
 * shares
 * @param dedicatedWorkloads how many workloads run on dedicated GPUs
 */
public record SelfHostingCosts(BigDecimal engineeringPerMonth, BigDecimal compliancePerMonth, boolean selfHosting,
		BigDecimal dedicatedGpuHours, int dedicatedWorkloads, boolean ownsServers) {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	public BigDecimal perMonth() {
		return engineeringPerMonth.add(compliancePerMonth);
	}

	/**
	 * What a serverless workload adds by moving to dedicated GPUs: everything when
	 * nothing is self-hosted yet.
	 */
	public BigDecimal addedBySwitching() {
		return selfHosting ? BigDecimal.ZERO : perMonth();
	}

	/** A dedicated workload's share of the fixed costs, by its GPU-hours. */
	public BigDecimal shareOf(BigDecimal gpuHours) {
		if (dedicatedGpuHours.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return perMonth().multiply(gpuHours).divide(dedicatedGpuHours, PRECISION);
	}

	/**
	 * Whether moving this dedicated workload to serverless ends self-hosting, and so its
	 * fixed costs.
	 */
	public boolean endsWithLastDedicated() {
		return dedicatedWorkloads == 1 && !ownsServers;
	}
}
