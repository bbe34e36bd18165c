package com.inferencetco.ingest.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.inferencetco.ingest.AzureGermanHeaders;

/**
 * A CSV file's header as a lookup of column positions, shared by the records of the file:
 * exact names first; Azure's casing varies between layouts, so a lower-case lookup backs
 * them up; a German Azure column answers to its English name too. It keeps the file's
 * name for the messages its records give.
 */
final class CsvColumns {

	private final Map<String, Integer> byName;

	private final ConcurrentHashMap<String, Integer> resolved = new ConcurrentHashMap<>();

	private final String fileName;

	private CsvColumns(Map<String, Integer> byName, String fileName) {
		this.byName = byName;
		this.fileName = fileName;
	}

	static CsvColumns of(List<String> names, String fileName) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			index.putIfAbsent(names.get(i).toLowerCase(Locale.ROOT), i);
		}
		for (int i = 0; i < names.size(); i++) {
			String english = AzureGermanHeaders.english(names.get(i));
			if (english != null) {
				index.putIfAbsent(english, i);
				index.putIfAbsent(english.toLowerCase(Locale.ROOT), i);
			}
		}
		for (int i = 0; i < names.size(); i++) {
			index.put(names.get(i), i);
		}
		return new CsvColumns(Map.copyOf(index), fileName);
	}

	/** The file whose header this is, as messages name it. */
	String fileName() {
		return fileName;
	}

	/** The position of a column, or -1 when the header has none of that name. */
	int indexOf(String column) {
		Integer index = resolved.get(column);
		if (index == null) {
			index = byName.get(column);
			if (index == null) {
				index = byName.getOrDefault(column.toLowerCase(Locale.ROOT), -1);
			}
			resolved.put(column, index);
		}
		return index;
	}

}
