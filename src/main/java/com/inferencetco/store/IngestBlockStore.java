package com.inferencetco.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.inferencetco.ingest.IngestBlock;
import com.inferencetco.model.SourceKind;

/**
 * The ingest side of the store: each block's records, rejections and file counters,
 * written inside the calling chunk's transaction so that they commit or roll back with
 * the file's restart point.
 * <p>
 * A file read in one block is written straight into its pages ({@link LinePages}), in key
 * order. A larger file's blocks are appended to {@code tco_cost_block} without looking
 * anything up: a row per block and bucket (the key's first two hex digits) holding that
 * bucket's lines encoded ({@link StoredLineCodec}). Its last block merges them a range of
 * buckets at a time, summing each key's lines in memory, and writes them as the file's
 * pages in key order, each key once. Measured on a month with 590,000 distinct keys
 * (BENCHMARKS.md): looking each key up in a primary key ordered by a hash rewrote most of
 * the index at every commit (12 GB written for a 600 MB database); a row per block and
 * key, merged by SQL, wrote each line twice and read it once more.
 */
@Repository
public class IngestBlockStore {

	/**
	 * Buckets of the parts table: the key's first two hex digits, so that bucket order is
	 * key order. Each bucket is a place where the parts' index grows; more of them would
	 * rewrite more index pages at each store.
	 */
	static final int BUCKET_DIGITS = 2;

	/**
	 * Stored lines merged at once at most (a range of buckets): bounds the memory of the
	 * merge.
	 */
	private static final long MERGE_LINES = 50_000;

	/** Lines encoded in one block row at most. */
	static final int LINES_PER_ROW = 2_000;

	/**
	 * Bytes of one block row at most: each row is read whole, so rows stay small (long
	 * resource ids can make 2,000 lines several MB; such rows are halved).
	 */
	static final int PAYLOAD_BYTES = 900_000;

	private final JdbcTemplate jdbc;

	private final LinePages pages;

	public IngestBlockStore(JdbcTemplate jdbc, LinePages pages) {
		this.jdbc = jdbc;
		this.pages = pages;
	}

	/**
	 * Writes one block: its records (or their parts), rejections and file counters; the
	 * last block merges.
	 */
	public void write(long runId, IngestBlock block) {
		List<StoredLine> all = new ArrayList<>();
		block.aggregates().forEach(aggregate -> all.add(StoredLine.of(aggregate)));
		if (block.isFirstOfFile() && block.isLastOfFile()) {
			insertLines(runId, all);
		}
		else {
			KeyOrder.sort(all);
			insertBlock(runId, all);
		}
		BlockCounters.writeRejections(jdbc, runId, block.rejections());
		BlockCounters.writeTallies(jdbc, runId, block.tallies());
		if (block.isLastOfFile() && !block.isFirstOfFile()) {
			block.tallies().keySet().forEach(fileIndex -> mergeParts(runId, fileIndex));
		}
	}

	/** The lines of a file read in one block, as its pages. */
	private void insertLines(long runId, List<StoredLine> lines) {
		Map<Integer, List<StoredLine>> byFile = new TreeMap<>();
		lines.forEach(line -> byFile.computeIfAbsent(line.fileIndex(), f -> new ArrayList<>()).add(line));
		byFile.forEach((fileIndex, fileLines) -> {
			KeyOrder.sort(fileLines);
			pages.write(runId, fileIndex, fileLines, 0);
		});
	}

	/**
	 * A block's lines, in key order, into {@code tco_cost_block}: a row per bucket (more
	 * when a bucket holds more than {@link #LINES_PER_ROW}).
	 */
	private void insertBlock(long runId, List<StoredLine> sorted) {
		jdbc.batchUpdate("""
				INSERT INTO tco_cost_block (run_id, file_index, bucket, line_rows, line_count, payload)
				VALUES (?, ?, ?, ?, ?, ?)""", blockRows(runId, sorted));
	}

