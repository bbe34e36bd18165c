package com.inferencetco;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Assumptions;

/**
 * The machine's PostgreSQL (127.0.0.1:5432, trust auth, database test): each test class
 * gets a schema of its own, so runs never see each other's job repository. Where no
 * server answers, the tests are skipped locally and fail in CI (CI=true), whose script
 * starts the server first.
 */
public final class PostgresSupport {

	public static final String BASE_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	public static final String USER = "postgres";

	private PostgresSupport() {
	}

	public static String freshSchemaUrl(String prefix) {
		String schema = prefix + "_" + Long.toString(System.nanoTime(), 36);
		try (Connection db = DriverManager.getConnection(BASE_URL, USER, "")) {
			db.createStatement().execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("PostgreSQL is required in CI but did not answer: " + ex.getMessage(),
						ex);
			}
			Assumptions.abort("PostgreSQL is not reachable on 127.0.0.1:5432: " + ex.getMessage());
		}
		return BASE_URL + "?currentSchema=" + schema;
	}

}
