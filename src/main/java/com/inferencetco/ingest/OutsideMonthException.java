package com.inferencetco.ingest;

import com.inferencetco.model.BillingMonth;

/**
 * A row billed in another month than the one being reported: rejected with its cost kept
 * in the reconciliation, and counted apart from faulty rows.
 */
public class OutsideMonthException extends FieldException {

	private static final long serialVersionUID = 1L;

	private final transient BillingMonth billedIn;

	public OutsideMonthException(String column, BillingMonth billedIn, String reason) {
		super(column, reason);
		this.billedIn = billedIn;
	}

	public BillingMonth billedIn() {
		return billedIn;
	}

}
