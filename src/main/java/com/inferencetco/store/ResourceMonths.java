package com.inferencetco.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.inferencetco.model.SourceKind;
import com.inferencetco.store.DetailLines.DayRates;

/**
 * Sums stored lines into the month per workload, service and resource (the Detail sheet's
 * rows), in memory: H2 groups with a sorted map of row values, which took twice as long
 * as reading the lines and summing them in a hash map (7 s against 4 s for 590,000 lines;
 * BENCHMARKS.md). Each day's cost is converted at that day's rate, as the totals are.
 */
final class ResourceMonths {

	private record Key(String workload, String provider, String service, String resourceId, String category,
			String kind, String model, String unit, String currency, String source) {
	}

	private static final class Sums {

		LocalDate firstDay;

		LocalDate lastDay;

		long lines;

		BigDecimal quantity = BigDecimal.ZERO;

		BigDecimal gpuHours = BigDecimal.ZERO;

		BigDecimal egressGb = BigDecimal.ZERO;

		BigDecimal tokens = BigDecimal.ZERO;

		BigDecimal cost = BigDecimal.ZERO;

		/**
		 * Null once a day has no rate: the month's cost then has no report-currency
		 * value.
		 */
		BigDecimal reportCost = BigDecimal.ZERO;

	}

	private final String reportCurrency;

	private final DayRates rates;

	private final Map<Key, Sums> months = new HashMap<>();

	/** The rates looked up, by currency and day (a month has a few dozen). */
	private final Map<String, Map<LocalDate, Optional<BigDecimal>>> dayRates = new HashMap<>();

	ResourceMonths(String reportCurrency, DayRates rates) {
		this.reportCurrency = reportCurrency;
		this.rates = rates;
	}

	/** Adds a stored line. */
	void add(StoredLine line) {
		Key key = new Key(line.workload(), line.provider(), line.service(), line.resourceId(), line.category(),
				line.recordKind(), line.model(), line.unit(), line.currency(), line.sourceKind());
		Sums sums = months.computeIfAbsent(key, k -> new Sums());
		LocalDate day = line.usageDay();
		sums.firstDay = sums.firstDay == null || day.isBefore(sums.firstDay) ? day : sums.firstDay;
		sums.lastDay = sums.lastDay == null || day.isAfter(sums.lastDay) ? day : sums.lastDay;
		sums.lines += line.lineCount();
		sums.quantity = sums.quantity.add(line.quantity());
		sums.gpuHours = sums.gpuHours.add(line.gpuHours());
		sums.egressGb = sums.egressGb.add(line.egressGb());
		sums.tokens = sums.tokens.add(line.tokens());
		BigDecimal cost = line.cost();
		sums.cost = sums.cost.add(cost);
		if (sums.reportCost != null) {
			if (key.currency().equals(reportCurrency)) {
				sums.reportCost = sums.reportCost.add(cost);
			}
			else {
				BigDecimal rate = rate(key.currency(), day);
				sums.reportCost = rate == null ? null : sums.reportCost.add(cost.multiply(rate));
			}
		}
	}

	private BigDecimal rate(String currency, LocalDate day) {
		if (currency.isEmpty()) {
			return null;
		}
		return dayRates.computeIfAbsent(currency, c -> new HashMap<>())
			.computeIfAbsent(day, d -> Optional.ofNullable(rates.rate(currency, d)))
			.orElse(null);
	}

	/**
	 * The months, largest cost in the report currency first (those without one last),
	 * then by their names.
	 */
	List<ResourceMonthRow> rows() {
		List<ResourceMonthRow> rows = new ArrayList<>(months.size());
		months.forEach((k, s) -> rows.add(new ResourceMonthRow(k.workload(), k.provider(), k.service(), k.resourceId(),
				k.category(), k.kind(), k.model(), k.unit(), k.currency(), SourceKind.valueOf(k.source()), s.firstDay,
				s.lastDay, s.lines, s.quantity, s.gpuHours, s.egressGb, s.tokens, s.cost, s.reportCost)));
		rows.sort(Comparator
			.comparing(ResourceMonthRow::reportCost, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
			.thenComparing(ResourceMonthRow::workload)
			.thenComparing(ResourceMonthRow::provider)
			.thenComparing(ResourceMonthRow::service)
			.thenComparing(ResourceMonthRow::resourceId)
			.thenComparing(ResourceMonthRow::category)
			.thenComparing(ResourceMonthRow::kind)
			.thenComparing(ResourceMonthRow::model)
			.thenComparing(ResourceMonthRow::unit)
			.thenComparing(ResourceMonthRow::currency)
			.thenComparing(row -> row.source().name()));
		return rows;
	}

}
