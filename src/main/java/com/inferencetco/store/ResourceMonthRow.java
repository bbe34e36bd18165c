package com.inferencetco.store;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.inferencetco.model.SourceKind;

/**
 * The stored records of one workload, service and resource over the month (per category,
 * kind, model, unit and currency): the workbook's Detail sheet. {@code reportCost} is the
 * sum of each day's cost at that day's rate, the same conversion the totals use; null
 * when a day has no rate.
 */
public record ResourceMonthRow(String workload, String provider, String service, String resourceId, String category,
		String kind, String model, String unit, String currency, SourceKind source, LocalDate firstDay,
		LocalDate lastDay, long lines, BigDecimal quantity, BigDecimal gpuHours, BigDecimal egressGb, BigDecimal tokens,
		BigDecimal cost, BigDecimal reportCost) {

	/**
	 * Only bill lines make the invoice: usage exports, amortized views and telemetry add
	 * no invoiced cost.
	 */
	public boolean countsTowardInvoice() {
		return source == SourceKind.BILL;
	}
}
