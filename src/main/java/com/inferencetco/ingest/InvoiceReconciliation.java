package com.inferencetco.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.inferencetco.model.InvoiceCheck;

/**
 * FOCUS 1.4 invoice reconciliation: when the folder holds an Invoice Detail dataset, each
 * invoice's lines are compared with the cost and usage rows of the FOCUS files that carry
 * the same issuer and invoice id. Only then are those files read a second time; rows that
 * do not parse are left to ingest (their cost is reconciled there).
 */
final class InvoiceReconciliation {

	private InvoiceReconciliation() {
	}

	static List<InvoiceCheck> check(List<ExportFile> exports) {
		if (exports.stream().noneMatch(e -> e.format() == ExportFormat.FOCUS_INVOICE_DETAIL)) {
			return List.of();
		}
		Map<String, BigDecimal> invoiced = new TreeMap<>();
		Map<String, BigDecimal> charged = new TreeMap<>();
		for (ExportFile export : exports) {
			Map<String, BigDecimal> into = switch (export.format()) {
				case FOCUS_INVOICE_DETAIL -> invoiced;
				case FOCUS_1_0, FOCUS_1_1, FOCUS_1_2, FOCUS_1_3, FOCUS_1_4 -> charged;
				default -> null;
			};
			if (into != null) {
				sum(export, into);
			}
		}
		List<InvoiceCheck> checks = new ArrayList<>();
		invoiced.forEach((key, total) -> {
			String[] parts = key.split("\u0000", -1);
			checks
				.add(new InvoiceCheck(parts[0], parts[1], parts[2], total, charged.getOrDefault(key, BigDecimal.ZERO)));
		});
		return List.copyOf(checks);
	}

	private static void sum(ExportFile export, Map<String, BigDecimal> into) {
		try (RecordSource source = ExportReaders.open(export,
				Set.of("InvoiceId", "BilledCost", "InvoiceIssuerName", "BillingCurrency"))) {
			while (source.hasNext()) {
				SourceRecord row = source.next();
				String invoice = row.get("InvoiceId");
				String cost = row.get("BilledCost");
				if (invoice == null || cost == null) {
					continue;
				}
				String issuer = row.get("InvoiceIssuerName") == null ? "" : row.get("InvoiceIssuerName").strip();
				String currency = row.get("BillingCurrency") == null ? "" : row.get("BillingCurrency").strip();
				try {
					into.merge(issuer + "\u0000" + invoice.strip() + "\u0000" + currency,
							Values.decimal(cost, "BilledCost"), BigDecimal::add);
				}
				catch (FieldException unreadable) {
					// a faulty row is rejected with its reason when the file is read
				}
			}
		}
	}

}
