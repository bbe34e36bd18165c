package com.inferencetco.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the cost engine adds to the invoiced month: the modelled monthly costs
 * (engineering overhead, compliance, owned servers), egress priced at each provider's
 * tiers, the on-prem option with its payback, scale-to-zero, scenarios, the sensitivity
 * tornado and break-even band, and the physics check of the throughput input.
 *
 * @param compliancePerMonth the compliance cost of a month it applies to
 * @param complianceApplies which months those are (the assumptions' complianceApplies)
 * @param pools fleets serverless workloads of one model could share (see
 * {@link PoolDecision})
 */
public record EngineFindings(BigDecimal engineeringPerMonth, BigDecimal compliancePerMonth, BigDecimal onPremPerMonth,
		List<EgressQuote> egress, OnPremSummary onPrem, ColdStartModel coldStart, List<Scenario> scenarios,
		List<SensitivityBar> tornado, BigDecimal breakEvenBandLow, BigDecimal breakEvenBandHigh, RooflineCheck roofline,
		List<String> complianceFlags, ComplianceScope complianceApplies, List<Pool> pools) {

	/** These findings with the month's pools. */
	EngineFindings withPools(List<Pool> found) {
		return new EngineFindings(engineeringPerMonth, compliancePerMonth, onPremPerMonth, egress, onPrem, coldStart,
				scenarios, tornado, breakEvenBandLow, breakEvenBandHigh, roofline, complianceFlags, complianceApplies,
				List.copyOf(found));
	}

	/** The month's internet egress priced at one provider's tiers. */
	public record EgressQuote(String provider, BigDecimal cost, String source) {
	}

	/**
	 * The owned-hardware option: cost per GPU-hour, payback against renting (net of the
	 * residual's present value), the depreciation schedule, and the monthly capital
	 * charge by every method side by side (the chosen one decides).
	 */
	public record OnPremSummary(BigDecimal costPerGpuHour, BigDecimal capitalPerServerMonth,
			BigDecimal powerPerServerMonth, BigDecimal colocationPerServerMonth, BigDecimal staffPerServerMonth,
			BigDecimal paybackMonthsVsSpecialized, BigDecimal paybackMonthsVsHyperscaler, String method,
			List<BigDecimal> depreciationByYear, Map<String, BigDecimal> capitalPerServerMonthByMethod,
			int lifeMonths) {
	}
}
