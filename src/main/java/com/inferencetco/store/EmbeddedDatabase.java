package com.inferencetco.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What differs between the embedded H2 database (one run at a time opens it: the data
 * folder's lock) and a shared one: whether the store is H2, and how a query's rows are
 * streamed on each.
 */
final class EmbeddedDatabase {

	private EmbeddedDatabase() {
	}

	/**
	 * Hands every row of a query of a run's pages (its parameters: {@code keys}) to
	 * {@code handler} as it is read, a row at a time (a page is up to 250 KB). On H2 the
	 * query runs lazily: otherwise H2 copies the whole result first. PostgreSQL streams a
	 * result only inside a transaction (else its driver reads every row before the first
	 * is handed on): one is opened if the caller has none. The settings and the query
	 * share one connection.
	 */
	static void eachRow(JdbcTemplate jdbc, String sql, RowCallbackHandler handler, long... keys) {
		boolean h2 = isH2(jdbc);
		jdbc.execute((Connection connection) -> {
			boolean autoCommit = connection.getAutoCommit();
			if (h2) {
				lazy(connection, true);
			}
			else if (autoCommit) {
				connection.setAutoCommit(false);
			}
			try (PreparedStatement query = connection.prepareStatement(sql)) {
				query.setFetchSize(1);
				for (int i = 0; i < keys.length; i++) {
					query.setLong(i + 1, keys[i]);
				}
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						handler.processRow(rs);
					}
				}
			}
			finally {
				if (h2) {
					lazy(connection, false);
				}
				else if (autoCommit) {
					connection.setAutoCommit(true);
				}
			}
			return null;
		});
	}

	private static void lazy(Connection connection, boolean on) throws SQLException {
		try (Statement setting = connection.createStatement()) {
			setting.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
		}
	}

	static boolean isH2(JdbcTemplate jdbc) {
		return Boolean.TRUE
			.equals(jdbc.execute((Connection connection) -> connection.getMetaData().getURL().startsWith("jdbc:h2:")));
	}

}
