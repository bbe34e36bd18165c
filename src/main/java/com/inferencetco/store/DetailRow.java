package com.inferencetco.store;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.inferencetco.model.SourceKind;

/** One stored normalized record, for the workbook's Detail sheet. */
public record DetailRow(String file, LocalDate usageDay, String provider, String billingAccount, String subAccount,
		String service, String sku, String region, String resourceId, String workload, String category, String kind,
		String model, String tokenType, BigDecimal quantity, String unit, BigDecimal gpuHours, BigDecimal egressGb,
		BigDecimal tokens, BigDecimal cost, String currency, long firstLine, long lineCount, SourceKind source) {

	/**
	 * Only bill lines make the invoice: usage exports, amortized views and telemetry add
	 * no invoiced cost.
	 */
	public boolean countsTowardInvoice() {
		return source == SourceKind.BILL;
	}
}
