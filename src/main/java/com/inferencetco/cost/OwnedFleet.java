package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The servers the company owns (onPremServersOwned) and the workloads they serve: those
 * whose tokens serving metrics count on its own GPUs while no bill of the month charges
 * for GPU time. Their capital is sunk (it stays in the TCO until they are sold); what a
 * decision can still save is their running cost: power, colocation and operations staff.
 *
 * @param servers servers owned
 * @param runningPerServerMonth power, colocation and staff of one server for the month
 * @param servedTokens the tokens all owned workloads served
 * @param workloads how many workloads the servers serve
 */
public record OwnedFleet(int servers, BigDecimal runningPerServerMonth, BigDecimal servedTokens, int workloads) {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	public BigDecimal runningPerMonth() {
		return runningPerServerMonth.multiply(BigDecimal.valueOf(servers));
	}

	/** A workload's share of the running costs, by the tokens it served. */
	public BigDecimal runningShareOf(BigDecimal served) {
		return servedTokens.signum() == 0 ? BigDecimal.ZERO
				: runningPerMonth().multiply(served).divide(servedTokens, PRECISION);
	}

	/**
	 * Whether moving this workload off the servers lets them be switched off: only when
	 * it is the only one they serve.
	 */
	public boolean freedByMoving() {
		return workloads == 1;
	}

}
