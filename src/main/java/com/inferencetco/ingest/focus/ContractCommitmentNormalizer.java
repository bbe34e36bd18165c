package com.inferencetco.ingest.focus;

import java.math.BigDecimal;
import java.util.List;

import com.inferencetco.ingest.IndependentRows;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.UsageRowNormalizer;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.NormalizedLine;

/**
 * The FOCUS Contract Commitment dataset (1.3 and later): the terms of commitments (period, committed cost or
 * quantity), which cost rows point at through {@code ContractApplied}. It carries no charge: the commitment's
 * purchases and their use are already rows of the cost and usage dataset, so its rows are read and counted, and
 * add nothing to the month.
 */
public class ContractCommitmentNormalizer extends UsageRowNormalizer implements IndependentRows {

	public ContractCommitmentNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		return List.of();
	}
}
