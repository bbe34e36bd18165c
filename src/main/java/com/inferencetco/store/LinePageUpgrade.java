package com.inferencetco.store;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.inferencetco.model.NormalizedLine;

/**
 * Converts the lines of a database written before they were packed (a row per line in
 * {@code tco_cost_line}) into pages ({@link LinePages}), so that the months stored before
 * the upgrade keep their history. Each file is converted in its own transaction, its old
 * rows deleted in it: a conversion stopped midway resumes with the files left, and the
 * old table is dropped once empty. Runs before a run starts; a database without the old
 * table costs one look at the catalogue.
 */
@Repository
public class LinePageUpgrade {

	private static final String OLD_COLUMNS = """
			line_key, file_index, record_kind, category, source_kind, provider, billing_account, sub_account, service,
			sku, region, resource_id, workload, model, token_type, usage_day, unit, currency, quantity, gpu_hours,
			egress_gb, tokens, cost, first_line, line_count""";

	private final JdbcTemplate jdbc;

	private final LinePages pages;

	private final TransactionTemplate transaction;

	public LinePageUpgrade(JdbcTemplate jdbc, LinePages pages, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.pages = pages;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Converts every line still in the old table, then drops it; the files converted. */
	public int upgrade() {
		if (!oldTableExists()) {
			return 0;
		}
		List<long[]> files = jdbc.query("SELECT DISTINCT run_id, file_index FROM tco_cost_line ORDER BY 1, 2",
				(rs, i) -> new long[] { rs.getLong(1), rs.getInt(2) });
		for (long[] file : files) {
			transaction.executeWithoutResult(status -> convert(file[0], (int) file[1]));
		}
		jdbc.execute("DROP TABLE tco_cost_line");
		return files.size();
	}

	private void convert(long runId, int fileIndex) {
		jdbc.update("DELETE FROM tco_line_page WHERE run_id = ? AND file_index = ?", runId, fileIndex);
		jdbc.update("DELETE FROM tco_line_cost WHERE run_id = ? AND file_index = ?", runId, fileIndex);
		String after = "";
		int page = 0;
		while (true) {
			List<StoredLine> lines = jdbc.query("SELECT " + OLD_COLUMNS + """
					 FROM tco_cost_line WHERE run_id = ? AND file_index = ? AND line_key > ?
					ORDER BY line_key FETCH FIRST ? ROWS ONLY""",
					(rs, i) -> new StoredLine(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
							rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
							rs.getString(15), rs.getObject(16, LocalDate.class), NormalizedLine.NO_HOUR, 1,
							rs.getString(17), rs.getString(18), rs.getBigDecimal(19), rs.getBigDecimal(20),
							rs.getBigDecimal(21), rs.getBigDecimal(22), rs.getBigDecimal(23), rs.getLong(24),
							rs.getLong(25)),
					runId, fileIndex, after, LinePages.LINES_PER_PAGE);
			if (lines.isEmpty()) {
				break;
			}
			page = pages.write(runId, fileIndex, lines, page);
			after = lines.get(lines.size() - 1).key();
		}
		jdbc.update("DELETE FROM tco_cost_line WHERE run_id = ? AND file_index = ?", runId, fileIndex);
	}

	private boolean oldTableExists() {
		return jdbc.queryForObject("""
				SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES
				WHERE LOWER(TABLE_NAME) = 'tco_cost_line' AND LOWER(TABLE_SCHEMA) = LOWER(CURRENT_SCHEMA)""",
				Integer.class) > 0;
	}

}
