package com.inferencetco.store;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.inferencetco.model.OtherMonthFile;

/**
 * What a run's rejected rows say: the faulty ones per file (the rejected-row limit), the
 * months of those billed outside the run's month (a month with no bill), the summary by
 * file and column (data quality), and every row for the rejects file. Faulty and
 * outside-the-month rows are told apart by {@code billed_month}, not by their wording.
 */
@Repository
public class RejectionQueries {

	private final JdbcTemplate jdbc;

	public RejectionQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A file's faulty rows: how many, and the first reason in order of the reasons. */
	public record FaultyRows(int fileIndex, long rows, String firstReason) {
	}

	/** Rejected rows of one file and column, with one of their reasons as an example. */
	public record RejectionCount(String file, String column, long rows, String exampleReason) {
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
	 * The months the rows rejected for lying outside the run's month are billed in, with
	 * how many rows each.
	 */
	public Map<String, Long> monthsBilledOutside(long runId) {
		Map<String, Long> months = new TreeMap<>();
		jdbc.query("""
				SELECT billed_month, COUNT(*) FROM tco_rejected_row
				WHERE run_id = ? AND billed_month IS NOT NULL GROUP BY billed_month""", rs -> {
			months.put(rs.getString(1), rs.getLong(2));
		}, runId);
		return months;
	}

	/**
	 * The files none of whose rows is billed in the run's month, with the months they are
	 * billed in and their amount.
	 */
	public List<OtherMonthFile> otherMonthFiles(long runId) {
		Map<String, OtherMonthFile> files = new LinkedHashMap<>();
		Map<String, Long> counted = new HashMap<>();
		Map<String, Long> read = new HashMap<>();
		jdbc.query("""
				SELECT f.relative_path, f.rows_read, r.billed_month, COUNT(*), SUM(r.cost), MIN(r.currency),
					MAX(r.currency), COUNT(r.cost)
				FROM tco_rejected_row r JOIN tco_input_file f ON f.run_id = r.run_id AND f.file_index = r.file_index
				WHERE r.run_id = ? AND r.billed_month IS NOT NULL
				GROUP BY f.relative_path, f.rows_read, r.billed_month ORDER BY f.relative_path, r.billed_month""",
				rs -> {
					String file = rs.getString(1);
					read.put(file, rs.getLong(2));
					counted.merge(file, rs.getLong(4), Long::sum);
					BigDecimal cost = rs.getLong(8) == 0 ? null : rs.getBigDecimal(5);
					String currency = rs.getString(6) != null && rs.getString(6).equals(rs.getString(7))
							? rs.getString(6) : null;
					OtherMonthFile before = files.get(file);
					Map<String, Long> months = new TreeMap<>(before == null ? Map.of() : before.rowsByMonth());
					months.put(rs.getString(3), rs.getLong(4));
					boolean sameCurrency = before == null
							|| before.currency() != null && before.currency().equals(currency);
					BigDecimal sum = before == null ? cost
							: before.cost() == null || cost == null ? null : before.cost().add(cost);
					files.put(file, new OtherMonthFile(file, months, sameCurrency ? sum : null,
							sameCurrency && sum != null ? currency : null));
				}, runId);
		return files.values().stream().filter(f -> counted.get(f.file()).equals(read.get(f.file()))).toList();
	}

	/** The rows of each file rejected for a fault (not for lying outside the month). */
	public List<FaultyRows> faultyRows(long runId) {
		return jdbc.query("""
				SELECT file_index, COUNT(*), MIN(reason) FROM tco_rejected_row
				WHERE run_id = ? AND billed_month IS NULL GROUP BY file_index ORDER BY file_index""",
				(rs, i) -> new FaultyRows(rs.getInt(1), rs.getLong(2), rs.getString(3)), runId);
	}

	/** Rejected rows counted by file and column, for the data-quality summary. */
	public List<RejectionCount> rejectionSummary(long runId) {
		return jdbc.query("""
				SELECT f.relative_path, COALESCE(r.column_name, ''), COUNT(*), MIN(r.reason)
				FROM tco_rejected_row r JOIN tco_input_file f ON f.run_id = r.run_id AND f.file_index = r.file_index
				WHERE r.run_id = ? GROUP BY f.relative_path, r.column_name ORDER BY f.relative_path, r.column_name""",
				(rs, i) -> new RejectionCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)), runId);
	}

}
