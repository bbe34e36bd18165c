package com.inferencetco.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.inferencetco.model.InvoiceCheck;

/**
 * The invoices a run checked against their cost rows, kept with the run for its reports.
 */
@Repository
public class InvoiceChecks {

	private final JdbcTemplate jdbc;

	public InvoiceChecks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void replace(long runId, List<InvoiceCheck> checks) {
		jdbc.update("DELETE FROM tco_invoice_check WHERE run_id = ?", runId);
		for (int i = 0; i < checks.size(); i++) {
			InvoiceCheck c = checks.get(i);
			jdbc.update(
					"""
							INSERT INTO tco_invoice_check (run_id, seq, issuer, invoice_id, currency, invoice_total, cost_rows_total)
							VALUES (?, ?, ?, ?, ?, ?, ?)""",
					runId, i, cut(c.issuer(), 500), cut(c.invoiceId(), 500), cut(c.currency(), 3), c.invoiceTotal(),
					c.costRowsTotal());
		}
	}

	public List<InvoiceCheck> of(long runId) {
		return jdbc.query("""
				SELECT issuer, invoice_id, currency, invoice_total, cost_rows_total FROM tco_invoice_check
				WHERE run_id = ? ORDER BY seq""", (rs, i) -> new InvoiceCheck(rs.getString(1), rs.getString(2),
				rs.getString(3), rs.getBigDecimal(4).stripTrailingZeros(), rs.getBigDecimal(5).stripTrailingZeros()),
				runId);
	}

	private static String cut(String text, int max) {
		String clean = text.replace('\u0000', '?');
		return clean.length() <= max ? clean : clean.substring(0, max);
	}

}
