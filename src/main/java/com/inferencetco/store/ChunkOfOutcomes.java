package com.inferencetco.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.inferencetco.ingest.FileTally;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RowOutcome;

/**
 * The outcomes of one chunk, aggregated in memory before they are written in one transaction: normalized records
 * summed per line key, rejections listed, and per-file tallies. Summing here keeps one database write per key and
 * chunk instead of one per source line.
 */
public final class ChunkOfOutcomes {

	/** Stored decimals have 18 places; no export in the reference set has more. */
	static final int STORED_SCALE = 18;

	private final Map<String, Aggregate> aggregates = new LinkedHashMap<>();

	private final List<Rejection> rejections = new ArrayList<>();

	private final Map<Integer, FileTally> tallies = new LinkedHashMap<>();

	public void add(int fileIndex, RowOutcome outcome) {
		tallies.computeIfAbsent(fileIndex, i -> new FileTally()).add(outcome);
		if (outcome instanceof RowOutcome.Normalized normalized) {
			for (NormalizedLine record : normalized.records()) {
				String key = lineKey(fileIndex, record);
				aggregates.computeIfAbsent(key, k -> new Aggregate(key, fileIndex, record, outcome.line()))
					.add(record);
			}
		}
		else if (outcome instanceof RowOutcome.Rejected rejected) {
			rejections.add(new Rejection(fileIndex, rejected));
		}
	}

	public Iterable<Aggregate> aggregates() {
		return aggregates.values();
	}

	public List<Rejection> rejections() {
		return rejections;
	}

	public Map<Integer, FileTally> tallies() {
		return tallies;
	}

	/** A stable key for the aggregation grain: the same dimensions in the same file always map to one row. */
	static String lineKey(int fileIndex, NormalizedLine r) {
		CostDimensions d = r.dimensions();
		String joined = String.join("\u0001", Integer.toString(fileIndex), r.kind().name(), r.category().name(),
				r.source().name(), d.provider(), d.billingAccount(), d.subAccount(), d.service(), d.sku(), d.region(),
				d.resourceId(), d.workload(), d.model(), r.tokenType() == null ? "" : r.tokenType().name(),
				r.usageDay().toString(), r.unit(), r.currency() == null ? "" : r.currency());
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(joined.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	static BigDecimal stored(BigDecimal value) {
		return value.scale() > STORED_SCALE ? value.setScale(STORED_SCALE, RoundingMode.HALF_EVEN) : value;
	}

	/** A rejected row and the file it came from. */
	public record Rejection(int fileIndex, RowOutcome.Rejected row) {
	}

	/** The sum of the records of one line key in this chunk. */
	public static final class Aggregate {

		final String key;

		final int fileIndex;

		final NormalizedLine first;

		final long firstLine;

		BigDecimal quantity = BigDecimal.ZERO;

		BigDecimal gpuHours = BigDecimal.ZERO;

		BigDecimal egressGb = BigDecimal.ZERO;

		BigDecimal tokens = BigDecimal.ZERO;

		BigDecimal cost = BigDecimal.ZERO;

		long lineCount;

		Aggregate(String key, int fileIndex, NormalizedLine first, long firstLine) {
			this.key = key;
			this.fileIndex = fileIndex;
			this.first = first;
			this.firstLine = firstLine;
		}

		void add(NormalizedLine record) {
			quantity = quantity.add(record.quantity());
			gpuHours = gpuHours.add(record.gpuHours());
			egressGb = egressGb.add(record.egressGb());
			tokens = tokens.add(record.tokens());
			if (record.cost() != null) {
				cost = cost.add(record.cost());
			}
			lineCount++;
		}
	}
}
