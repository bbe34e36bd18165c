package com.inferencetco.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.inferencetco.TcoException;
import com.inferencetco.store.FileCost;
import com.inferencetco.store.RecordQueries;
import com.inferencetco.store.RunRepository;
import com.inferencetco.store.StoredInputFile;

/**
 * The run's input files with their reconciliation, and the report currency: the
 * assumptions' currency when set, else the one currency all invoiced inputs share. Mixed
 * currencies without exchange rates (an ECB file among the inputs or named by the
 * assumptions) stop the run (exit 3) rather than add dollars to euros.
 */
public record InputLedger(List<InputFileSummary> files, String currency) {

	public static InputLedger load(RunRepository runs, RecordQueries records, long runId,
			Map<RecordQueries.FileCurrency, BigDecimal> stored, String assumedCurrency, boolean haveRates) {
		List<StoredInputFile> inputs = runs.inputFiles(runId);
		List<FileCost> costs = records.fileCosts(runId);
		List<InputFileSummary> files = new ArrayList<>();
		Set<String> currencies = new TreeSet<>();
		for (StoredInputFile input : inputs) {
			List<FileCost> own = costs.stream().filter(c -> c.fileIndex() == input.fileIndex()).toList();
			Set<String> fileCurrencies = new TreeSet<>();
			own.stream().map(FileCost::currency).filter(c -> !c.isEmpty()).forEach(fileCurrencies::add);
			if (fileCurrencies.size() > 1) {
				throw TcoException.inputRejected(input.relativePath() + ": rows in several currencies " + fileCurrencies
						+ "; expected one billing currency per file");
			}
			// the report currency is decided by what the month keeps: a file's rows of
			// another month do not count
			fileCurrencies.stream()
				.filter(c -> stored.containsKey(new RecordQueries.FileCurrency(input.fileIndex(), c)))
				.forEach(currencies::add);
			if (own.isEmpty()) {
				files.add(new InputFileSummary(input.relativePath(), input.format(), input.sha256(), input.rowsRead(),
						input.rowsNormalized(), input.rowsRejected(), null, null, null, null, null));
				continue;
			}
			BigDecimal source = BigDecimal.ZERO;
			BigDecimal normalized = BigDecimal.ZERO;
			BigDecimal rejected = BigDecimal.ZERO;
			String currency = null;
			BigDecimal storedCost = BigDecimal.ZERO;
			for (FileCost cost : own) {
				source = source.add(cost.sourceCost());
				normalized = normalized.add(cost.normalizedCost());
				rejected = rejected.add(cost.rejectedCost());
				if (!cost.currency().isEmpty()) {
					currency = cost.currency();
					storedCost = storedCost.add(stored.getOrDefault(
							new RecordQueries.FileCurrency(input.fileIndex(), cost.currency()), BigDecimal.ZERO));
				}
			}
			files.add(new InputFileSummary(input.relativePath(), input.format(), input.sha256(), input.rowsRead(),
					input.rowsNormalized(), input.rowsRejected(), source.stripTrailingZeros(), currency,
					normalized.stripTrailingZeros(), rejected.stripTrailingZeros(), storedCost.stripTrailingZeros()));
		}
		String reportCurrency = reportCurrency(assumedCurrency, currencies, haveRates);
		return new InputLedger(List.copyOf(files), reportCurrency);
	}

	private static String reportCurrency(String assumedCurrency, Set<String> currencies, boolean haveRates) {
		Set<String> foreign = new TreeSet<>(currencies);
		if (assumedCurrency != null) {
			foreign.remove(assumedCurrency);
			if (!foreign.isEmpty() && !haveRates) {
				throw TcoException.inputRejected("inputs billed in " + foreign + " but the report currency is "
						+ assumedCurrency + ", and no exchange rate is available for " + foreign + " (expected an ECB "
						+ "reference-rate CSV in the input folder or named by 'exchangeRates' in the assumptions)");
			}
			return assumedCurrency;
		}
		if (currencies.size() > 1) {
			throw TcoException.inputRejected("inputs are billed in several currencies " + currencies
					+ (haveRates ? "; set the report currency with 'currency:' in the assumptions"
							: " and no exchange rates are available; set one report currency in the assumptions and "
									+ "provide an ECB reference-rate CSV, or run each currency's files separately"));
		}
		return currencies.isEmpty() ? "USD" : currencies.iterator().next();
	}

	public boolean balanced() {
		return files.stream().allMatch(InputFileSummary::balanced);
	}

	/**
	 * The sum of the per-file differences, as the JSON summary's
	 * reconciliation.difference.
	 */
	public BigDecimal difference() {
		return files.stream().map(InputFileSummary::difference).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
