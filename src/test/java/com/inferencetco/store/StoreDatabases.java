package com.inferencetco.store;

import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import com.inferencetco.PostgresSupport;

/**
 * Real databases with the application's schema for the store's tests: a fresh in-memory
 * H2 database, or a fresh schema of the machine's PostgreSQL (skipped where none answers,
 * as {@link PostgresSupport} does).
 */
final class StoreDatabases {

	private StoreDatabases() {
	}

	/** A database and its transactions. */
	record Store(JdbcTemplate jdbc, DataSourceTransactionManager transactions) {
	}

	/**
	 * A fresh H2 database: the statements {@code before} (an older version's table, say),
	 * then the schema.
	 */
	static Store h2(String... before) {
		return withSchema(new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""), before);
	}

	/** A fresh PostgreSQL schema: the statements {@code before}, then the schema. */
	static Store postgres(String... before) {
		return withSchema(new SimpleDriverDataSource(new org.postgresql.Driver(),
				PostgresSupport.freshSchemaUrl("tco_store"), PostgresSupport.USER, ""), before);
	}

	private static Store withSchema(SimpleDriverDataSource dataSource, String... before) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		for (String sql : before) {
			jdbc.execute(sql);
		}
		new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(dataSource);
		return new Store(jdbc, new DataSourceTransactionManager(dataSource));
	}

}
