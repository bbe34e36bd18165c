package com.inferencetco.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Rebuilds the records' indexes from the rows themselves. H2 killed mid-write (or stopped
 * by a full disk) has been seen to reopen with an index entry pointing at a row that was
 * never written (error 90143, "Row not found in primary index"); the rows are the truth,
 * and the primary key and every other index of the records and their parts are rebuilt
 * from them. Serialized: partitions resume on several threads.
 */
@Repository
public class RecordKeyRepair {

	private final JdbcTemplate jdbc;

	public RecordKeyRepair(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public synchronized void rebuild() {
		// the same definitions as schema.sql
		for (String table : new String[] { "tco_line_page", "tco_line_cost" }) {
			jdbc.execute("ALTER TABLE " + table + " DROP PRIMARY KEY");
		}
		jdbc.execute("ALTER TABLE tco_line_page ADD PRIMARY KEY (run_id, file_index, page)");
		jdbc.execute("ALTER TABLE tco_line_cost ADD PRIMARY KEY (run_id, file_index, currency)");
		jdbc.execute("DROP INDEX IF EXISTS tco_cost_block_bucket");
		jdbc.execute("CREATE INDEX tco_cost_block_bucket ON tco_cost_block (run_id, file_index, bucket)");
	}

	/**
	 * Whether the records are in the embedded H2 database (the only one seen to reopen
	 * with dangling entries).
	 */
	public boolean isEmbedded() {
		return EmbeddedDatabase.isH2(jdbc);
	}

	/**
	 * Whether a failure is H2's report of a key entry pointing at a row that does not
	 * exist (error 90143).
	 */
	public static boolean isDanglingKey(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().contains("[90143-")) {
				return true;
			}
		}
		return false;
	}

}
