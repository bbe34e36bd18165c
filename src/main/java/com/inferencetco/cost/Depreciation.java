package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How owned hardware's cost is spread over its life: straight-line (book),
 * double-declining balance, US MACRS 5-year class (IRS Publication 946: 200 % declining
 * balance, half-year convention), or capital recovery at a cost of capital (economic
 * cost: the annuity that repays the capex net of the residual's present value).
 */
public enum Depreciation {

	STRAIGHT_LINE("straight-line"), DOUBLE_DECLINING("double-declining"), MACRS_5("macrs-5"),
	CAPITAL_RECOVERY("capital-recovery");

	/** MACRS 5-year class percentages by year (IRS Publication 946, table A-1). */
	static final List<BigDecimal> MACRS_5_RATES = List.of(new BigDecimal("0.20"), new BigDecimal("0.32"),
			new BigDecimal("0.192"), new BigDecimal("0.1152"), new BigDecimal("0.1152"), new BigDecimal("0.0576"));

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private final String id;

	Depreciation(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Depreciation fromId(String id) {
		for (Depreciation method : values()) {
			if (method.id.equalsIgnoreCase(id.strip()) || method.name().equalsIgnoreCase(id.strip())) {
				return method;
			}
		}
		throw new IllegalArgumentException(id);
	}

	public static String ids() {
		List<String> ids = new ArrayList<>();
		for (Depreciation method : values()) {
			ids.add(method.id);
		}
		return String.join(", ", ids).toLowerCase(Locale.ROOT);
	}

	/**
	 * The yearly charges over the life: straight-line and double-declining end at the
	 * residual value; MACRS recovers the whole capex over six tax years; capital recovery
	 * charges the same annuity each year.
	 */
	public List<BigDecimal> schedule(BigDecimal capex, int lifeYears, BigDecimal residualFraction,
			BigDecimal costOfCapital) {
		BigDecimal residual = capex.multiply(residualFraction);
		List<BigDecimal> years = new ArrayList<>();
		switch (this) {
			case STRAIGHT_LINE -> {
				BigDecimal each = capex.subtract(residual).divide(BigDecimal.valueOf(lifeYears), PRECISION);
				for (int y = 0; y < lifeYears; y++) {
					years.add(each);
				}
			}
			case DOUBLE_DECLINING -> {
				BigDecimal rate = BigDecimal.valueOf(2).divide(BigDecimal.valueOf(lifeYears), PRECISION);
				BigDecimal book = capex;
				for (int y = 0; y < lifeYears; y++) {
					int remaining = lifeYears - y;
					BigDecimal declining = book.multiply(rate);
					BigDecimal straight = book.subtract(residual).divide(BigDecimal.valueOf(remaining), PRECISION);
					// switch to straight-line when it charges more, and never below the
					// residual
					BigDecimal charge = declining.max(straight).min(book.subtract(residual)).max(BigDecimal.ZERO);
					years.add(charge);
					book = book.subtract(charge);
				}
			}
			case MACRS_5 -> {
				for (BigDecimal rate : MACRS_5_RATES) {
					years.add(capex.multiply(rate));
				}
			}
			case CAPITAL_RECOVERY -> {
				BigDecimal crf = capitalRecoveryFactor(costOfCapital, lifeYears);
				BigDecimal presentResidual = residual.divide(BigDecimal.ONE.add(costOfCapital).pow(lifeYears),
						PRECISION);
				BigDecimal annuity = capex.subtract(presentResidual).multiply(crf);
				for (int y = 0; y < lifeYears; y++) {
					years.add(annuity);
				}
			}
		}
		return years;
	}

	/** CRF(r, n) = r (1 + r)^n / ((1 + r)^n - 1); with r = 0 it is 1/n. */
	public static BigDecimal capitalRecoveryFactor(BigDecimal rate, int years) {
		if (rate.signum() == 0) {
			return BigDecimal.ONE.divide(BigDecimal.valueOf(years), PRECISION);
		}
		BigDecimal growth = BigDecimal.ONE.add(rate).pow(years);
		return rate.multiply(growth).divide(growth.subtract(BigDecimal.ONE), PRECISION);
	}

	/**
	 * The charges of the economic life's years averaged per month: a month of owning
	 * costs the same whichever year of the life it falls in (year one of an accelerated
	 * schedule would overstate it, the last would flatter it). MACRS spreads over six tax
	 * years; only those within the life count, as the server is sold at its end.
	 */
	public BigDecimal averageMonthly(BigDecimal capex, int lifeYears, BigDecimal residualFraction,
			BigDecimal costOfCapital) {
		List<BigDecimal> years = schedule(capex, lifeYears, residualFraction, costOfCapital);
		BigDecimal sum = years.subList(0, Math.min(lifeYears, years.size()))
			.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(lifeYears * 12L), PRECISION);
	}

}
