package com.inferencetco.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;

/**
 * The stored records as detail: every stored line for the detail CSV, and the month per
 * workload, service and resource for the workbook's Detail sheet, so that the sheet's
 * size follows its rows, not the month's hundreds of thousands of resource-days.
 */
@Repository
public class DetailLines {

	private final JdbcTemplate jdbc;

	private final LinePages pages;

	public DetailLines(JdbcTemplate jdbc, LinePages pages) {
		this.jdbc = jdbc;
		this.pages = pages;
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
	 * summed in memory ({@link ResourceMonths}).
	 */
	public void byResource(long runId, String reportCurrency, DayRates rates, Consumer<ResourceMonthRow> consumer) {
		ResourceMonths months = new ResourceMonths(reportCurrency, rates);
		pages.eachLine(runId, line -> {
			if (!line.recordKind().equals(RecordKind.EXCHANGE_RATE.name())) {
				months.add(line);
			}
		});
		months.rows().forEach(consumer);
	}

	/** Stored lines of the run. */
	public long count(long runId) {
		return pages.lines(runId);
	}

	/**
	 * Streams every stored record for the detail CSV, file by file in the order of their
	 * keys: the order they are stored in, so that a month of hundreds of thousands of
	 * lines streams without being sorted first (sorting it by file and line took most of
	 * the run's reporting time). Memory does not grow with the rows.
	 */
	public void everyLine(long runId, Consumer<DetailRow> consumer) {
		Map<Integer, String> files = new HashMap<>();
		jdbc.query("SELECT file_index, relative_path FROM tco_input_file WHERE run_id = ?", rs -> {
			files.put(rs.getInt(1), rs.getString(2));
		}, runId);
		pages.eachLine(runId, line -> consumer.accept(new DetailRow(files.get(line.fileIndex()), line.usageDay(),
				line.provider(), line.billingAccount(), line.subAccount(), line.service(), line.sku(), line.region(),
				line.resourceId(), line.workload(), line.category(), line.recordKind(), line.model(), line.tokenType(),
				line.quantity(), line.unit(), line.gpuHours(), line.egressGb(), line.tokens(), line.cost(),
				line.currency(), line.firstLine(), line.lineCount(), SourceKind.valueOf(line.sourceKind()))));
	}

}
