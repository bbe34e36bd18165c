package com.inferencetco.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.inferencetco.ingest.FileTally;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.CostSummaryRow;
import com.inferencetco.model.WorkloadPlacement;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;

/**
 * JDBC access to the normalized records, the input files and the rejected rows of a run (H2 by default,
 * PostgreSQL alike: plain SQL, no vendor upsert). Writes happen inside the calling chunk's transaction, so a
 * block's records, rejections and counters commit or roll back together with the step's restart point.
 */
@Repository
public class NormalizedRecordStore {

	private final JdbcTemplate jdbc;

	public NormalizedRecordStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void deleteRun(long runId) {
		for (String table : List.of("tco_cost_line", "tco_rejected_row", "tco_file_cost", "tco_input_file",
				"tco_skipped_input", "tco_invoice_check")) {
			jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
		}
	}

	public void insertInputFile(long runId, int fileIndex, String month, String relativePath, String format,
			String sha256, long sizeBytes, String diskPath, String entryName) {
		jdbc.update("""
				INSERT INTO tco_input_file (run_id, file_index, billing_month, relative_path, format, sha256,
					size_bytes, rows_read, rows_normalized, rows_rejected, disk_path, entry_name)
				VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?)""", runId, fileIndex, month, relativePath, format, sha256,
				sizeBytes, diskPath, entryName);
	}

	public List<StoredInputFile> inputFiles(long runId) {
		return jdbc.query("""
				SELECT file_index, relative_path, format, sha256, size_bytes, rows_read, rows_normalized, rows_rejected,
					disk_path, entry_name
				FROM tco_input_file WHERE run_id = ? ORDER BY file_index""",
				(rs, i) -> new StoredInputFile(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getString(10)),
				runId);
	}

	public StoredInputFile inputFile(long runId, int fileIndex) {
		return inputFiles(runId).stream()
			.filter(f -> f.fileIndex() == fileIndex)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no input file " + fileIndex + " in run " + runId));
	}

	public List<FileCost> fileCosts(long runId) {
		return jdbc.query("""
				SELECT file_index, currency, source_cost, normalized_cost, rejected_cost
				FROM tco_file_cost WHERE run_id = ? ORDER BY file_index, currency""",
				(rs, i) -> new FileCost(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
						rs.getBigDecimal(5)),
				runId);
	}

	/** Writes one block: aggregates added to existing rows of the same key, rejections, and file counters. */
	public void write(long runId, IngestBlock block) {
		writeAggregates(runId, block);
		writeRejections(runId, block.rejections());
		writeTallies(runId, block.tallies());
	}

