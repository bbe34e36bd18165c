package com.inferencetco.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database written before the lines were packed (a row per line in
 * {@code tco_cost_line}) keeps every line and every month's billed cost: its rows become
 * pages, file by file, and the old table is dropped. On H2 and on PostgreSQL.
 */
abstract class LinePageUpgradeTests {

	/** The table as the previous version created it. */
	static final String OLD_TABLE = """
			CREATE TABLE tco_cost_line (
				run_id BIGINT NOT NULL, line_key VARCHAR(64) NOT NULL, file_index INT NOT NULL,
				record_kind VARCHAR(20) NOT NULL, category VARCHAR(30) NOT NULL, source_kind VARCHAR(10) NOT NULL,
				provider VARCHAR(200) NOT NULL, billing_account VARCHAR(200) NOT NULL, sub_account VARCHAR(200) NOT NULL,
				service VARCHAR(300) NOT NULL, sku VARCHAR(500) NOT NULL, region VARCHAR(100) NOT NULL,
				resource_id VARCHAR(2000) NOT NULL, workload VARCHAR(300) NOT NULL, model VARCHAR(300) NOT NULL,
				token_type VARCHAR(20) NOT NULL, usage_day DATE NOT NULL, unit VARCHAR(100) NOT NULL,
				currency VARCHAR(3) NOT NULL, quantity DECIMAL(38, 18) NOT NULL, gpu_hours DECIMAL(38, 18) NOT NULL,
				egress_gb DECIMAL(38, 18) NOT NULL, tokens DECIMAL(38, 6) NOT NULL, cost DECIMAL(38, 18) NOT NULL,
				first_line BIGINT NOT NULL, line_count BIGINT NOT NULL, PRIMARY KEY (run_id, line_key))""";

	static final String OLD_INDEX = "CREATE INDEX tco_cost_line_kind ON tco_cost_line (run_id, record_kind)";

	abstract StoreDatabases.Store database();

	static class OnH2 extends LinePageUpgradeTests {

		@Override
		StoreDatabases.Store database() {
			return StoreDatabases.h2(OLD_TABLE, OLD_INDEX);
		}

	}

	static class OnPostgres extends LinePageUpgradeTests {

		@Override
		StoreDatabases.Store database() {
			return StoreDatabases.postgres(OLD_TABLE, OLD_INDEX);
		}

	}

