package com.inferencetco.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An exact amount in an ISO 4217 currency. Never rounded until it is shown. */
public record Money(BigDecimal amount, String currency) {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
	}

	public static Money zero(String currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money plus(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
		}
		return new Money(amount.add(other.amount), currency);
	}

	public BigDecimal cents() {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}
}
