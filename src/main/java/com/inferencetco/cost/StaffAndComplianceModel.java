package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The people costs of running inference yourself, per month: engineering overhead = FTEs
 * x salary x loading factor x the share of their time that goes to inference / 12 (BLS:
 * wages are 70.5 % of compensation, so the loading is 1 / 0.705 = 1.418); compliance =
 * one-off costs amortized over a period plus recurring costs.
 */
public final class StaffAndComplianceModel {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private StaffAndComplianceModel() {
	}

	public static BigDecimal engineeringPerMonth(BigDecimal fte, BigDecimal annualSalary, BigDecimal loadingFactor,
			BigDecimal inferenceShare) {
		return fte.multiply(annualSalary)
			.multiply(loadingFactor)
			.multiply(inferenceShare)
			.divide(BigDecimal.valueOf(12), PRECISION);
	}

	/** A fully loaded FTE-month, for on-prem operations staff. */
	public static BigDecimal loadedFteMonth(BigDecimal annualSalary, BigDecimal loadingFactor) {
		return annualSalary.multiply(loadingFactor).divide(BigDecimal.valueOf(12), PRECISION);
	}

	public static BigDecimal compliancePerMonth(BigDecimal oneOff, BigDecimal amortizationMonths, BigDecimal annual) {
		return oneOff.divide(amortizationMonths, PRECISION).add(annual.divide(BigDecimal.valueOf(12), PRECISION));
	}

}
