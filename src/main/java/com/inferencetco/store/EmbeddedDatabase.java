package com.inferencetco.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Whether the store is the embedded H2 database: one run at a time opens it (the data
 * folder's lock).
 */
final class EmbeddedDatabase {

	private EmbeddedDatabase() {
	}

	/**
	 * Hands every row of a query of one run's lines to {@code handler} as it is read. On
	 * H2 the query runs lazily: otherwise H2 copies a result of hundreds of thousands of
	 * rows first (to disk beyond 40,000). The setting and the query share one connection,
	 * the setting being the session's.
	 */
	static void eachRow(JdbcTemplate jdbc, String sql, long runId, RowCallbackHandler handler) {
		boolean h2 = isH2(jdbc);
		jdbc.execute((Connection connection) -> {
			if (h2) {
				lazy(connection, true);
			}
			try (PreparedStatement query = connection.prepareStatement(sql)) {
				query.setFetchSize(1000);
				query.setLong(1, runId);
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
