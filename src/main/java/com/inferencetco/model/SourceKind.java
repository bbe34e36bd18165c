package com.inferencetco.model;

/**
 * Where a record came from. Bills carry invoiced cost; usage exports carry quantities
 * (tokens, GPU time) and, when a bill covers the same provider, they give the quantities
 * and the bill gives the cost, so nothing counts twice.
 */
public enum SourceKind {

	/** Invoiced cost: the month's total is the sum of these. */
	BILL,
	/** Quantities from usage exports and serving metrics (tokens). */
	USAGE,
	/**
	 * An amortized view of costs that an actual-cost export of the same account already
	 * invoices.
	 */
	AMORTIZED,
	/** GPU telemetry: how busy the hardware was. */
	TELEMETRY,
	/** Reference data such as exchange rates. */
	REFERENCE

}
