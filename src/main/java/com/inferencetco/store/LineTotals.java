package com.inferencetco.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.inferencetco.model.Commitment;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.CostSummaryRow;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;
import com.inferencetco.model.WorkloadPlacement;
import com.inferencetco.store.RecordQueries.FileCurrency;

/**
 * What reconciliation and the report model need of a run's stored lines, summed from one
 * read of them: the billed cost per file and currency, the month's summary (per workload,
 * category, kind, source, provider, model, token type, currency and day), and where each
 * workload ran. Three GROUP BY queries read every line three times; on a large account's
 * month (590,000 lines) each read cost H2 about 3 s (BENCHMARKS.md). Grouped and ordered
 * as those queries were.
 *
 * @param storedCost the billed cost each file stored, per currency
 * @param summary the month's summary rows, ordered by their grouping columns
 * @param placements the lines of each workload per provider, region and category
 */
public record LineTotals(Map<FileCurrency, BigDecimal> storedCost, List<CostSummaryRow> summary,
		List<WorkloadPlacement> placements) {

	/** Sums stored lines. */
	static final class Builder {

		private record SummaryKey(String workload, String category, String kind, String source, String provider,
				String model, String tokenType, String currency, LocalDate day, int hour, int spanDays, String tier,
				String tokenAccount) {
		}

		private record PlacementKey(String workload, String provider, String region, String category) {
		}

		private static final Comparator<SummaryKey> SUMMARY_ORDER = Comparator.comparing(SummaryKey::workload)
			.thenComparing(SummaryKey::category)
			.thenComparing(SummaryKey::kind)
			.thenComparing(SummaryKey::source)
			.thenComparing(SummaryKey::provider)
			.thenComparing(SummaryKey::model)
			.thenComparing(SummaryKey::tokenType)
			.thenComparing(SummaryKey::currency)
			.thenComparing(SummaryKey::day)
			.thenComparingInt(SummaryKey::hour)
			.thenComparingInt(SummaryKey::spanDays)
			.thenComparing(SummaryKey::tier)
			.thenComparing(SummaryKey::tokenAccount);

		private static final Comparator<PlacementKey> PLACEMENT_ORDER = Comparator.comparing(PlacementKey::workload)
			.thenComparing(PlacementKey::provider)
			.thenComparing(PlacementKey::region)
			.thenComparing(PlacementKey::category);

		private final Map<FileCurrency, BigDecimal> storedCost = new HashMap<>();

		/** cost, tokens, GPU-hours, egress, quantity; and the lines. */
		private final Map<SummaryKey, BigDecimal[]> summary = new HashMap<>();

		private final Map<SummaryKey, long[]> summaryLines = new HashMap<>();

		private final Map<PlacementKey, long[]> placements = new HashMap<>();

		void add(StoredLine line) {
			String kind = line.recordKind();
			String source = line.sourceKind();
			BigDecimal cost = line.cost();
			long lines = line.lineCount();
			if (source.equals(SourceKind.BILL.name())) {
				storedCost.merge(new FileCurrency(line.fileIndex(), line.currency()), cost, BigDecimal::add);
			}
			if ((source.equals(SourceKind.BILL.name()) || source.equals(SourceKind.USAGE.name()))
					&& !kind.equals(RecordKind.REQUESTS.name())) {
				placements.computeIfAbsent(
						new PlacementKey(line.workload(), line.provider(), line.region(), line.category()),
						k -> new long[1])[0] += lines;
			}
			if (!kind.equals(RecordKind.EXCHANGE_RATE.name())) {
				SummaryKey key = new SummaryKey(line.workload(), line.category(), kind, source, line.provider(),
						line.model(), line.tokenType(), line.currency(), line.usageDay(), line.usageHour(),
						line.spanDays(),
						source.equals(SourceKind.USAGE.name())
								|| source.equals(SourceKind.AMORTIZED.name()) && Commitment.isSku(line.sku())
										? line.sku() : "",
						kind.equals(RecordKind.TOKEN_USAGE.name()) ? line.subAccount() : "");
				BigDecimal[] sums = summary.get(key);
				BigDecimal[] values = { cost, line.tokens(), line.gpuHours(), line.egressGb(), line.quantity() };
				if (sums == null) {
					summary.put(key, values);
					summaryLines.put(key, new long[] { lines });
				}
				else {
					for (int i = 0; i < sums.length; i++) {
						sums[i] = sums[i].add(values[i]);
					}
					summaryLines.get(key)[0] += lines;
				}
			}
		}

		LineTotals build() {
			Map<SummaryKey, BigDecimal[]> ordered = new TreeMap<>(SUMMARY_ORDER);
			ordered.putAll(summary);
			List<CostSummaryRow> rows = new ArrayList<>(ordered.size());
			ordered.forEach((k, s) -> rows.add(new CostSummaryRow(k.workload(), CostCategory.fromId(k.category()),
					RecordKind.valueOf(k.kind()), SourceKind.valueOf(k.source()), k.provider(), k.model(),
					k.tokenType().isEmpty() ? null : TokenType.valueOf(k.tokenType()), k.currency(), k.day(), k.hour(),
					k.spanDays(), k.tier(), k.tokenAccount(), s[0], s[1], s[2], s[3], s[4], summaryLines.get(k)[0])));
			Map<PlacementKey, long[]> placed = new TreeMap<>(PLACEMENT_ORDER);
			placed.putAll(placements);
			List<WorkloadPlacement> where = new ArrayList<>(placed.size());
			placed.forEach((k, lines) -> where.add(new WorkloadPlacement(k.workload(), k.provider(), k.region(),
					CostCategory.fromId(k.category()), lines[0])));
			return new LineTotals(Map.copyOf(storedCost), List.copyOf(rows), List.copyOf(where));
		}

	}

}
