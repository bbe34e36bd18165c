package com.inferencetco.cost;

import java.math.BigDecimal;

/**
 * One cost-model parameter as used by a run: its key (also the workbook's named cell), value, unit, what it
 * means, the source of its default with the date, and where the value came from (default or the user's file).
 */
public record Assumption(String key, String cellName, BigDecimal value, String unit, String meaning, String source,
		String origin) {
}
