package com.inferencetco.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.inferencetco.model.SkippedInput;

/**
 * The files a run found but did not read, kept with the run so that its reports can list
 * them after a restart.
 */
@Repository
public class SkippedInputs {

	private final JdbcTemplate jdbc;

	public SkippedInputs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void replace(long runId, List<SkippedInput> skipped) {
		jdbc.update("DELETE FROM tco_skipped_input WHERE run_id = ?", runId);
		for (int i = 0; i < skipped.size(); i++) {
			SkippedInput s = skipped.get(i);
			jdbc.update("INSERT INTO tco_skipped_input (run_id, seq, relative_path, reason) VALUES (?, ?, ?, ?)", runId,
					i, cut(s.file()), cut(s.reason()));
		}
	}

	public List<SkippedInput> of(long runId) {
		return jdbc.query("SELECT relative_path, reason FROM tco_skipped_input WHERE run_id = ? ORDER BY seq",
				(rs, i) -> new SkippedInput(rs.getString(1), rs.getString(2)), runId);
	}

	private static String cut(String text) {
		String clean = text.replace('\u0000', '?');
		return clean.length() <= 8000 ? clean : clean.substring(0, 7999) + "…";
	}

}