	/**
	 * The rows of a block sorted by key: run, file, bucket, lines, source lines, payload.
	 */
	static List<Object[]> blockRows(long runId, List<StoredLine> sorted) {
		List<Object[]> rows = new ArrayList<>();
		int from = 0;
		while (from < sorted.size()) {
			int bucket = bucket(sorted.get(from).key());
			int to = from;
			while (to < sorted.size() && bucket(sorted.get(to).key()) == bucket) {
				to++;
			}
			StoredLineCodec.encodeInRows(sorted.subList(from, to), LINES_PER_ROW, PAYLOAD_BYTES,
					(lines, payload) -> rows.add(new Object[] { runId, lines.get(0).fileIndex(), bucket, lines.size(),
							LinePages.sourceLines(lines), payload }));
			from = to;
		}
		return rows;
	}

	/** The part's bucket: its key's first hex digits. */
	static int bucket(String lineKey) {
		return Integer.parseInt(lineKey, 0, BUCKET_DIGITS, 16);
	}

	/**
	 * Sums a file's blocks per key into its pages: consecutive buckets are merged
	 * together up to {@link #MERGE_LINES} stored lines, each range's lines summed per key
	 * in memory and written in key order. The blocks are then marked merged rather than
	 * deleted (deleting them cost as much as merging them): {@link #dropMergedParts}
	 * clears them once ingest is done.
	 */
	void mergeParts(long runId, int fileIndex) {
		List<long[]> counts = jdbc.query("""
				SELECT bucket, SUM(line_rows) FROM tco_cost_block WHERE run_id = ? AND file_index = ?
				GROUP BY bucket ORDER BY bucket""", (rs, i) -> new long[] { rs.getInt(1), rs.getLong(2) }, runId,
				fileIndex);
		int from = -1;
		long lines = 0;
		int page = 0;
		for (int i = 0; i < counts.size(); i++) {
			long[] bucket = counts.get(i);
			if (from < 0) {
				from = (int) bucket[0];
			}
			lines += bucket[1];
			boolean last = i == counts.size() - 1;
			if (last || lines + counts.get(i + 1)[1] > MERGE_LINES) {
				page = pages.write(runId, fileIndex, merged(runId, fileIndex, from, (int) bucket[0]), page);
				from = -1;
				lines = 0;
			}
		}
		jdbc.update("UPDATE tco_input_file SET parts_merged = TRUE WHERE run_id = ? AND file_index = ?", runId,
				fileIndex);
	}

	/**
	 * The lines of a range of buckets of a file's blocks, one per key, in key order
	 * (summed in a hash map and sorted once: a sorted map compared keys at every line).
	 */
	private List<StoredLine> merged(long runId, int fileIndex, int fromBucket, int toBucket) {
		Map<String, StoredLine> byKey = new HashMap<>();
		jdbc.query("""
				SELECT payload FROM tco_cost_block WHERE run_id = ? AND file_index = ? AND bucket BETWEEN ? AND ?""",
				rs -> {
					for (StoredLine line : StoredLineCodec.decode(rs.getBytes(1))) {
						byKey.merge(line.key(), line, StoredLine::plus);
					}
				}, runId, fileIndex, fromBucket, toBucket);
		List<StoredLine> lines = new ArrayList<>(byKey.values());
		KeyOrder.sort(lines);
		return lines;
	}

	/** The lines of a file's blocks not yet merged, as stored (a key once per block). */
	private List<StoredLine> unmergedLines(long runId, int fileIndex) {
		List<StoredLine> lines = new ArrayList<>();
		jdbc.query("SELECT payload FROM tco_cost_block WHERE run_id = ? AND file_index = ?", rs -> {
			lines.addAll(StoredLineCodec.decode(rs.getBytes(1)));
		}, runId, fileIndex);
		return lines;
	}

	/**
	 * Clears the parts of a run whose files are all merged. On the embedded database,
	 * which one run at a time opens (the data folder's lock), the table is truncated when
	 * no other run has parts (a failed run of another month waiting to be resumed): that
	 * costs nothing, where deleting row by row costs as much as the merge. A shared
	 * database may have other runs writing parts: there, only this run's rows are
	 * deleted.
	 */
	public void dropMergedParts(long runId) {
		if (EmbeddedDatabase.isH2(jdbc) && jdbc.queryForObject("SELECT COUNT(*) FROM tco_cost_block WHERE run_id <> ?",
				Long.class, runId) == 0) {
			jdbc.execute("TRUNCATE TABLE tco_cost_block");
		}
		else {
			jdbc.update("DELETE FROM tco_cost_block WHERE run_id = ?", runId);
		}
	}