	private void writeAggregates(long runId, IngestBlock block) {
		List<IngestBlock.Aggregate> all = new ArrayList<>();
		block.aggregates().forEach(all::add);
		if (all.isEmpty()) {
			return;
		}
		List<IngestBlock.Aggregate> fresh = block.isFirstOfFile() ? all : addToStored(runId, all);
		jdbc.batchUpdate("""
				INSERT INTO tco_cost_line (run_id, line_key, file_index, record_kind, category, source_kind, provider,
					billing_account, sub_account, service, sku, region, resource_id, workload, model, token_type,
					usage_day, unit, currency, quantity, gpu_hours, egress_gb, tokens, cost, first_line, line_count)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", fresh, 500,
				(ps, a) -> {
					NormalizedLine r = a.first;
					ps.setLong(1, runId);
					ps.setString(2, a.key());
					ps.setInt(3, a.fileIndex);
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
					ps.setBigDecimal(20, IngestBlock.stored(a.quantity));
					ps.setBigDecimal(21, IngestBlock.stored(a.gpuHours));
					ps.setBigDecimal(22, IngestBlock.stored(a.egressGb));
					ps.setBigDecimal(23, a.tokens);
					ps.setBigDecimal(24, IngestBlock.stored(a.cost));
					ps.setLong(25, a.firstLine);
					ps.setLong(26, a.lineCount);
				});
	}

	/** Adds each aggregate to its stored row where there is one; returns those that have none yet. */
	private List<IngestBlock.Aggregate> addToStored(long runId, List<IngestBlock.Aggregate> all) {
		int[][] updated = jdbc.batchUpdate("""
				UPDATE tco_cost_line SET quantity = quantity + ?, gpu_hours = gpu_hours + ?, egress_gb = egress_gb + ?,
					tokens = tokens + ?, cost = cost + ?, line_count = line_count + ?
				WHERE run_id = ? AND line_key = ?""", all, 500, (ps, a) -> {
			ps.setBigDecimal(1, IngestBlock.stored(a.quantity));
			ps.setBigDecimal(2, IngestBlock.stored(a.gpuHours));
			ps.setBigDecimal(3, IngestBlock.stored(a.egressGb));
			ps.setBigDecimal(4, a.tokens);
			ps.setBigDecimal(5, IngestBlock.stored(a.cost));
			ps.setLong(6, a.lineCount);
			ps.setLong(7, runId);
			ps.setString(8, a.key());
		});
		List<IngestBlock.Aggregate> fresh = new ArrayList<>();
		int n = 0;
		for (int[] batch : updated) {
			for (int count : batch) {
				if (count == 0) {
					fresh.add(all.get(n));
				}
				n++;
			}
		}
		return fresh;
	}

	private void writeRejections(long runId, List<IngestBlock.Rejection> rejections) {
		jdbc.batchUpdate("""
				INSERT INTO tco_rejected_row (run_id, file_index, line_number, column_name, reason, cost, currency,
					excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rejections, 500, (ps, r) -> {
			ps.setLong(1, runId);
			ps.setInt(2, r.fileIndex());
			ps.setLong(3, r.row().line());
			ps.setString(4, r.row().column() == null ? null : cut(r.row().column(), 300));
			ps.setString(5, cut(r.row().reason(), 2000));
			ps.setBigDecimal(6, r.row().invoicedCost() == null ? null : IngestBlock.stored(r.row().invoicedCost()));
			ps.setString(7, r.row().currency());
			ps.setString(8, r.row().excerpt() == null ? null : cut(r.row().excerpt(), 1000));
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
	 * Whether what is stored for a file is exactly what its committed blocks wrote: as many rows as the restart
	 * point says, as many records and rejected rows as its counters, and the normalized cost of each currency in
	 * its records. An embedded database killed in the middle of a block can keep a trace of that block after it
	 * restarts (H2 has been seen to keep one row's update of an uncommitted transaction); such a file is read again.
	 */
	public boolean fileAgreesWithItsCounters(long runId, int fileIndex, long rowsConsumed) {
		long[] counters = jdbc.queryForObject("""
				SELECT rows_read, rows_normalized, rows_rejected, records_stored FROM tco_input_file
				WHERE run_id = ? AND file_index = ?""", (rs, i) -> new long[] { rs.getLong(1), rs.getLong(2),
						rs.getLong(3), rs.getLong(4) }, runId, fileIndex);
		long records = jdbc.queryForObject(
				"SELECT COALESCE(SUM(line_count), 0) FROM tco_cost_line WHERE run_id = ? AND file_index = ?", Long.class,
				runId, fileIndex);
		long rejected = jdbc.queryForObject(
				"SELECT COUNT(*) FROM tco_rejected_row WHERE run_id = ? AND file_index = ?", Long.class, runId, fileIndex);
		Map<String, BigDecimal> storedCost = new java.util.TreeMap<>();
		jdbc.query("""
				SELECT currency, SUM(cost) FROM tco_cost_line WHERE run_id = ? AND file_index = ? AND source_kind = 'BILL'
				GROUP BY currency""", rs -> {
			storedCost.put(rs.getString(1), rs.getBigDecimal(2));
		}, runId, fileIndex);
		Map<String, BigDecimal> normalizedCost = new java.util.TreeMap<>();
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

	/** Drops everything stored for one file of a run, so that it can be read again from its first row. */
	public void forgetFile(long runId, int fileIndex) {
		for (String table : List.of("tco_cost_line", "tco_rejected_row", "tco_file_cost")) {
			jdbc.update("DELETE FROM " + table + " WHERE run_id = ? AND file_index = ?", runId, fileIndex);
		}
		jdbc.update("""
				UPDATE tco_input_file SET rows_read = 0, rows_normalized = 0, rows_rejected = 0, records_stored = 0
				WHERE run_id = ? AND file_index = ?""", runId, fileIndex);
	}

	/** The normalized cost of each file and currency, summed from the stored records themselves. */
	public Map<String, BigDecimal> storedCostByFileAndCurrency(long runId) {
		Map<String, BigDecimal> sums = new java.util.TreeMap<>();
		jdbc.query("""
				SELECT file_index, currency, SUM(cost) FROM tco_cost_line
				WHERE run_id = ? AND source_kind = 'BILL' GROUP BY file_index, currency""",
				rs -> {
					sums.put(rs.getInt(1) + "/" + rs.getString(2), rs.getBigDecimal(3));
				}, runId);
		return sums;
	}

	public List<CostSummaryRow> summary(long runId) {
		return jdbc.query("""
				SELECT workload, category, record_kind, source_kind, provider, model, token_type, currency, usage_day,
					CASE WHEN source_kind = 'USAGE' THEN sku ELSE '' END AS tier,
					CASE WHEN record_kind = 'TOKEN_USAGE' THEN sub_account ELSE '' END AS token_account,
					SUM(cost), SUM(tokens), SUM(gpu_hours), SUM(egress_gb), SUM(quantity), SUM(line_count)
				FROM tco_cost_line WHERE run_id = ? AND record_kind <> 'EXCHANGE_RATE'
				GROUP BY workload, category, record_kind, source_kind, provider, model, token_type, currency, usage_day,
					CASE WHEN source_kind = 'USAGE' THEN sku ELSE '' END,
					CASE WHEN record_kind = 'TOKEN_USAGE' THEN sub_account ELSE '' END
				ORDER BY workload, category, record_kind, source_kind, provider, model, token_type, currency, usage_day,
					tier, token_account""",
				(rs, i) -> new CostSummaryRow(rs.getString(1), CostCategory.fromId(rs.getString(2)),
						RecordKind.valueOf(rs.getString(3)), SourceKind.valueOf(rs.getString(4)), rs.getString(5),
						rs.getString(6), rs.getString(7).isEmpty() ? null : TokenType.valueOf(rs.getString(7)),
						rs.getString(8), rs.getObject(9, java.time.LocalDate.class), rs.getString(10), rs.getString(11),
						rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getBigDecimal(14), rs.getBigDecimal(15),
						rs.getBigDecimal(16), rs.getLong(17)),
				runId);
	}

	/** Where each workload's billed and used lines ran: workload, provider, region, category, lines. */
	public List<WorkloadPlacement> workloadPlacements(long runId) {
		return jdbc.query("""
				SELECT workload, provider, region, category, SUM(line_count) FROM tco_cost_line
				WHERE run_id = ? AND source_kind IN ('BILL', 'USAGE')
				GROUP BY workload, provider, region, category ORDER BY workload, provider, region, category""",
				(rs, i) -> new WorkloadPlacement(rs.getString(1), rs.getString(2), rs.getString(3),
						CostCategory.fromId(rs.getString(4)), rs.getLong(5)),
				runId);
	}

	/** The exchange rates read from rate files of the run: currency, day, units per euro. */
	public void exchangeRates(long runId, RateConsumer consumer) {
		jdbc.query("""
				SELECT sku, usage_day, quantity / line_count FROM tco_cost_line
				WHERE run_id = ? AND record_kind = 'EXCHANGE_RATE' ORDER BY sku, usage_day""",
				rs -> {
					consumer.accept(rs.getString(1), rs.getObject(2, java.time.LocalDate.class), rs.getBigDecimal(3));
				}, runId);
	}

	/** Receives one exchange rate. */
	@FunctionalInterface
	public interface RateConsumer {
		void accept(String currency, java.time.LocalDate day, BigDecimal unitsPerEuro);
	}

	public long countCostLines(long runId) {
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM tco_cost_line WHERE run_id = ?", Long.class, runId);
		return count == null ? 0 : count;
	}

	/** Streams the stored records in a stable order, for the Detail sheet; memory does not grow with the rows. */
	public void detail(long runId, Consumer<DetailRow> consumer) {
		jdbc.query("""
				SELECT f.relative_path, l.usage_day, l.provider, l.billing_account, l.sub_account, l.service, l.sku,
					l.region, l.resource_id, l.workload, l.category, l.record_kind, l.model, l.token_type, l.quantity,
					l.unit, l.gpu_hours, l.egress_gb, l.tokens, l.cost, l.currency, l.first_line, l.line_count,
					l.source_kind
				FROM tco_cost_line l JOIN tco_input_file f ON f.run_id = l.run_id AND f.file_index = l.file_index
				WHERE l.run_id = ? ORDER BY l.file_index, l.first_line, l.line_key""", rs -> {
			consumer.accept(new DetailRow(rs.getString(1), rs.getObject(2, java.time.LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
					rs.getString(14), rs.getBigDecimal(15), rs.getString(16), rs.getBigDecimal(17),
					rs.getBigDecimal(18), rs.getBigDecimal(19), rs.getBigDecimal(20), rs.getString(21), rs.getLong(22),
					rs.getLong(23), SourceKind.valueOf(rs.getString(24))));
		}, runId);
	}

	/** Streams the rejected rows in file and line order, for the rejects file. */
	public void rejections(long runId, Consumer<StoredRejection> consumer) {
		jdbc.query("""
				SELECT f.relative_path, r.line_number, r.column_name, r.reason, r.cost, r.currency, r.excerpt
				FROM tco_rejected_row r JOIN tco_input_file f ON f.run_id = r.run_id AND f.file_index = r.file_index
				WHERE r.run_id = ? ORDER BY r.file_index, r.line_number""", rs -> {
			consumer.accept(new StoredRejection(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getBigDecimal(5), rs.getString(6), rs.getString(7)));
		}, runId);
	}

	/** Rows of each file rejected for a fault (not for lying outside the month): file index, count, first reason. */
	public List<String[]> faultyRows(long runId) {
		return jdbc.query("""
				SELECT file_index, COUNT(*), MIN(reason) FROM tco_rejected_row
				WHERE run_id = ? AND reason NOT LIKE 'billed in %' GROUP BY file_index ORDER BY file_index""",
				(rs, i) -> new String[] { Integer.toString(rs.getInt(1)), Long.toString(rs.getLong(2)), rs.getString(3) },
				runId);
	}

	/** Rejected rows counted by file and column, for the data-quality summary. */
	public List<String[]> rejectionSummary(long runId) {
		return jdbc.query("""
				SELECT f.relative_path, COALESCE(r.column_name, ''), COUNT(*), MIN(r.reason)
				FROM tco_rejected_row r JOIN tco_input_file f ON f.run_id = r.run_id AND f.file_index = r.file_index
				WHERE r.run_id = ? GROUP BY f.relative_path, r.column_name ORDER BY f.relative_path, r.column_name""",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2), Long.toString(rs.getLong(3)), rs.getString(4) },
				runId);
	}

	/** Makes this run the one that stands for its month and drops the records of the runs it supersedes. */
	public void publishMonth(String month, long runId, Instant completedAt) {
		List<Long> superseded = jdbc.queryForList(
				"SELECT DISTINCT run_id FROM tco_input_file WHERE billing_month = ? AND run_id <> ?", Long.class, month,
				runId);
		superseded.forEach(this::deleteRun);
		int updated = jdbc.update("UPDATE tco_month_run SET run_id = ?, completed_at = ? WHERE billing_month = ?",
				runId, Timestamp.from(completedAt), month);
		if (updated == 0) {
			jdbc.update("INSERT INTO tco_month_run (billing_month, run_id, completed_at) VALUES (?, ?, ?)", month, runId,
					Timestamp.from(completedAt));
		}
	}

	/** The invoiced cost of every published month before {@code month}, by currency: month, currency, cost. */
	public List<String[]> publishedMonthlyCosts(String month) {
		return jdbc.query("""
				SELECT m.billing_month, l.currency, SUM(l.cost) FROM tco_month_run m
				JOIN tco_cost_line l ON l.run_id = m.run_id AND l.source_kind = 'BILL'
				WHERE m.billing_month < ? GROUP BY m.billing_month, l.currency ORDER BY m.billing_month""",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getBigDecimal(3).toPlainString() }, month);
	}

	/** The run that stands for a month, if that month was completed before (month-over-month comparison). */
	public Long publishedRun(String month) {
		List<Long> runs = jdbc.queryForList("SELECT run_id FROM tco_month_run WHERE billing_month = ?", Long.class,
				month);
		return runs.isEmpty() ? null : runs.get(0);
	}

	/** Fits a text to its column; NUL, which PostgreSQL refuses in text, becomes '?'. */
	private static String cut(String value, int max) {
		String clean = value.indexOf('\u0000') < 0 ? value : value.replace('\u0000', '?');
		return clean.length() <= max ? clean : clean.substring(0, max);
	}
}
