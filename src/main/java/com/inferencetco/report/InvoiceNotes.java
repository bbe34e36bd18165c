package com.inferencetco.report;

import com.inferencetco.model.InvoiceCheck;

/**
 * The reconciliation line of one FOCUS invoice, as the workbook and the PDF list it among
 * their notes.
 */
final class InvoiceNotes {

	private InvoiceNotes() {
	}

	static String line(InvoiceCheck invoice) {
		String who = "Invoice " + invoice.invoiceId() + (invoice.issuer().isEmpty() ? "" : " of " + invoice.issuer());
		String amounts = MoneyFormat.money(invoice.invoiceTotal(), invoice.currency()) + " on the invoice, "
				+ MoneyFormat.money(invoice.costRowsTotal(), invoice.currency()) + " in the cost rows";
		return invoice.matches() ? who + " reconciles: " + amounts + "."
				: who + " does NOT reconcile: " + amounts + ", a difference of "
						+ MoneyFormat.money(invoice.difference(), invoice.currency())
						+ " (rows of the invoice missing from the exports, or billed in another export).";
	}

}
