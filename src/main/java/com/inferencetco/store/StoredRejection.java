package com.inferencetco.store;

import java.math.BigDecimal;

/** A rejected source row as stored, for the rejects file. */
public record StoredRejection(String relativePath, long line, String column, String reason, BigDecimal cost,
		String currency, String excerpt) {
}
