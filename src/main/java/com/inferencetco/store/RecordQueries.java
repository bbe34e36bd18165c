package com.inferencetco.store;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reads of a run's normalized records that reconciliation and the reports need: the
 * cost per file and currency, the month's summary and where each workload ran (summed
 * from one read of the lines, {@link LineTotals}), the exchange rates, and the invoiced
 * cost of the months published before.
 */
@Repository
public class RecordQueries {

	private final JdbcTemplate jdbc;

	private final LinePages pages;

	public RecordQueries(JdbcTemplate jdbc, LinePages pages) {
		this.jdbc = jdbc;
		this.pages = pages;
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
	 * The stored cost per file and currency, the month's summary and where each workload
	 * ran, from one read of the run's lines.
	 */
	public LineTotals totals(long runId) {
		LineTotals.Builder totals = new LineTotals.Builder();
		pages.eachLine(runId, totals::add);
		return totals.build();
	}

	/**
	 * The exchange rates read from rate files of the run: currency, day, units per euro
	 * (a rate read twice for one day, as one stored line of two, is their mean).
	 */
	public void exchangeRates(long runId, RateConsumer consumer) {
		List<StoredLine> rates = new ArrayList<>();
		pages.eachExchangeRate(runId, rates::add);
		rates.sort(Comparator.comparing(StoredLine::sku).thenComparing(StoredLine::usageDay));
		for (StoredLine rate : rates) {
			consumer.accept(rate.sku(), rate.usageDay(), rate.lineCount() == 1 ? rate.quantity()
					: rate.quantity().divide(BigDecimal.valueOf(rate.lineCount()), MathContext.DECIMAL128));
		}
	}

	/**
	 * The invoiced cost of every published month before {@code month}, by currency:
	 * month, currency, cost.
	 */
	public List<MonthlyCost> publishedMonthlyCosts(String month) {
		return jdbc.query("""
				SELECT m.billing_month, c.currency, SUM(c.bill_cost) FROM tco_month_run m
				JOIN tco_line_cost c ON c.run_id = m.run_id
				WHERE m.billing_month < ? GROUP BY m.billing_month, c.currency ORDER BY m.billing_month""",
				(rs, i) -> new MonthlyCost(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)), month);
	}

	/** Receives one exchange rate. */
	@FunctionalInterface
	public interface RateConsumer {

		void accept(String currency, LocalDate day, BigDecimal unitsPerEuro);

	}

}
