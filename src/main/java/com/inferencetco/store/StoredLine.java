package com.inferencetco.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import com.inferencetco.ingest.IngestBlock;
import com.inferencetco.model.NormalizedLine;

/**
 * One stored line: a key's dimensions (texts already cut to their columns) and its sums;
 * the hour and the days of a token line as {@link NormalizedLine} has them. A file read
 * in several blocks keeps these in its parts until its last block, and two of one key are
 * summed: the dimensions are the key's, so they are equal.
 */
record StoredLine(String key, int fileIndex, String recordKind, String category, String sourceKind, String provider,
		String billingAccount, String subAccount, String service, String sku, String region, String resourceId,
		String workload, String model, String tokenType, LocalDate usageDay, int usageHour, int spanDays, String unit,
		String currency, BigDecimal quantity, BigDecimal gpuHours, BigDecimal egressGb, BigDecimal tokens,
		BigDecimal cost, long firstLine, long lineCount) {

	/**
	 * Decimal places of tokens at most (other sums: {@link IngestBlock#STORED_SCALE}).
	 */
	static final int TOKEN_SCALE = 6;

	static StoredLine of(IngestBlock.Aggregate a) {
		NormalizedLine r = a.first();
		return new StoredLine(a.key(), a.fileIndex(), r.kind().name(), r.category().id(), r.source().name(),
				IngestBlockStore.cut(r.dimensions().provider(), 200),
				IngestBlockStore.cut(r.dimensions().billingAccount(), 200),
				IngestBlockStore.cut(r.dimensions().subAccount(), 200),
				IngestBlockStore.cut(r.dimensions().service(), 300), IngestBlockStore.cut(r.dimensions().sku(), 500),
				IngestBlockStore.cut(r.dimensions().region(), 100),
				IngestBlockStore.cut(r.dimensions().resourceId(), 2000),
				IngestBlockStore.cut(r.dimensions().workload(), 300), IngestBlockStore.cut(r.dimensions().model(), 300),
				r.tokenType() == null ? "" : r.tokenType().name(), r.usageDay(), r.usageHour(), r.spanDays(),
				IngestBlockStore.cut(r.unit(), 100), r.currency() == null ? "" : r.currency(), capped(a.quantity()),
				capped(a.gpuHours()), capped(a.egressGb()), cappedTokens(a.tokens()), capped(a.cost()), a.firstLine(),
				a.lineCount());
	}

	/**
	 * A sum to at most the decimal places the row store's columns held (18; tokens 6),
	 * otherwise at its own scale: kept compact, a sum is added and encoded without
	 * BigInteger arithmetic, and every report rounds or strips zeros as it shows it (the
	 * reports came out identical).
	 */
	private static BigDecimal capped(BigDecimal value) {
		return IngestBlock.stored(value);
	}

	private static BigDecimal cappedTokens(BigDecimal value) {
		return value.scale() > TOKEN_SCALE ? value.setScale(TOKEN_SCALE, RoundingMode.HALF_UP) : value;
	}

	/**
	 * The sum of two parts of one key, as SQL's SUM and MIN of their columns would be.
	 */
	StoredLine plus(StoredLine other) {
		return new StoredLine(key, fileIndex, recordKind, category, sourceKind, provider, billingAccount, subAccount,
				service, sku, region, resourceId, workload, model, tokenType, usageDay, usageHour, spanDays, unit,
				currency, quantity.add(other.quantity), gpuHours.add(other.gpuHours), egressGb.add(other.egressGb),
				tokens.add(other.tokens), cost.add(other.cost), Math.min(firstLine, other.firstLine),
				lineCount + other.lineCount);
	}

}
