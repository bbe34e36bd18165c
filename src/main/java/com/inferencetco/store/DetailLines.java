package com.inferencetco.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.inferencetco.model.SourceKind;

/**
 * The stored records as detail: every stored line for the detail CSV, and the month per
 * workload, service and resource for the workbook's Detail sheet, aggregated by the
 * database so that the sheet's cost follows its rows, not the month's hundreds of
 * thousands of resource-days.
 */
@Repository
public class DetailLines {

	private final JdbcTemplate jdbc;

	public DetailLines(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rate of one currency on one day into the report currency, or null when there is
	 * none.
	 */
	@FunctionalInterface
	public interface DayRates {

		BigDecimal rate(String currency, LocalDate day);

	}

	/**
	 * The month per workload, service and resource, largest cost in the report currency
	 * first, each day's cost converted at its own rate. The lines are read once and
	 * summed in memory ({@link ResourceMonths}); on H2 they are streamed rather than
	 * first copied into a result ({@link EmbeddedDatabase#eachRow}).
	 */
	public void byResource(long runId, String reportCurrency, DayRates rates, Consumer<ResourceMonthRow> consumer) {
		ResourceMonths months = new ResourceMonths(reportCurrency, rates);
		EmbeddedDatabase.eachRow(jdbc,
				"SELECT " + ResourceMonths.COLUMNS
						+ " FROM tco_cost_line WHERE run_id = ? AND record_kind <> 'EXCHANGE_RATE'",
				runId, months::add);
		months.rows().forEach(consumer);
	}

	/** Stored lines of the run. */
	public long count(long runId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM tco_cost_line WHERE run_id = ?", Long.class, runId);
	}

	/**
	 * Streams every stored record for the detail CSV, in the order of their keys: the
	 * order the database keeps them in, so that a month of hundreds of thousands of lines
	 * streams without being sorted first (sorting it by file and line took most of the
	 * run's reporting time). Memory does not grow with the rows.
	 */
	public void everyLine(long runId, Consumer<DetailRow> consumer) {
		Map<Integer, String> files = new HashMap<>();
		jdbc.query("SELECT file_index, relative_path FROM tco_input_file WHERE run_id = ?", rs -> {
			files.put(rs.getInt(1), rs.getString(2));
		}, runId);
		jdbc.query("""
				SELECT file_index, usage_day, provider, billing_account, sub_account, service, sku, region,
					resource_id, workload, category, record_kind, model, token_type, quantity, unit, gpu_hours,
					egress_gb, tokens, cost, currency, first_line, line_count, source_kind
				FROM tco_cost_line WHERE run_id = ? ORDER BY run_id, line_key""", rs -> {
			consumer.accept(new DetailRow(files.get(rs.getInt(1)), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
					rs.getString(14), rs.getBigDecimal(15), rs.getString(16), rs.getBigDecimal(17),
					rs.getBigDecimal(18), rs.getBigDecimal(19), rs.getBigDecimal(20), rs.getString(21), rs.getLong(22),
					rs.getLong(23), SourceKind.valueOf(rs.getString(24))));
		}, runId);
	}

}
