package com.inferencetco.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.inferencetco.ingest.FileTally;
import com.inferencetco.ingest.IngestBlock;
import com.inferencetco.model.NormalizedLine;

/**
 * The ingest side of the store: each block's records, rejections and file counters,
 * written inside the calling chunk's transaction so that they commit or roll back with
 * the file's restart point.
 * <p>
 * A file read in one block is written straight into {@code tco_cost_line}, one row per
 * key. A larger file's blocks are appended to {@code tco_cost_part} without looking
 * anything up (a key seen in several blocks has a row per block there), and its last
 * block merges the parts per key into {@code tco_cost_line} with set-based statements, a
 * range of buckets at a time. Measured on a month with 590,000 distinct keys
 * (BENCHMARKS.md): looking each key up and inserting it into a primary key ordered by a
 * hash rewrote most of the index at every commit (12 GB written for a 600 MB database);
 * appending and merging in key order writes each row about twice.
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
	 * Part rows merged per statement at most: bounds the groups the database holds in
	 * memory.
	 */
	private static final long MERGE_ROWS = 20_000;

	static final String COLUMNS = """
			run_id, line_key, file_index, record_kind, category, source_kind, provider, billing_account, sub_account,
			service, sku, region, resource_id, workload, model, token_type, usage_day, unit, currency, quantity,
			gpu_hours, egress_gb, tokens, cost, first_line, line_count""";

	private final JdbcTemplate jdbc;

	public IngestBlockStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes one block: its records (or their parts), rejections and file counters; the
	 * last block merges.
	 */
	public void write(long runId, IngestBlock block) {
		List<IngestBlock.Aggregate> all = new ArrayList<>();
		block.aggregates().forEach(all::add);
		if (block.isFirstOfFile() && block.isLastOfFile()) {
			insert(runId, "tco_cost_line", all, false);
		}
		else {
			// in key order, so that a block walks the parts' index once instead of
			// jumping between its buckets
			all.sort(Comparator.comparing(IngestBlock.Aggregate::key));
			insert(runId, "tco_cost_part", all, true);
		}
		writeRejections(runId, block.rejections());
		writeTallies(runId, block.tallies());
		if (block.isLastOfFile() && !block.isFirstOfFile()) {
			block.tallies().keySet().forEach(fileIndex -> mergeParts(runId, fileIndex));
		}
	}

	private void insert(long runId, String table, List<IngestBlock.Aggregate> aggregates, boolean withBucket) {
		if (aggregates.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("INSERT INTO " + table + " (" + COLUMNS + (withBucket ? ", bucket" : "")
				+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
				+ (withBucket ? ", ?)" : ")"), aggregates, 1000, (ps, a) -> {
					NormalizedLine r = a.first();
					ps.setLong(1, runId);
					ps.setString(2, a.key());
					ps.setInt(3, a.fileIndex());
					ps.setString(4, r.kind().name());
					ps.setString(5, r.category().id());
					ps.setString(6, r.source().name());
					ps.setString(7, cut(r.dimensions().provider(), 200));
					ps.setString(8, cut(r.dimensions().billingAccount(), 200));
					ps.setString(9, cut(r.dimensions().subAccount(), 200));
					ps.setString(10, cut(r.dimensions().service(), 300));
					ps.setString(11, cut(r.dimensions().sku(), 500));
					ps.setString(12, cut(r.dimensions().region(), 100));
					ps.setString(13, cut(r.dimensions().resourceId(), 2000));
					ps.setString(14, cut(r.dimensions().workload(), 300));
					ps.setString(15, cut(r.dimensions().model(), 300));
					ps.setString(16, r.tokenType() == null ? "" : r.tokenType().name());
					ps.setObject(17, r.usageDay());
					ps.setString(18, cut(r.unit(), 100));
					ps.setString(19, r.currency() == null ? "" : r.currency());
					ps.setBigDecimal(20, IngestBlock.stored(a.quantity()));
					ps.setBigDecimal(21, IngestBlock.stored(a.gpuHours()));
					ps.setBigDecimal(22, IngestBlock.stored(a.egressGb()));
					ps.setBigDecimal(23, a.tokens());
					ps.setBigDecimal(24, IngestBlock.stored(a.cost()));
					ps.setLong(25, a.firstLine());
					ps.setLong(26, a.lineCount());
					if (withBucket) {
						ps.setInt(27, bucket(a.key()));
					}
				});
	}

	/** The part's bucket: its key's first hex digits. */
	static int bucket(String lineKey) {
		return Integer.parseInt(lineKey, 0, BUCKET_DIGITS, 16);
	}

	/**
	 * Sums a file's parts per key into {@code tco_cost_line}: consecutive buckets are
	 * merged together up to {@link #MERGE_ROWS} part rows, in key order, each range by
	 * one INSERT ... SELECT ... GROUP BY. Every column but the sums is part of the key,
	 * so MIN of it is its value. The parts are then marked merged rather than deleted
	 * (deleting them cost as much as merging them): {@link #dropMergedParts} clears them
	 * once ingest is done.
	 */
	void mergeParts(long runId, int fileIndex) {
		List<long[]> counts = jdbc.query("""
				SELECT bucket, COUNT(*) FROM tco_cost_part WHERE run_id = ? AND file_index = ?
				GROUP BY bucket ORDER BY bucket""", (rs, i) -> new long[] { rs.getInt(1), rs.getLong(2) }, runId,
				fileIndex);
		int from = -1;
		long rows = 0;
		for (int i = 0; i < counts.size(); i++) {
			long[] bucket = counts.get(i);
			if (from < 0) {
				from = (int) bucket[0];
			}
			rows += bucket[1];
			boolean last = i == counts.size() - 1;
			if (last || rows + counts.get(i + 1)[1] > MERGE_ROWS) {
				mergeRange(runId, fileIndex, from, (int) bucket[0]);
				from = -1;
				rows = 0;
			}
		}
		jdbc.update("UPDATE tco_input_file SET parts_merged = TRUE WHERE run_id = ? AND file_index = ?", runId,
				fileIndex);
	}

	private void mergeRange(long runId, int fileIndex, int fromBucket, int toBucket) {
		jdbc.update("INSERT INTO tco_cost_line (" + COLUMNS + """
				) SELECT run_id, line_key, file_index, MIN(record_kind), MIN(category), MIN(source_kind), MIN(provider),
					MIN(billing_account), MIN(sub_account), MIN(service), MIN(sku), MIN(region), MIN(resource_id),
					MIN(workload), MIN(model), MIN(token_type), MIN(usage_day), MIN(unit), MIN(currency), SUM(quantity),
					SUM(gpu_hours), SUM(egress_gb), SUM(tokens), SUM(cost), MIN(first_line), SUM(line_count)
				FROM tco_cost_part WHERE run_id = ? AND file_index = ? AND bucket BETWEEN ? AND ?
				GROUP BY run_id, line_key, file_index ORDER BY line_key""", runId, fileIndex, fromBucket, toBucket);
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
		if (EmbeddedDatabase.isH2(jdbc) && jdbc.queryForObject("SELECT COUNT(*) FROM tco_cost_part WHERE run_id <> ?",
				Long.class, runId) == 0) {
			jdbc.execute("TRUNCATE TABLE tco_cost_part");
		}
		else {
			jdbc.update("DELETE FROM tco_cost_part WHERE run_id = ?", runId);
		}
	}

	private void writeRejections(long runId, List<IngestBlock.Rejection> rejections) {
		jdbc.batchUpdate("""
				INSERT INTO tco_rejected_row (run_id, file_index, line_number, column_name, reason, cost, currency,
					excerpt, billed_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rejections, 500, (ps, r) -> {
			ps.setLong(1, runId);
			ps.setInt(2, r.fileIndex());
			ps.setLong(3, r.row().line());
			ps.setString(4, r.row().column() == null ? null : cut(r.row().column(), 300));
			ps.setString(5, cut(r.row().reason(), 2000));
			ps.setBigDecimal(6, r.row().invoicedCost() == null ? null : IngestBlock.stored(r.row().invoicedCost()));
			ps.setString(7, r.row().currency());
			ps.setString(8, r.row().excerpt() == null ? null : cut(r.row().excerpt(), 1000));
			ps.setString(9, r.row().faulty() ? null : r.row().billedIn().toString());
		});
	}

	private void writeTallies(long runId, Map<Integer, FileTally> tallies) {
		for (Map.Entry<Integer, FileTally> entry : tallies.entrySet()) {
			FileTally tally = entry.getValue();
			jdbc.update("""
					UPDATE tco_input_file SET rows_read = rows_read + ?, rows_normalized = rows_normalized + ?,
						rows_rejected = rows_rejected + ?, records_stored = records_stored + ?
					WHERE run_id = ? AND file_index = ?""", tally.rowsRead(), tally.rowsNormalized(),
					tally.rowsRejected(), tally.recordsNormalized(), runId, entry.getKey());
			for (Map.Entry<String, BigDecimal[]> cost : tally.costByCurrency().entrySet()) {
				BigDecimal[] c = cost.getValue();
				int updated = jdbc.update("""
						UPDATE tco_file_cost SET source_cost = source_cost + ?, normalized_cost = normalized_cost + ?,
							rejected_cost = rejected_cost + ? WHERE run_id = ? AND file_index = ? AND currency = ?""",
						IngestBlock.stored(c[0]), IngestBlock.stored(c[1]), IngestBlock.stored(c[2]), runId,
						entry.getKey(), cost.getKey());
				if (updated == 0) {
					jdbc.update("""
							INSERT INTO tco_file_cost (run_id, file_index, currency, source_cost, normalized_cost,
								rejected_cost) VALUES (?, ?, ?, ?, ?, ?)""", runId, entry.getKey(), cost.getKey(),
							IngestBlock.stored(c[0]), IngestBlock.stored(c[1]), IngestBlock.stored(c[2]));
				}
			}
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
		long records = 0;
		Map<String, BigDecimal> storedCost = new TreeMap<>();
		for (String table : merged ? List.of("tco_cost_line") : List.of("tco_cost_line", "tco_cost_part")) {
			records += jdbc.queryForObject(
					"SELECT COALESCE(SUM(line_count), 0) FROM " + table + " WHERE run_id = ? AND file_index = ?",
					Long.class, runId, fileIndex);
			jdbc.query("SELECT currency, SUM(cost) FROM " + table
					+ " WHERE run_id = ? AND file_index = ? AND source_kind = 'BILL' GROUP BY currency", rs -> {
						storedCost.merge(rs.getString(1), rs.getBigDecimal(2), BigDecimal::add);
					}, runId, fileIndex);
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
		for (String table : List.of("tco_cost_line", "tco_cost_part", "tco_rejected_row", "tco_file_cost")) {
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
