package com.inferencetco.model;

import java.math.BigDecimal;

/**
 * One invoice of a FOCUS 1.4 Invoice Detail dataset against the cost and usage rows that
 * name it: the invoice's lines should add up to the charges (joined on invoice issuer and
 * invoice id, as the specification says).
 *
 * @param invoiceTotal the sum of the invoice's lines (BilledCost of Invoice Detail)
 * @param costRowsTotal the sum of BilledCost of the cost and usage rows with that issuer
 * and invoice id
 */
public record InvoiceCheck(String issuer, String invoiceId, String currency, BigDecimal invoiceTotal,
		BigDecimal costRowsTotal) {

	public BigDecimal difference() {
		return costRowsTotal.subtract(invoiceTotal);
	}

	/** Equal to the cent: the invoice prints cents, the rows carry more decimals. */
	public boolean matches() {
		return difference().abs().compareTo(new BigDecimal("0.005")) < 0;
	}
}
