package com.inferencetco.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.inferencetco.model.CostCategory;
import com.inferencetco.model.CostSummaryRow;
import com.inferencetco.model.WorkloadPlacement;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;

/**
 * JDBC access to what a run stored: its input files, normalized records and rejected
 * rows, read for reconciliation and reports, and the month's publication (H2 by default,
 * PostgreSQL alike: plain SQL, no vendor upsert). Ingest writes through
 * {@link IngestBlockStore}.
 */
@Repository
public class NormalizedRecordStore {

	private final JdbcTemplate jdbc;

	private final MonthHistory history;

	public NormalizedRecordStore(JdbcTemplate jdbc, MonthHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	public void deleteRun(long runId) {
		for (String table : List.of("tco_cost_line", "tco_cost_part", "tco_rejected_row", "tco_file_cost",
				"tco_input_file", "tco_skipped_input", "tco_invoice_check")) {
			jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
		}
		history.forget(runId);
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

	/**
	 * The normalized cost of each file and currency, summed from the stored records
	 * themselves.
	 */
	public Map<String, BigDecimal> storedCostByFileAndCurrency(long runId) {
		Map<String, BigDecimal> sums = new java.util.TreeMap<>();
		jdbc.query("""
				SELECT file_index, currency, SUM(cost) FROM tco_cost_line
				WHERE run_id = ? AND source_kind = 'BILL' GROUP BY file_index, currency""", rs -> {
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

	/**
	 * Where each workload's billed and used lines ran: workload, provider, region,
	 * category, lines.
	 */
	public List<WorkloadPlacement> workloadPlacements(long runId) {
		return jdbc.query("""
				SELECT workload, provider, region, category, SUM(line_count) FROM tco_cost_line
				WHERE run_id = ? AND source_kind IN ('BILL', 'USAGE')
				GROUP BY workload, provider, region, category ORDER BY workload, provider, region, category""",
				(rs, i) -> new WorkloadPlacement(rs.getString(1), rs.getString(2), rs.getString(3),
						CostCategory.fromId(rs.getString(4)), rs.getLong(5)),
				runId);
	}

	/**
	 * The exchange rates read from rate files of the run: currency, day, units per euro.
	 */
	public void exchangeRates(long runId, RateConsumer consumer) {
		jdbc.query("""
				SELECT sku, usage_day, quantity / line_count FROM tco_cost_line
				WHERE run_id = ? AND record_kind = 'EXCHANGE_RATE' ORDER BY sku, usage_day""", rs -> {
			consumer.accept(rs.getString(1), rs.getObject(2, java.time.LocalDate.class), rs.getBigDecimal(3));
		}, runId);
	}

	/** Receives one exchange rate. */
	@FunctionalInterface
	public interface RateConsumer {

		void accept(String currency, java.time.LocalDate day, BigDecimal unitsPerEuro);

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

	/**
	 * Whether any invoiced record of the month is stored (a bill line billed in the run's
	 * month).
	 */
	public boolean hasBilledLines(long runId) {
		return !jdbc
			.queryForList("SELECT 1 FROM tco_cost_line WHERE run_id = ? AND source_kind = 'BILL' "
					+ "FETCH FIRST 1 ROWS ONLY", Integer.class, runId)
			.isEmpty();
	}

	/**
	 * The months that rows rejected for lying outside the run's month are billed in, with
	 * how many rows each.
	 */
	public Map<String, Long> monthsBilledOutside(long runId) {
		Map<String, Long> months = new java.util.TreeMap<>();
		jdbc.query(
				"SELECT billed, COUNT(*) FROM (SELECT SUBSTRING(reason, " + OUTSIDE_MONTH_AT + ", 7) AS billed "
						+ "FROM tco_rejected_row WHERE run_id = ? AND reason LIKE ?) AS outside GROUP BY billed",
				rs -> {
					months.put(rs.getString(1), rs.getLong(2));
				}, runId, com.inferencetco.ingest.RowNormalizer.OUTSIDE_MONTH + "%");
		return months;
	}

	/**
	 * Where the month starts in the reason of a row rejected for its month ("billed in
	 * 2026-10, ...").
	 */
	private static final int OUTSIDE_MONTH_AT = com.inferencetco.ingest.RowNormalizer.OUTSIDE_MONTH.length() + 1;

	/**
	 * Rows of each file rejected for a fault (not for lying outside the month): file
	 * index, count, first reason.
	 */
	public List<String[]> faultyRows(long runId) {
		return jdbc.query("""
				SELECT file_index, COUNT(*), MIN(reason) FROM tco_rejected_row
				WHERE run_id = ? AND reason NOT LIKE 'billed in %' GROUP BY file_index ORDER BY file_index""", (rs,
				i) -> new String[] { Integer.toString(rs.getInt(1)), Long.toString(rs.getLong(2)), rs.getString(3) },
				runId);
	}

	/** Rejected rows counted by file and column, for the data-quality summary. */
	public List<String[]> rejectionSummary(long runId) {
		return jdbc.query("""
				SELECT f.relative_path, COALESCE(r.column_name, ''), COUNT(*), MIN(r.reason)
				FROM tco_rejected_row r JOIN tco_input_file f ON f.run_id = r.run_id AND f.file_index = r.file_index
				WHERE r.run_id = ? GROUP BY f.relative_path, r.column_name ORDER BY f.relative_path, r.column_name""", (
				rs,
				i) -> new String[] { rs.getString(1), rs.getString(2), Long.toString(rs.getLong(3)), rs.getString(4) },
				runId);
	}

	/**
	 * Makes this run the one that stands for its month and drops the records of the runs
	 * it supersedes.
	 */
	public void publishMonth(String month, long runId, Instant completedAt) {
		List<Long> superseded = jdbc.queryForList(
				"SELECT DISTINCT run_id FROM tco_input_file WHERE billing_month = ? AND run_id <> ?", Long.class, month,
				runId);
		superseded.forEach(this::deleteRun);
		int updated = jdbc.update("UPDATE tco_month_run SET run_id = ?, completed_at = ? WHERE billing_month = ?",
				runId, Timestamp.from(completedAt), month);
		if (updated == 0) {
			jdbc.update("INSERT INTO tco_month_run (billing_month, run_id, completed_at) VALUES (?, ?, ?)", month,
					runId, Timestamp.from(completedAt));
		}
		history.publish(month, runId, completedAt);
	}

	/**
	 * The invoiced cost of every published month before {@code month}, by currency:
	 * month, currency, cost.
	 */
	public List<String[]> publishedMonthlyCosts(String month) {
		return jdbc.query("""
				SELECT m.billing_month, l.currency, SUM(l.cost) FROM tco_month_run m
				JOIN tco_cost_line l ON l.run_id = m.run_id AND l.source_kind = 'BILL'
				WHERE m.billing_month < ? GROUP BY m.billing_month, l.currency ORDER BY m.billing_month""",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getBigDecimal(3).toPlainString() },
				month);
	}

	/**
	 * The run that stands for a month, if that month was completed before
	 * (month-over-month comparison).
	 */
	public Long publishedRun(String month) {
		List<Long> runs = jdbc.queryForList("SELECT run_id FROM tco_month_run WHERE billing_month = ?", Long.class,
				month);
		return runs.isEmpty() ? null : runs.get(0);
	}

}
