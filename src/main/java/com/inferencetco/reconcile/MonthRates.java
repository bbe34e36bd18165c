package com.inferencetco.reconcile;

import com.inferencetco.cost.ExchangeRates;
import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.ingest.ExportFile;
import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.ingest.ExportReaders;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.ingest.rates.EcbRatesNormalizer;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RowOutcome;
import com.inferencetco.store.RecordQueries;

/**
 * The exchange rates of a run: those read from the ECB files among its inputs, plus the
 * file the assumptions name. Reconciliation and the report model take them from here.
 */
public final class MonthRates {

	private MonthRates() {
	}

	/** Rates from the ECB files among the inputs, plus the file the assumptions name. */
	public static ExchangeRates of(RecordQueries records, long runId, TcoAssumptions assumptions, BillingMonth month) {
		ExchangeRates rates = new ExchangeRates();
		records.exchangeRates(runId, rates::add);
		var file = assumptions.attribution().exchangeRates();
		if (file != null) {
			InputFile input = InputFile.plain(file, file.getFileName().toString());
			EcbRatesNormalizer normalizer = new EcbRatesNormalizer(month);
			try (RecordSource source = ExportReaders.open(new ExportFile(input, ExportFormat.ECB_RATES))) {
				while (source.hasNext()) {
					RowOutcome outcome = normalizer.normalize(source.next());
					if (outcome instanceof RowOutcome.Normalized normalized) {
						for (NormalizedLine rate : normalized.records()) {
							rates.add(rate.dimensions().sku(), rate.usageDay(), rate.quantity());
						}
					}
				}
			}
		}
		return rates;
	}

}
