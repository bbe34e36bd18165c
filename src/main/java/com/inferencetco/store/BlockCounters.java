package com.inferencetco.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import com.inferencetco.ingest.FileTally;
import com.inferencetco.ingest.IngestBlock;

/**
 * What a block adds beside its lines: its rejected rows, and its files' counters (rows
 * read, normalized and rejected; cost read, normalized and rejected per currency),
 * written by {@link IngestBlockStore#write} with the block's lines.
 */
final class BlockCounters {

	private BlockCounters() {
	}

	static void writeRejections(JdbcTemplate jdbc, long runId, List<IngestBlock.Rejection> rejections) {
		jdbc.batchUpdate("""
				INSERT INTO tco_rejected_row (run_id, file_index, line_number, column_name, reason, cost, currency,
					excerpt, billed_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rejections, 500, (ps, r) -> {
			ps.setLong(1, runId);
			ps.setInt(2, r.fileIndex());
			ps.setLong(3, r.row().line());
			ps.setString(4, r.row().column() == null ? null : IngestBlockStore.cut(r.row().column(), 300));
			ps.setString(5, IngestBlockStore.cut(r.row().reason(), 2000));
			ps.setBigDecimal(6, r.row().invoicedCost() == null ? null : IngestBlock.stored(r.row().invoicedCost()));
			ps.setString(7, r.row().currency());
			ps.setString(8, r.row().excerpt() == null ? null : IngestBlockStore.cut(r.row().excerpt(), 1000));
			ps.setString(9, r.row().faulty() ? null : r.row().billedIn().toString());
		});
	}

	static void writeTallies(JdbcTemplate jdbc, long runId, Map<Integer, FileTally> tallies) {
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

}
