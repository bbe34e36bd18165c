package com.inferencetco.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What reported months leave for later ones: each run's workloads and unit costs (read
 * back through the run that stands for each month), and the month's restatements. Written
 * with the reports; the month's publication ({@link RunRepository#publishMonth}) keeps
 * the standing run's and drops the rest.
 */
@Repository
public class MonthHistory {

	private final JdbcTemplate jdbc;

	public MonthHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A workload's month as reported: own cost (invoiced and estimated), fully loaded
	 * cost and volume.
	 */
	public record WorkloadMonth(String month, String workload, String currency, BigDecimal ownCost,
			BigDecimal fullyLoadedCost, BigDecimal tokens, BigDecimal gpuHours) {
	}

	/** A business metric's cost per unit in a reported month. */
	public record UnitCostMonth(String month, String metric, String workload, String currency, BigDecimal units,
			BigDecimal cost, BigDecimal costPerUnit) {
	}

	/**
	 * A published restatement of a month: what the rerun changed against the run that
	 * stood before it.
	 */
	public record RestatementRecord(String month, Instant previousCompletedAt, Instant restatedAt, String currency,
			BigDecimal previousCost, BigDecimal cost, BigDecimal previousTco, BigDecimal tco, int filesAdded,
			int filesRemoved, int filesChanged) {
	}

	/** The run that stands for a month and when it completed. */
	public record StandingRun(long runId, Instant completedAt) {
	}

	/** Replaces what a run recorded (a restarted report step writes it again). */
	public void record(long runId, List<WorkloadMonth> workloads, List<UnitCostMonth> unitCosts,
			RestatementRecord restatement) {
		forget(runId);
		jdbc.batchUpdate(
				"""
						INSERT INTO tco_month_workload (run_id, workload, currency, own_cost, fully_loaded_cost, tokens, gpu_hours)
						VALUES (?, ?, ?, ?, ?, ?, ?)""",
				workloads, 500, (ps, w) -> {
					ps.setLong(1, runId);
					ps.setString(2, w.workload());
					ps.setString(3, w.currency());
					ps.setBigDecimal(4, w.ownCost());
					ps.setBigDecimal(5, w.fullyLoadedCost());
					ps.setBigDecimal(6, w.tokens());
					ps.setBigDecimal(7, w.gpuHours());
				});
		jdbc.batchUpdate("""
				INSERT INTO tco_month_unit_cost (run_id, metric, workload, currency, units, cost, cost_per_unit)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", unitCosts, 500, (ps, u) -> {
			ps.setLong(1, runId);
			ps.setString(2, u.metric());
			ps.setString(3, u.workload());
			ps.setString(4, u.currency());
			ps.setBigDecimal(5, u.units());
			ps.setBigDecimal(6, u.cost());
			ps.setBigDecimal(7, u.costPerUnit());
		});
		if (restatement != null) {
			jdbc.update("""
					INSERT INTO tco_restatement (run_id, billing_month, previous_completed_at, currency,
						previous_cost, cost, previous_tco, tco, files_added, files_removed, files_changed)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", runId, restatement.month(),
					Timestamp.from(restatement.previousCompletedAt()), restatement.currency(),
					restatement.previousCost(), restatement.cost(), restatement.previousTco(), restatement.tco(),
					restatement.filesAdded(), restatement.filesRemoved(), restatement.filesChanged());
		}
	}

	/**
	 * Drops a run's workloads and unit costs, and its restatement unless it was
	 * published.
	 */
	void forget(long runId) {
		jdbc.update("DELETE FROM tco_month_workload WHERE run_id = ?", runId);
		jdbc.update("DELETE FROM tco_month_unit_cost WHERE run_id = ?", runId);
		jdbc.update("DELETE FROM tco_restatement WHERE run_id = ? AND NOT published", runId);
	}

	/**
	 * At the month's publication: the run's restatement joins the month's history, other
	 * runs' drafts go.
	 */
	void publish(String month, long runId, Instant completedAt) {
		jdbc.update("UPDATE tco_restatement SET published = TRUE, restated_at = ? WHERE run_id = ?",
				Timestamp.from(completedAt), runId);
		jdbc.update("DELETE FROM tco_restatement WHERE billing_month = ? AND run_id <> ? AND NOT published", month,
				runId);
	}

	/** The run that stands for a month, if it was reported before. */
	public StandingRun standingRun(String month) {
		List<StandingRun> runs = jdbc.query("SELECT run_id, completed_at FROM tco_month_run WHERE billing_month = ?",
				(rs, i) -> new StandingRun(rs.getLong(1), rs.getTimestamp(2).toInstant()), month);
		return runs.isEmpty() ? null : runs.get(0);
	}

	/** The workloads of every month reported before {@code month}, oldest month first. */
	public List<WorkloadMonth> workloadsBefore(String month) {
		return jdbc.query("""
				SELECT m.billing_month, w.workload, w.currency, w.own_cost, w.fully_loaded_cost, w.tokens, w.gpu_hours
				FROM tco_month_run m JOIN tco_month_workload w ON w.run_id = m.run_id
				WHERE m.billing_month < ? ORDER BY m.billing_month, w.workload""",
				(rs, i) -> new WorkloadMonth(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
						rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)),
				month);
	}

	/**
	 * The unit costs of every month reported before {@code month}, oldest month first.
	 */
	public List<UnitCostMonth> unitCostsBefore(String month) {
		return jdbc.query("""
				SELECT m.billing_month, u.metric, u.workload, u.currency, u.units, u.cost, u.cost_per_unit
				FROM tco_month_run m JOIN tco_month_unit_cost u ON u.run_id = m.run_id
				WHERE m.billing_month < ? ORDER BY m.billing_month, u.metric, u.workload""",
				(rs, i) -> new UnitCostMonth(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)),
				month);
	}

	/** The month's published restatements, oldest first. */
	public List<RestatementRecord> restatements(String month) {
		return jdbc.query("""
				SELECT billing_month, previous_completed_at, restated_at, currency, previous_cost, cost, previous_tco,
					tco, files_added, files_removed, files_changed
				FROM tco_restatement WHERE billing_month = ? AND published ORDER BY restated_at""",
				(rs, i) -> new RestatementRecord(rs.getString(1), rs.getTimestamp(2).toInstant(),
						rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
						rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getInt(9), rs.getInt(10), rs.getInt(11)),
				month);
	}

}
