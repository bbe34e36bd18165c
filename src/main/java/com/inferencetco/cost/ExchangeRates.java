package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import com.inferencetco.TcoException;

/**
 * Euro reference rates by day (units of a currency per euro, as the ECB publishes them).
 * A day without a quote (weekend, holiday) takes the latest earlier quote within a week;
 * no quote at all is an input error naming the currency and the day, never a guessed
 * rate.
 */
public final class ExchangeRates {

	private static final int DAYS_TO_LOOK_BACK = 7;

	private static final MathContext PRECISION = new MathContext(30);

	private final Map<String, NavigableMap<LocalDate, BigDecimal>> perEuro = new HashMap<>();

	public void add(String currency, LocalDate day, BigDecimal unitsPerEuro) {
		perEuro.computeIfAbsent(currency, c -> new TreeMap<>()).put(day, unitsPerEuro);
	}

	public boolean isEmpty() {
		return perEuro.isEmpty();
	}

	/**
	 * Converts an amount from one currency to another at the day's reference rates,
	 * through the euro.
	 */
	public BigDecimal convert(BigDecimal amount, String from, String to, LocalDate day) {
		if (from.equals(to) || amount.signum() == 0) {
			return amount;
		}
		BigDecimal fromRate = rate(from, day);
		BigDecimal toRate = rate(to, day);
		return amount.multiply(toRate).divide(fromRate, PRECISION);
	}

	/**
	 * Units of {@code to} one unit of {@code from} buys on a day (through the euro), or
	 * null with no quote.
	 */
	public BigDecimal rateOrNull(String from, String to, LocalDate day) {
		if (from.equals(to)) {
			return BigDecimal.ONE;
		}
		try {
			return rate(to, day).divide(rate(from, day), PRECISION);
		}
		catch (com.inferencetco.TcoException ex) {
			return null;
		}
	}

	private BigDecimal rate(String currency, LocalDate day) {
		if (currency.equals("EUR")) {
			return BigDecimal.ONE;
		}
		NavigableMap<LocalDate, BigDecimal> rates = perEuro.get(currency);
		Map.Entry<LocalDate, BigDecimal> quote = rates == null ? null : rates.floorEntry(day);
		if (quote == null || quote.getKey().isBefore(day.minusDays(DAYS_TO_LOOK_BACK))) {
			throw TcoException.inputRejected("no exchange rate for " + currency + " on " + day
					+ " (expected an ECB reference-rate CSV, Date,USD,JPY,..., covering that day in the input folder "
					+ "or named by 'exchangeRates' in the assumptions)");
		}
		return quote.getValue();
	}

}