	/**
	 * Whether what is stored for a file is exactly what its committed blocks wrote: as
	 * many rows as the restart point says, as many records (merged or still in parts) and
	 * rejected rows as its counters, and the normalized cost of each currency in its
	 * records. An embedded database killed in the middle of a block can keep a trace of
	 * that block after it restarts (H2 has been seen to keep one row's update of an
	 * uncommitted transaction); such a file is read again.
	 */
	public boolean fileAgreesWithItsCounters(long runId, int fileIndex, long rowsConsumed) {
		long[] counters = jdbc.queryForObject("""
				SELECT rows_read, rows_normalized, rows_rejected, records_stored FROM tco_input_file
				WHERE run_id = ? AND file_index = ?""",
				(rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) }, runId, fileIndex);
		boolean merged = jdbc.queryForObject(
				"SELECT parts_merged FROM tco_input_file WHERE run_id = ? AND file_index = ?", Boolean.class, runId,
				fileIndex);
		Map<String, BigDecimal> storedCost = new TreeMap<>();
		Consumer<StoredLine> billed = line -> {
			if (line.sourceKind().equals(SourceKind.BILL.name())) {
				storedCost.merge(line.currency(), line.cost(), BigDecimal::add);
			}
		};
		long records = pages.sourceLines(runId, fileIndex);
		pages.eachLine(runId, fileIndex, billed);
		if (!merged) {
			records += jdbc.queryForObject(
					"SELECT COALESCE(SUM(line_count), 0) FROM tco_cost_block WHERE run_id = ? AND file_index = ?",
					Long.class, runId, fileIndex);
			unmergedLines(runId, fileIndex).forEach(billed);
		}
		long rejected = jdbc.queryForObject("SELECT COUNT(*) FROM tco_rejected_row WHERE run_id = ? AND file_index = ?",
				Long.class, runId, fileIndex);
		Map<String, BigDecimal> normalizedCost = new TreeMap<>();
		jdbc.query("SELECT currency, normalized_cost FROM tco_file_cost WHERE run_id = ? AND file_index = ?", rs -> {
			if (rs.getBigDecimal(2).signum() != 0 || storedCost.containsKey(rs.getString(1))) {
				normalizedCost.put(rs.getString(1), rs.getBigDecimal(2));
			}
		}, runId, fileIndex);
		boolean costsAgree = storedCost.keySet().equals(normalizedCost.keySet()) && storedCost.entrySet()
			.stream()
			.allMatch(e -> e.getValue().compareTo(normalizedCost.get(e.getKey())) == 0);
		return counters[0] == rowsConsumed && counters[0] == counters[1] + counters[2] && counters[3] == records
				&& counters[2] == rejected && costsAgree;
	}

	/** The file's path as the user knows it, for messages. */
	public String relativePath(long runId, int fileIndex) {
		return jdbc.queryForObject("SELECT relative_path FROM tco_input_file WHERE run_id = ? AND file_index = ?",
				String.class, runId, fileIndex);
	}

	/**
	 * Drops everything stored for one file of a run, so that it can be read again from
	 * its first row.
	 */
	public void forgetFile(long runId, int fileIndex) {
		for (String table : List.of("tco_line_page", "tco_line_cost", "tco_cost_block", "tco_rejected_row",
				"tco_file_cost")) {
			jdbc.update("DELETE FROM " + table + " WHERE run_id = ? AND file_index = ?", runId, fileIndex);
		}
		jdbc.update("""
				UPDATE tco_input_file SET rows_read = 0, rows_normalized = 0, rows_rejected = 0, records_stored = 0,
					parts_merged = FALSE
				WHERE run_id = ? AND file_index = ?""", runId, fileIndex);
	}

	/** Fits a text to its column; NUL, which PostgreSQL refuses in text, becomes '?'. */
	static String cut(String value, int max) {
		String clean = value.indexOf('\u0000') < 0 ? value : value.replace('\u0000', '?');
		return clean.length() <= max ? clean : clean.substring(0, max);
	}

}
