package com.inferencetco.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A file of the input none of whose rows is billed in the month being reported (a
 * September export in October's folder): every row is rejected as outside the month, so
 * it adds nothing, and the reports name it with the months it is billed in and its amount
 * rather than leave it to the rejects file.
 *
 * @param rowsByMonth the months its rows are billed in, with how many rows each
 * @param cost the invoiced amount of its rows, or null when they carry none or mix
 * currencies
 * @param currency the currency of that amount, or null
 */
public record OtherMonthFile(String file, Map<String, Long> rowsByMonth, BigDecimal cost, String currency) {

	/** In words, for page 1 and stderr. */
	public String words(BillingMonth month) {
		long rows = rowsByMonth.values().stream().mapToLong(Long::longValue).sum();
		String months = rowsByMonth.entrySet()
			.stream()
			.map(e -> e.getKey() + String.format(Locale.ROOT, " (%,d rows)", e.getValue()))
			.collect(Collectors.joining(", "));
		return file + String.format(Locale.ROOT, ": none of its %,d rows is billed in ", rows) + month
				+ ", so it is not counted: they are billed in " + months
				+ (cost == null ? ""
						: ", " + cost.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + " " + currency)
				+ "; move it to that month's folder or run with --month " + rowsByMonth.keySet().iterator().next();
	}

}
