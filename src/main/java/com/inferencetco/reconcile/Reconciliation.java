package com.inferencetco.reconcile;

import com.inferencetco.cost.ExchangeRates;
import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.store.RecordQueries;
import com.inferencetco.store.RunRepository;

/**
 * A run reconciled: its exchange rates and its input ledger (every file's cost read,
 * normalized, rejected and stored, and the report currency). Computed once by the
 * reconcile step, which checks it, and handed to the report model.
 */
public record Reconciliation(ExchangeRates rates, InputLedger ledger) {

	public static Reconciliation of(RunRepository runs, RecordQueries records, long runId, TcoAssumptions assumptions,
			BillingMonth month) {
		ExchangeRates rates = MonthRates.of(records, runId, assumptions, month);
		return new Reconciliation(rates,
				InputLedger.load(runs, records, runId, assumptions.currency(), !rates.isEmpty()));
	}

}
