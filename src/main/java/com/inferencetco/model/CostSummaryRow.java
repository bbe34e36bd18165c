package com.inferencetco.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The normalized records of a run summed by workload, category, kind, source, provider,
 * model, token type, currency and day (exchange rates are daily): small enough to hold in
 * memory, detailed enough for every total of the report. {@code tier} is the service tier
 * of usage records (priority-tier usage is never invoiced in a cost report), and for the
 * committed share of usage ({@code AMORTIZED}) the {@link Commitment}'s SKU; empty for
 * the others. Token rows keep the hour and the days of their lines
 * ({@link NormalizedLine#usageHour()}, {@link NormalizedLine#spanDays()}); other rows
 * name no hour and one day.
 */
public record CostSummaryRow(String workload, CostCategory category, RecordKind kind, SourceKind source,
		String provider, String model, TokenType tokenType, String currency, LocalDate day, int hour, int spanDays,
		String tier, String tokenAccount, BigDecimal cost, BigDecimal tokens, BigDecimal gpuHours, BigDecimal egressGb,
		BigDecimal quantity, long lineCount) {
}
