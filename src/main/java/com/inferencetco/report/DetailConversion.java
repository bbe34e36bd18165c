package com.inferencetco.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.inferencetco.cost.ExchangeRates;
import com.inferencetco.store.DetailRow;

/**
 * A detail line in the report currency: the rate of its day (the one the totals used) and
 * the converted amount, so the Detail sheet and the detail CSV add up in one currency.
 * Null where the line carries no cost or no rate.
 */
public final class DetailConversion {

	private final ExchangeRates rates;

	private final String currency;

	public DetailConversion(ExchangeRates rates, String currency) {
		this.rates = rates;
		this.currency = currency;
	}

	public String currency() {
		return currency;
	}

	/** Units of the report currency one unit of the line's currency buys on its day. */
	public BigDecimal rate(DetailRow d) {
		if (d.cost() == null) {
			return null;
		}
		return rate(d.currency(), d.usageDay());
	}

	/**
	 * Units of the report currency one unit of {@code from} buys on {@code day}; null
	 * without a rate.
	 */
	public BigDecimal rate(String from, LocalDate day) {
		if (from == null || from.isBlank()) {
			return null;
		}
		return rates.rateOrNull(from, currency, day);
	}

	public BigDecimal cost(DetailRow d) {
		BigDecimal rate = rate(d);
		return rate == null ? null : d.cost().multiply(rate);
	}

}
