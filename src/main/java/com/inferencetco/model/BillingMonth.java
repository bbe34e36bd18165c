package com.inferencetco.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The month a run reports on; billing periods are compared in UTC, as every export states
 * them.
 */
public record BillingMonth(YearMonth value) implements Comparable<BillingMonth> {

	private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

	public static BillingMonth parse(String text) {
		if (text == null || !FORMAT.matcher(text).matches()) {
			throw new IllegalArgumentException("expected a month as YYYY-MM, got '" + text + "'");
		}
		try {
			return new BillingMonth(YearMonth.parse(text));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("expected a month as YYYY-MM, got '" + text + "'");
		}
	}

	public static BillingMonth of(LocalDate day) {
		return new BillingMonth(YearMonth.from(day));
	}

	public boolean contains(LocalDate day) {
		return YearMonth.from(day).equals(value);
	}

	public Instant start() {
		return value.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	/** Exclusive end: the first instant of the next month. */
	public Instant end() {
		return value.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	public LocalDate lastDay() {
		return value.atEndOfMonth();
	}

	public BillingMonth previous() {
		return new BillingMonth(value.minusMonths(1));
	}

	public BillingMonth next() {
		return new BillingMonth(value.plusMonths(1));
	}

	@Override
	public int compareTo(BillingMonth other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
