package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Owning GPU servers: capital cost (by the chosen depreciation method), power (kW x PUE x
 * price per kWh), colocation (per kW-month) and operations staff, per server-month and
 * per GPU-hour (allocation basis: every hour of the month, as rent counts them), and the
 * months it takes the avoided rent to pay the capex back.
 *
 * @param hoursInMonth the billing month's hours (744 for October): power and the owned
 * GPU-hour use the same hours as the rent they are compared with
 */
public record OnPremModel(BigDecimal capexPerServer, int gpusPerServer, int lifeYears, BigDecimal residualFraction,
		Depreciation method, BigDecimal costOfCapital, BigDecimal powerKwPerServer, BigDecimal pue,
		BigDecimal pricePerKwh, BigDecimal colocationPerKwMonth, BigDecimal opsFtePerServer,
		BigDecimal staffMonthlyCostPerFte, BigDecimal hoursInMonth) {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	public List<BigDecimal> depreciationSchedule() {
		return method.schedule(capexPerServer, lifeYears, residualFraction, costOfCapital);
	}

	/**
	 * The chosen method's charge averaged over the economic life, per month (not the
	 * first year's).
	 */
	public BigDecimal capitalPerServerMonth() {
		return capitalPerServerMonth(method);
	}

	/**
	 * Any method's charge averaged over the economic life, per month: the views shown
	 * side by side.
	 */
	public BigDecimal capitalPerServerMonth(Depreciation view) {
		return view.averageMonthly(capexPerServer, lifeYears, residualFraction, costOfCapital);
	}

	/**
	 * The capex less the present value of what the server sells for at the end of its
	 * life.
	 */
	public BigDecimal netCapexPerServer() {
		BigDecimal residual = capexPerServer.multiply(residualFraction);
		return capexPerServer.subtract(residual.divide(BigDecimal.ONE.add(costOfCapital).pow(lifeYears), PRECISION));
	}

	public int lifeMonths() {
		return lifeYears * 12;
	}

	/** kW x PUE x hours x price: the facility's draw, not just the IT load. */
	public BigDecimal powerPerServerMonth() {
		return powerKwPerServer.multiply(pue).multiply(hoursInMonth).multiply(pricePerKwh);
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

	/**
	 * All-in cost of one owned GPU-hour, every hour of the month counted (idle included).
	 */
	public BigDecimal costPerGpuHour() {
		return totalPerServerMonth().divide(hoursInMonth.multiply(BigDecimal.valueOf(gpusPerServer)), PRECISION);
	}

	/**
	 * Months until the rent avoided (renting the server's GPUs all month at
	 * {@code rentPerGpuHour}) minus the running costs repays the capex net of the
	 * residual's present value; null when owning never pays back.
	 */
	public BigDecimal paybackMonths(BigDecimal rentPerGpuHour) {
		return paybackMonths(1, rentPerGpuHour.multiply(hoursInMonth).multiply(BigDecimal.valueOf(gpusPerServer)));
	}

	/**
	 * Payback of {@code servers} servers against a monthly rent they replace; null when
	 * it never pays back.
	 */
	public BigDecimal paybackMonths(int servers, BigDecimal rentPerMonth) {
		BigDecimal count = BigDecimal.valueOf(servers);
		BigDecimal saving = rentPerMonth.subtract(runningPerServerMonth().multiply(count));
		if (saving.signum() <= 0) {
			return null;
		}
		return netCapexPerServer().multiply(count).divide(saving, PRECISION);
	}
}
