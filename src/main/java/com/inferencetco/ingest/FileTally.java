package com.inferencetco.ingest;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import com.inferencetco.model.RowOutcome;

/**
 * The running count of one file: rows read, normalized and rejected, and the invoiced
 * cost read, normalized and rejected per currency. Reconciliation checks read =
 * normalized + rejected.
 */
public final class FileTally {

	private long rowsRead;

	private long rowsNormalized;

	private long rowsRejected;

	private long recordsNormalized;

	private final Map<String, BigDecimal[]> costByCurrency = new TreeMap<>();

	public void add(RowOutcome outcome) {
		rowsRead++;
		int slot;
		if (outcome instanceof RowOutcome.Rejected) {
			rowsRejected++;
			slot = 2;
		}
		else {
			rowsNormalized++;
			recordsNormalized += ((RowOutcome.Normalized) outcome).records().size();
			slot = 1;
		}
		if (outcome.invoicedCost() != null) {
			BigDecimal[] costs = costByCurrency.computeIfAbsent(outcome.currency() == null ? "" : outcome.currency(),
					c -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
			costs[0] = costs[0].add(outcome.invoicedCost());
			costs[slot] = costs[slot].add(outcome.invoicedCost());
		}
	}

	/** Adds another tally of the same file (rows normalized on another thread). */
	public void addAll(FileTally other) {
		rowsRead += other.rowsRead;
		rowsNormalized += other.rowsNormalized;
		rowsRejected += other.rowsRejected;
		recordsNormalized += other.recordsNormalized;
		other.costByCurrency.forEach((currency, costs) -> {
			BigDecimal[] mine = costByCurrency.computeIfAbsent(currency,
					c -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
			for (int i = 0; i < 3; i++) {
				mine[i] = mine[i].add(costs[i]);
			}
		});
	}

	public long rowsRead() {
		return rowsRead;
	}

	public long rowsNormalized() {
		return rowsNormalized;
	}

	/**
	 * Records the normalized rows gave (a usage row may give input, output and cached
	 * tokens).
	 */
	public long recordsNormalized() {
		return recordsNormalized;
	}

	public long rowsRejected() {
		return rowsRejected;
	}

	/**
	 * Per currency: {read, normalized, rejected}. An empty key holds costs whose currency
	 * could not be read.
	 */
	public Map<String, BigDecimal[]> costByCurrency() {
		return costByCurrency;
	}

}
