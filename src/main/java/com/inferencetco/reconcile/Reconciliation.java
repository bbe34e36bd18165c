package com.inferencetco.reconcile;

import com.inferencetco.cost.ExchangeRates;
import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.store.LineTotals;
import com.inferencetco.store.RecordQueries;
import com.inferencetco.store.RunRepository;

/**
 * A run reconciled: its exchange rates, its input ledger (every file's cost read,
 * normalized, rejected and stored, and the report currency) and the totals of its stored
 * lines the ledger and the report model are computed from. Computed once by the reconcile
 * step, which checks it, and handed to the report model.
 */
public record Reconciliation(ExchangeRates rates, InputLedger ledger, LineTotals lines) {

	public static Reconciliation of(RunRepository runs, RecordQueries records, long runId, TcoAssumptions assumptions,
			BillingMonth month) {
		ExchangeRates rates = MonthRates.of(records, runId, assumptions, month);
		LineTotals lines = records.totals(runId);
		return new Reconciliation(rates,
				InputLedger.load(runs, records, runId, lines.storedCost(), assumptions.currency(), !rates.isEmpty()),
				lines);
	}

}
