package com.inferencetco.ingest;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of text. Bills repeat the same tags, SKU details and descriptions on
 * thousands of lines; parsing each distinct value once is most of the speed of a large month. Bounded: when full
 * it starts over, so memory does not grow with the file, and long values are never kept.
 */
public final class TextMemo<V> {

	private static final int LONGEST_KEPT = 2_000;

	private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();

	private final int capacity;

	private final Function<String, V> function;

	public TextMemo(int capacity, Function<String, V> function) {
		this.capacity = capacity;
		this.function = function;
	}

	/** The function's value for the text; the function must not return null. */
	public V get(String text) {
		V value = values.get(text);
		if (value == null) {
			value = function.apply(text);
			if (text.length() <= LONGEST_KEPT) {
				if (values.size() >= capacity) {
					values.clear();
				}
				values.put(text, value);
			}
		}
		return value;
	}
}
