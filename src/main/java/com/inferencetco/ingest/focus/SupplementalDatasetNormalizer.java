package com.inferencetco.ingest.focus;

import java.math.BigDecimal;
import java.util.List;

import com.inferencetco.ingest.IndependentRows;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.UsageRowNormalizer;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.NormalizedLine;

/**
 * FOCUS's supplemental datasets beside the cost and usage rows: Contract Commitment (1.3:
 * the terms of commitments, which cost rows point at through {@code ContractApplied}),
 * Billing Period and Invoice Detail (1.4: the billing cycles, and the invoices' lines).
 * None carries a charge of its own: the charges are the cost and usage rows (an invoice's
 * lines sum the same charges), so their rows are read and counted, and add nothing to the
 * month.
 */
public class SupplementalDatasetNormalizer extends UsageRowNormalizer implements IndependentRows {

	public SupplementalDatasetNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		return List.of();
	}

}