	@Test
	void everyOldLineBecomesAPagedLineAndEachMonthKeepsItsBilledCost() {
		StoreDatabases.Store store = database();
		JdbcTemplate jdbc = store.jdbc();
		LinePages pages = new LinePages(jdbc);
		// run 1 (August): 1,100 bill lines of 0.10 USD, three source lines each, inserted
		// in descending key order; one usage line in file 1
		for (int i = 1_099; i >= 0; i--) {
			insertOld(jdbc, 1, i, 0, "COST", "BILL", "USD", "p5", "24", "0.10", 3);
		}
		insertOld(jdbc, 1, 5_000, 1, "TOKEN_USAGE", "USAGE", "USD", "gpt", "1000", "0.02", 1);
		// run 2 (September): a bill line of 5.00 EUR and the day's dollar rate
		insertOld(jdbc, 2, 1, 0, "COST", "BILL", "EUR", "p5", "1", "5.00", 1);
		insertOld(jdbc, 2, 2, 1, "EXCHANGE_RATE", "REFERENCE", "", "USD", "1.0837", "0", 1);
		jdbc.update("INSERT INTO tco_month_run (billing_month, run_id, completed_at) VALUES"
				+ " ('2026-08', 1, CURRENT_TIMESTAMP), ('2026-09', 2, CURRENT_TIMESTAMP)");

		assertThat(new LinePageUpgrade(jdbc, pages, store.transactions()).upgrade()).isEqualTo(4);

		List<StoredLine> august = new ArrayList<>();
		pages.eachLine(1, august::add);
		assertThat(august).hasSize(1_101);
		for (int i = 0; i < 1_100; i++) {
			// file 0 in ascending key order, then file 1
			assertThat(august.get(i).key()).isEqualTo("%064x".formatted(i));
			assertThat(august.get(i).cost()).isEqualByComparingTo("0.10");
			assertThat(august.get(i).quantity()).isEqualByComparingTo("24");
			assertThat(august.get(i).lineCount()).isEqualTo(3);
			assertThat(august.get(i).resourceId()).isEqualTo("i-" + i);
		}
		assertThat(august.get(1_100).recordKind()).isEqualTo("TOKEN_USAGE");
		assertThat(jdbc.queryForList("SELECT line_rows FROM tco_line_page WHERE run_id = 1 ORDER BY file_index, page",
				Integer.class))
			.containsExactly(500, 500, 100, 1);
		// 1,100 x 0.10 USD in August; 5.00 EUR in September
		assertThat(new RecordQueries(jdbc, pages).publishedMonthlyCosts("2026-10"))
			.extracting(c -> c.month() + " " + c.currency() + " " + c.cost().setScale(2, RoundingMode.UNNECESSARY))
			.containsExactly("2026-08 USD 110.00", "2026-09 EUR 5.00");
		List<BigDecimal> rates = new ArrayList<>();
		new RecordQueries(jdbc, pages).exchangeRates(2, (currency, day, perEuro) -> rates.add(perEuro));
		assertThat(rates).singleElement().satisfies(rate -> assertThat(rate).isEqualByComparingTo("1.0837"));
		assertThat(oldTables(jdbc)).isZero();
		assertThat(new LinePageUpgrade(jdbc, pages, store.transactions()).upgrade()).isZero();
	}

	@Test
	void aConversionStoppedAfterSomeFilesGoesOnWithTheOthers() {
		StoreDatabases.Store store = database();
		JdbcTemplate jdbc = store.jdbc();
		LinePages pages = new LinePages(jdbc);
		// file 0 was converted (its rows deleted) before the process stopped; file 1 was
		// not
		pages.write(3, 0, List
			.of(LinePagesTests.line(1, 0, "COST", "BILL", "p5", LocalDate.of(2026, 9, 1), "USD", "1", "7.00", 1)), 0);
		insertOld(jdbc, 3, 2, 1, "COST", "BILL", "USD", "p5", "1", "3.00", 1);

		assertThat(new LinePageUpgrade(jdbc, pages, store.transactions()).upgrade()).isEqualTo(1);

		assertThat(pages.lines(3)).isEqualTo(2);
		// 7.00 + 3.00, each file once
		assertThat(jdbc.queryForObject("SELECT SUM(bill_cost) FROM tco_line_cost WHERE run_id = 3", BigDecimal.class))
			.isEqualByComparingTo("10.00");
		assertThat(oldTables(jdbc)).isZero();
	}

	static void insertOld(JdbcTemplate jdbc, long run, int i, int file, String kind, String source, String currency,
			String sku, String quantity, String cost, long lineCount) {
		jdbc.update("""
				INSERT INTO tco_cost_line VALUES (?, ?, ?, ?, 'gpu-compute', ?, 'AWS', '7700', '7701', 'Amazon EC2', ?,
					'us-east-1', ?, 'chat', '', '', DATE '2026-09-01', 'Hrs', ?, ?, 0, 0, 0, ?, ?, ?)""", run,
				"%064x".formatted(i), file, kind, source, sku, "i-" + i, currency, new BigDecimal(quantity),
				new BigDecimal(cost), i, lineCount);
	}

	static int oldTables(JdbcTemplate jdbc) {
		return jdbc.queryForObject("""
				SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES
				WHERE LOWER(TABLE_NAME) = 'tco_cost_line' AND LOWER(TABLE_SCHEMA) = LOWER(CURRENT_SCHEMA)""",
				Integer.class);
	}

}
