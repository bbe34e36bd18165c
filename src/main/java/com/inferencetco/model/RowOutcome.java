package com.inferencetco.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What became of one source row: normalized (into one or more records: a usage row can
 * hold input, output and cached tokens) or rejected. Either way it carries the invoiced
 * cost read from the row, so that each file reconciles: read = normalized + rejected.
 */
public sealed interface RowOutcome {

	long line();

	/** The invoiced cost the row states, or null for rows that carry no cost. */
	BigDecimal invoicedCost();

	String currency();

	record Normalized(long line, List<NormalizedLine> records, BigDecimal invoicedCost,
			String currency) implements RowOutcome {
		public Normalized {
			records = List.copyOf(records);
		}
	}

	/**
	 * A row not normalized: faulty (the reason says why), or billed in another month than
	 * the one being reported ({@code billedIn}, null for a faulty row), which is
	 * filtered, not faulty.
	 */
	record Rejected(long line, String column, String reason, BigDecimal invoicedCost, String currency, String excerpt,
			BillingMonth billedIn) implements RowOutcome {

		public boolean faulty() {
			return billedIn == null;
		}
	}

}
