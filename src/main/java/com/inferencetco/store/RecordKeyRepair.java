package com.inferencetco.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Rebuilds the records' primary key from the rows themselves. H2 killed mid-write has been seen to reopen with a
 * key entry pointing at a row that was never written (error 90143, "Row not found in primary index"); the rows are
 * the truth, and the key is rebuilt from them. Serialized: partitions resume on several threads.
 */
@Repository
public class RecordKeyRepair {

	private final JdbcTemplate jdbc;

	public RecordKeyRepair(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public synchronized void rebuild() {
		jdbc.execute("ALTER TABLE tco_cost_line DROP PRIMARY KEY");
		jdbc.execute("ALTER TABLE tco_cost_line ADD PRIMARY KEY (run_id, line_key)");
	}

	/** Whether a failure is H2's report of a key entry pointing at a row that does not exist (error 90143). */
	public static boolean isDanglingKey(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().contains("[90143-")) {
				return true;
			}
		}
		return false;
	}
}
