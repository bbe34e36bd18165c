package com.inferencetco.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.RowOutcome;

/**
 * Turns the rows of one export format into normalized records. A row that cannot be read
 * is rejected with the column and the reason, never thrown: one bad line must not stop
 * the month. The row's invoiced cost is read first, so that a rejected row's cost still
 * counts in the file's reconciliation.
 */
public abstract class RowNormalizer {

	protected final BillingMonth month;

	protected RowNormalizer(BillingMonth month) {
		this.month = month;
	}

	public final RowOutcome normalize(SourceRecord row) {
		BigDecimal cost = null;
		String currency = null;
		FieldException costProblem = null;
		try {
			cost = invoicedCost(row);
			currency = cost == null ? null : currency(row);
		}
		catch (FieldException ex) {
			costProblem = ex;
		}
		try {
			if (costProblem != null) {
				throw costProblem;
			}
			if (!row.consistent()) {
				throw new FieldException(null, row.inconsistency());
			}
			return new RowOutcome.Normalized(row.line(), timed(row, toRecords(row, cost, currency)), cost, currency);
		}
		catch (FieldException ex) {
			String repeatedHeader = row.repeatedHeader();
			if (repeatedHeader != null) {
				return new RowOutcome.Rejected(row.line(), null, repeatedHeader, cost, currency, row.excerpt(), null);
			}
			return new RowOutcome.Rejected(row.line(), ex.column(), ex.getMessage(), cost, currency, row.excerpt(),
					ex instanceof OutsideMonthException outside ? outside.billedIn() : null);
		}
	}

	/**
	 * True when rows may be normalized on several threads at once (see
	 * {@link IndependentRows}).
	 */
	public final boolean isThreadSafe() {
		return this instanceof IndependentRows;
	}

	/** The cost the row invoices, or null for formats that carry none. */
	protected abstract BigDecimal invoicedCost(SourceRecord row);

	/** The ISO currency of the invoiced cost. */
	protected abstract String currency(SourceRecord row);

	/**
	 * The normalized records of a readable row; throws {@link FieldException} to reject
	 * it.
	 */
	protected abstract List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency);

	/**
	 * When the row's usage happened, where its format says more than the day (an hour, a
	 * span of days); null otherwise. Called only for a row that was read; a time it
	 * cannot read is no reason to reject the row (its day was read already), so it
	 * returns null then.
	 */
	protected UsagePeriod usagePeriod(SourceRecord row) {
		return null;
	}

	private List<NormalizedLine> timed(SourceRecord row, List<NormalizedLine> records) {
		if (records.stream().noneMatch(r -> r.kind() == RecordKind.TOKEN_USAGE)) {
			return records;
		}
		UsagePeriod period;
		try {
			period = usagePeriod(row);
		}
		catch (FieldException ex) {
			period = null;
		}
		if (period == null) {
			return records;
		}
		return records.stream().map(period::applyTo).toList();
	}

	/**
	 * Rejects a row whose billing period lies outside the run's month (its cost stays in
	 * the reconciliation).
	 */
	protected void requireInMonth(LocalDate periodStart, String column) {
		if (!month.contains(periodStart)) {
			throw new OutsideMonthException(column, BillingMonth.of(periodStart),
					"billed in " + BillingMonth.of(periodStart) + ", outside the month " + month + " being reported ("
							+ column + " " + periodStart + ")");
		}
	}

}
