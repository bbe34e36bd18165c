package com.inferencetco.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.inferencetco.model.CostCategory;
import com.inferencetco.model.CostSummaryRow;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;
import com.inferencetco.model.WorkloadPlacement;

/**
 * The reads of a run's normalized records that reconciliation and the reports need, each
 * aggregated in SQL: the cost per file and currency, the month's summary, where each
 * workload ran, the exchange rates, and the invoiced cost of the months published before.
 */
@Repository
public class RecordQueries {

	private final JdbcTemplate jdbc;

	public RecordQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The normalized cost a file stored in one currency is keyed by. */
	public record FileCurrency(int fileIndex, String currency) {
	}

	/** A published month's invoiced cost in one currency. */
	public record MonthlyCost(String month, String currency, BigDecimal cost) {
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
	public Map<FileCurrency, BigDecimal> storedCostByFileAndCurrency(long runId) {
		Map<FileCurrency, BigDecimal> sums = new HashMap<>();
		jdbc.query("""
				SELECT file_index, currency, SUM(cost) FROM tco_cost_line
				WHERE run_id = ? AND source_kind = 'BILL' GROUP BY file_index, currency""", rs -> {
			sums.put(new FileCurrency(rs.getInt(1), rs.getString(2)), rs.getBigDecimal(3));
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
						rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11),
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
			consumer.accept(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3));
		}, runId);
	}

	/**
	 * The invoiced cost of every published month before {@code month}, by currency:
	 * month, currency, cost.
	 */
	public List<MonthlyCost> publishedMonthlyCosts(String month) {
		return jdbc.query("""
				SELECT m.billing_month, l.currency, SUM(l.cost) FROM tco_month_run m
				JOIN tco_cost_line l ON l.run_id = m.run_id AND l.source_kind = 'BILL'
				WHERE m.billing_month < ? GROUP BY m.billing_month, l.currency ORDER BY m.billing_month""",
				(rs, i) -> new MonthlyCost(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)), month);
	}

	/** Receives one exchange rate. */
	@FunctionalInterface
	public interface RateConsumer {

		void accept(String currency, LocalDate day, BigDecimal unitsPerEuro);

	}

}
