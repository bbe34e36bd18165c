package com.inferencetco.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A run and its input files: the files a run reads (registered at discovery, each with
 * its counts after ingest), whether the month has any bill, and the month's publication,
 * which makes a completed run the one that stands for its month and drops the runs it
 * supersedes (H2 by default, PostgreSQL alike: plain SQL, no vendor upsert). Ingest
 * writes through {@link IngestBlockStore}; reconciliation and reports read through
 * {@link RecordQueries} and {@link RejectionQueries}.
 */
@Repository
public class RunRepository {

	private final JdbcTemplate jdbc;

	private final MonthHistory history;

	private final LinePages pages;

	public RunRepository(JdbcTemplate jdbc, MonthHistory history, LinePages pages) {
		this.jdbc = jdbc;
		this.history = history;
		this.pages = pages;
	}

	public void deleteRun(long runId) {
		for (String table : List.of("tco_line_page", "tco_line_cost", "tco_cost_block", "tco_rejected_row",
				"tco_file_cost", "tco_input_file", "tco_skipped_input", "tco_invoice_check")) {
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

	/**
	 * Whether any invoiced record of the month is stored (a bill line billed in the run's
	 * month).
	 */
	public boolean hasBilledLines(long runId) {
		return pages.hasBilledLines(runId);
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
	 * The run that stands for a month, if that month was completed before
	 * (month-over-month comparison).
	 */
	public Long publishedRun(String month) {
		List<Long> runs = jdbc.queryForList("SELECT run_id FROM tco_month_run WHERE billing_month = ?", Long.class,
				month);
		return runs.isEmpty() ? null : runs.get(0);
	}

}
