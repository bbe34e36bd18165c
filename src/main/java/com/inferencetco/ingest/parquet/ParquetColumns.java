package com.inferencetco.ingest.parquet;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns of a Parquet file, found as the CSV reader finds them: by exact name first,
 * then ignoring case (Azure spells {@code costInBillingCurrency} in one layout and
 * {@code CostInBillingCurrency} in another); and which of them are decoded.
 *
 * @param names every top-level column of the file, in its order
 * @param byLowerCase the file's name of each column, by its lower-case name (the first of
 * names that differ only in case)
 * @param decoded the columns decoded, or null for all
 */
record ParquetColumns(List<String> names, Map<String, String> byLowerCase, Set<String> decoded) {

	/**
	 * The columns of a file of which those named in {@code read} are decoded (null: all).
	 */
	static ParquetColumns of(List<String> names, Set<String> read) {
		Map<String, String> byLowerCase = new HashMap<>();
		names.forEach(name -> byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
		Set<String> decoded = null;
		if (read != null) {
			Set<String> wanted = read.stream()
				.map(column -> column.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
			decoded = names.stream()
				.filter(name -> wanted.contains(name.toLowerCase(Locale.ROOT)))
				.collect(Collectors.toUnmodifiableSet());
		}
		return new ParquetColumns(List.copyOf(names), Map.copyOf(byLowerCase), decoded);
	}

	/** The file's name of a column asked for, or null when the file has none such. */
	String find(String column) {
		return names.contains(column) ? column : byLowerCase.get(column.toLowerCase(Locale.ROOT));
	}

	boolean isDecoded(String name) {
		return decoded == null || decoded.contains(name);
	}

}
