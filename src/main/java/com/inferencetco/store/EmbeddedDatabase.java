package com.inferencetco.store;

import java.sql.Connection;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether the store is the embedded H2 database: one run at a time opens it (the data
 * folder's lock).
 */
final class EmbeddedDatabase {

	private EmbeddedDatabase() {
	}

	static boolean isH2(JdbcTemplate jdbc) {
		return Boolean.TRUE
			.equals(jdbc.execute((Connection connection) -> connection.getMetaData().getURL().startsWith("jdbc:h2:")));
	}

}
