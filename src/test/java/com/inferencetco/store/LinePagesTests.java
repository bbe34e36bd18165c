package com.inferencetco.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.inferencetco.model.NormalizedLine;

/**
 * The stored lines of a run are written as pages of at most 500 lines of one file and
 * come back exactly, in key order; the billed cost beside them is the sum of the bill
 * lines; exchange rates come from the pages marked as holding them. On H2 and on
 * PostgreSQL.
 */
abstract class LinePagesTests {

	JdbcTemplate jdbc;

	LinePages pages;

	abstract StoreDatabases.Store database();

	static class OnH2 extends LinePagesTests {

		@Override
		StoreDatabases.Store database() {
			return StoreDatabases.h2();
		}

	}

	static class OnPostgres extends LinePagesTests {

		@Override
		StoreDatabases.Store database() {
			return StoreDatabases.postgres();
		}

	}

	@BeforeEach
	void store() {
		jdbc = database().jdbc();
		pages = new LinePages(jdbc);
	}

	static StoredLine line(int i, int file, String kind, String source, String sku, LocalDate day, String currency,
			String quantity, String cost, long lineCount) {
		return new StoredLine("%064x".formatted(i), file, kind, "gpu-compute", source, "AWS", "7700", "7701",
				"Amazon EC2", sku, "us-east-1", "i-" + i, "chat", "", "", day, NormalizedLine.NO_HOUR, 1, "Hrs",
				currency, new BigDecimal(quantity), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				new BigDecimal(cost), i, lineCount);
	}

	@Test
	void aFileOf1203LinesIsThreePagesAndComesBackInKeyOrderWithItsBilledCost() {
		List<StoredLine> lines = new ArrayList<>();
		for (int i = 0; i < 1_203; i++) {
			// every hundredth line (0, 100, ..., 1200: 13 of them) is usage, not billed
			lines.add(i % 100 == 0 ? line(i, 4, "COST", "USAGE", "p5", LocalDate.of(2026, 10, 1), "USD", "1", "9.99", 2)
					: line(i, 4, "COST", "BILL", "p5", LocalDate.of(2026, 10, 1), "USD", "1", "1.25", 2));
		}

		assertThat(pages.write(7, 4, lines, 0)).isEqualTo(3);

		assertThat(
				jdbc.queryForList("SELECT line_rows FROM tco_line_page WHERE run_id = 7 ORDER BY page", Integer.class))
			.containsExactly(500, 500, 203);
		List<StoredLine> back = new ArrayList<>();
		pages.eachLine(7, back::add);
		assertThat(back).isEqualTo(lines);
		assertThat(pages.lines(7)).isEqualTo(1_203);
		assertThat(pages.sourceLines(7, 4)).isEqualTo(2 * 1_203);
		// 1,190 bill lines of 1.25
		assertBilled(7, 4, "USD", "1487.50", 1_190);
		assertThat(pages.hasBilledLines(7)).isTrue();

		// the next range of a merged file continues its pages and adds to its cost
		List<StoredLine> more = List.of(
				line(2_000, 4, "COST", "BILL", "p5", LocalDate.of(2026, 10, 2), "USD", "1", "0.50", 1),
				line(2_001, 4, "COST", "BILL", "p5", LocalDate.of(2026, 10, 2), "USD", "1", "0.50", 1));
		assertThat(pages.write(7, 4, more, 3)).isEqualTo(4);
		assertBilled(7, 4, "USD", "1488.50", 1_192);
		List<StoredLine> all = new ArrayList<>();
		pages.eachLine(7, 4, all::add);
		assertThat(all).hasSize(1_205).endsWith(more.get(0), more.get(1));
	}

	@Test
	void aRunOfUsageOnlyHasNoBilledLines() {
		pages.write(8, 0,
				List.of(line(1, 0, "TOKEN_USAGE", "USAGE", "gpt", LocalDate.of(2026, 10, 1), "USD", "1000", "0.02", 1)),
				0);

		assertThat(pages.hasBilledLines(8)).isFalse();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tco_line_cost WHERE run_id = 8", Integer.class)).isZero();
	}

	@Test
	void exchangeRatesComeFromTheirOwnPagesAndARateReadTwiceIsTheMean() {
		List<StoredLine> bill = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			bill.add(line(i, 1, "COST", "BILL", "p5", LocalDate.of(2026, 10, 1), "EUR", "1", "2", 1));
		}
		pages.write(9, 1, bill, 0);
		pages.write(9, 2, List.of(
				line(1, 2, "EXCHANGE_RATE", "REFERENCE", "USD", LocalDate.of(2026, 10, 2), "", "1.0837", "0", 1),
				// the same day in two rows of the file: 1.0825 and 1.0825
				line(2, 2, "EXCHANGE_RATE", "REFERENCE", "USD", LocalDate.of(2026, 10, 1), "", "2.1650", "0", 2),
				line(3, 2, "EXCHANGE_RATE", "REFERENCE", "JPY", LocalDate.of(2026, 10, 1), "", "162.51", "0", 1)), 0);

		assertThat(jdbc.queryForList("SELECT file_index FROM tco_line_page WHERE run_id = 9 AND exchange_rates",
				Integer.class))
			.containsExactly(2);
		List<String> rates = new ArrayList<>();
		new RecordQueries(jdbc, pages).exchangeRates(9,
				(currency, day, perEuro) -> rates.add(currency + " " + day + " " + perEuro.stripTrailingZeros()));
		assertThat(rates).containsExactly("JPY 2026-10-01 162.51", "USD 2026-10-01 1.0825", "USD 2026-10-02 1.0837");
		// 600 x 2 EUR
		assertBilled(9, 1, "EUR", "1200", 600);
	}

	void assertBilled(long run, int file, String currency, String cost, long lines) {
		assertThat(jdbc.queryForObject(
				"SELECT bill_cost FROM tco_line_cost WHERE run_id = ? AND file_index = ? AND currency = ?",
				BigDecimal.class, run, file, currency))
			.isEqualByComparingTo(cost);
		assertThat(jdbc.queryForObject(
				"SELECT bill_lines FROM tco_line_cost WHERE run_id = ? AND file_index = ? AND currency = ?", Long.class,
				run, file, currency))
			.isEqualTo(lines);
	}

}
