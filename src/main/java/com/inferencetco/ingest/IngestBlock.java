package com.inferencetco.ingest;

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

import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RowOutcome;

/**
 * The outcomes of one block of source rows, aggregated in memory before they are written
 * in one transaction: normalized records summed per line key, rejections listed, and
 * per-file tallies. Summing here keeps one database write per key and block instead of
 * one per source line; the block's owner bounds its size (rows, keys, rejections), so
 * memory does not grow with the file.
 */
public final class IngestBlock {

	/** Stored decimals have 18 places; no export in the reference set has more. */
	public static final int STORED_SCALE = 18;

	private final Map<LineKey, Aggregate> aggregates = new LinkedHashMap<>();

	private long rows;

	private boolean firstOfFile;

	private boolean lastOfFile;

	private final List<Rejection> rejections = new ArrayList<>();

	private final Map<Integer, FileTally> tallies = new LinkedHashMap<>();

	public void add(int fileIndex, RowOutcome outcome) {
		rows++;
		tallies.computeIfAbsent(fileIndex, i -> new FileTally()).add(outcome);
		if (outcome instanceof RowOutcome.Normalized normalized) {
			for (NormalizedLine record : normalized.records()) {
				LineKey key = LineKey.of(fileIndex, record);
				Aggregate aggregate = aggregates.get(key);
				if (aggregate == null) {
					aggregate = new Aggregate(key, fileIndex, record, outcome.line());
					aggregates.put(key, aggregate);
				}
				aggregate.add(record);
			}
		}
		else if (outcome instanceof RowOutcome.Rejected rejected) {
			rejections.add(new Rejection(fileIndex, rejected));
		}
	}

	/**
	 * Adds the outcomes of other rows of the same file, normalized on another thread.
	 * Sums are exact, and each key keeps its earliest line, so the result is the same
	 * whichever thread read which rows.
	 */
	public void addAll(IngestBlock other) {
		rows += other.rows;
		other.tallies.forEach((file, tally) -> tallies.computeIfAbsent(file, i -> new FileTally()).addAll(tally));
		rejections.addAll(other.rejections);
		for (Aggregate theirs : other.aggregates.values()) {
			Aggregate mine = aggregates.get(theirs.lineKey);
			if (mine == null) {
				aggregates.put(theirs.lineKey, theirs);
			}
			else {
				mine.addAll(theirs);
			}
		}
	}

	/** Marks the first block of a file: nothing of the file is stored yet. */
	public void markFirstOfFile() {
		firstOfFile = true;
	}

	public boolean isFirstOfFile() {
		return firstOfFile;
	}

	/**
	 * Marks the block after which the file has no more rows: writing it completes the
	 * file's records.
	 */
	public void markLastOfFile() {
		lastOfFile = true;
	}

	public boolean isLastOfFile() {
		return lastOfFile;
	}

	/** Source rows added so far. */
	public long rows() {
		return rows;
	}

	/** Distinct line keys held: what the block's memory grows with. */
	public int keyCount() {
		return aggregates.size();
	}

	public boolean isEmpty() {
		return rows == 0;
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

	/**
	 * The aggregation grain: the same dimensions in the same file always map to one
	 * stored row. Compared as a record in memory; hashed to a fixed-width text only when
	 * a row is written.
	 */
	record LineKey(int fileIndex, NormalizedLine.Grain grain) {

		static LineKey of(int fileIndex, NormalizedLine record) {
			return new LineKey(fileIndex, record.grain());
		}

		/**
		 * SHA-256 of the fields joined: stable across runs and databases, and short
		 * enough for a primary key.
		 */
		String stored() {
			CostDimensions d = grain.dimensions();
			String joined = String.join("\u0001", Integer.toString(fileIndex), grain.kind().name(),
					grain.category().name(), grain.source().name(), d.provider(), d.billingAccount(), d.subAccount(),
					d.service(), d.sku(), d.region(), d.resourceId(), d.workload(), d.model(),
					grain.tokenType() == null ? "" : grain.tokenType().name(), grain.usageDay().toString(),
					grain.unit(), grain.currency() == null ? "" : grain.currency())
					// an hour or a span only where a line has one: the keys of daily
					// lines
					// stay those stored before lines had hours
					+ (grain.usageHour() == NormalizedLine.NO_HOUR && grain.spanDays() == 1 ? ""
							: "\u0001" + grain.usageHour() + "\u0001" + grain.spanDays());
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				return HexFormat.of().formatHex(digest.digest(joined.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
			}
		}
	}

	public static BigDecimal stored(BigDecimal value) {
		return value.scale() > STORED_SCALE ? value.setScale(STORED_SCALE, RoundingMode.HALF_EVEN) : value;
	}

	/** A rejected row and the file it came from. */
	public record Rejection(int fileIndex, RowOutcome.Rejected row) {
	}

	/** The sum of the records of one line key in this block. */
	public static final class Aggregate {

		final LineKey lineKey;

		final int fileIndex;

		NormalizedLine first;

		long firstLine;

		BigDecimal quantity = BigDecimal.ZERO;

		BigDecimal gpuHours = BigDecimal.ZERO;

		BigDecimal egressGb = BigDecimal.ZERO;

		BigDecimal tokens = BigDecimal.ZERO;

		BigDecimal cost = BigDecimal.ZERO;

		long lineCount;

		private String key;

		Aggregate(LineKey lineKey, int fileIndex, NormalizedLine first, long firstLine) {
			this.lineKey = lineKey;
			this.fileIndex = fileIndex;
			this.first = first;
			this.firstLine = firstLine;
		}

		public NormalizedLine first() {
			return first;
		}

		public int fileIndex() {
			return fileIndex;
		}

		public long firstLine() {
			return firstLine;
		}

		public BigDecimal quantity() {
			return quantity;
		}

		public BigDecimal gpuHours() {
			return gpuHours;
		}

		public BigDecimal egressGb() {
			return egressGb;
		}

		public BigDecimal tokens() {
			return tokens;
		}

		public BigDecimal cost() {
			return cost;
		}

		public long lineCount() {
			return lineCount;
		}

		/** The stored key, computed once per aggregate. */
		public String key() {
			if (key == null) {
				key = lineKey.stored();
			}
			return key;
		}

		void addAll(Aggregate other) {
			quantity = quantity.add(other.quantity);
			gpuHours = gpuHours.add(other.gpuHours);
			egressGb = egressGb.add(other.egressGb);
			tokens = tokens.add(other.tokens);
			cost = cost.add(other.cost);
			lineCount += other.lineCount;
			if (other.firstLine < firstLine) {
				firstLine = other.firstLine;
				first = other.first;
			}
		}

		void add(NormalizedLine record) {
			quantity = plus(quantity, record.quantity());
			gpuHours = plus(gpuHours, record.gpuHours());
			egressGb = plus(egressGb, record.egressGb());
			tokens = plus(tokens, record.tokens());
			if (record.cost() != null) {
				cost = plus(cost, record.cost());
			}
			lineCount++;
		}

		/**
		 * Most lines carry zero GPU-hours, egress or tokens: adding nothing allocates
		 * nothing.
		 */
		private static BigDecimal plus(BigDecimal sum, BigDecimal value) {
			return value.signum() == 0 ? sum : sum.add(value);
		}

	}

}
