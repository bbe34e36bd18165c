package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Owning GPU servers: capital cost (by the chosen depreciation method), power (kW x PUE x price per kWh), colocation
 * (per kW-month) and operations staff, per server-month and per GPU-hour (allocation basis: all 730 hours of a month),
 * and the months it takes the avoided rent to pay the capex back.
 */
public record OnPremModel(BigDecimal capexPerServer, int gpusPerServer, int lifeYears, BigDecimal residualFraction,
		Depreciation method, BigDecimal costOfCapital, BigDecimal powerKwPerServer, BigDecimal pue,
		BigDecimal pricePerKwh, BigDecimal colocationPerKwMonth, BigDecimal opsFtePerServer,
		BigDecimal staffMonthlyCostPerFte) {

	/** Hours in an average month (8,760 / 12), the convention of colocation and rental quotes. */
	public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	public List<BigDecimal> depreciationSchedule() {
		return method.schedule(capexPerServer, lifeYears, residualFraction, costOfCapital);
	}

	public BigDecimal capitalPerServerMonth() {
		return method.firstYearMonthly(capexPerServer, lifeYears, residualFraction, costOfCapital);
	}

	/** kW x PUE x hours x price: the facility's draw, not just the IT load. */
	public BigDecimal powerPerServerMonth() {
		return powerKwPerServer.multiply(pue).multiply(HOURS_PER_MONTH).multiply(pricePerKwh);
	}

	public BigDecimal colocationPerServerMonth() {
		return powerKwPerServer.multiply(colocationPerKwMonth);
	}

	public BigDecimal staffPerServerMonth() {
		return opsFtePerServer.multiply(staffMonthlyCostPerFte);
	}

	public BigDecimal runningPerServerMonth() {
		return powerPerServerMonth().add(colocationPerServerMonth()).add(staffPerServerMonth());
	}

	public BigDecimal totalPerServerMonth() {
		return capitalPerServerMonth().add(runningPerServerMonth());
	}

	/** All-in cost of one owned GPU-hour, every hour of the month counted (idle included). */
	public BigDecimal costPerGpuHour() {
		return totalPerServerMonth().divide(HOURS_PER_MONTH.multiply(BigDecimal.valueOf(gpusPerServer)), PRECISION);
	}

	/**
	 * Months until the rent avoided (renting the same GPUs all month at {@code rentPerGpuHour}) minus the running
	 * costs repays the capex; null when owning never pays back.
	 */
	public BigDecimal paybackMonths(BigDecimal rentPerGpuHour) {
		BigDecimal rent = rentPerGpuHour.multiply(HOURS_PER_MONTH).multiply(BigDecimal.valueOf(gpusPerServer));
		BigDecimal saving = rent.subtract(runningPerServerMonth());
		if (saving.signum() <= 0) {
			return null;
		}
		return capexPerServer.divide(saving, PRECISION);
	}
}
