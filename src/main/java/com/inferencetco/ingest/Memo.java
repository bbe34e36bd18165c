package com.inferencetco.ingest;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Remembers the results of a pure function. Bills repeat the same tags, SKU details and
 * meter descriptions on thousands of lines; working each distinct value out once is much
 * of the speed of a large month. Bounded: when full it starts over, so memory does not
 * grow with the file, and keys too large to be worth keeping are not kept. Safe for the
 * threads that normalize one file together.
 */
public final class Memo<K, V> {

	/** Texts longer than this are worked out every time instead of being kept. */
	static final int LONGEST_KEPT_TEXT = 2_000;

	private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

	private final int capacity;

	private final Predicate<K> worthKeeping;

	private final Function<K, V> function;

	public Memo(int capacity, Predicate<K> worthKeeping, Function<K, V> function) {
		this.capacity = capacity;
		this.worthKeeping = worthKeeping;
		this.function = function;
	}

	/** A memo of a function of one text. */
	public static <V> Memo<String, V> ofText(int capacity, Function<String, V> function) {
		return new Memo<>(capacity, text -> text.length() <= LONGEST_KEPT_TEXT, function);
	}

	/** True when every text is short enough to keep (for keys made of several texts). */
	public static boolean shortTexts(String... texts) {
		int length = 0;
		for (String text : texts) {
			length += text == null ? 0 : text.length();
		}
		return length <= LONGEST_KEPT_TEXT;
	}

	/** The function's value for the key; the function must not return null. */
	public V get(K key) {
		V value = values.get(key);
		if (value == null) {
			value = function.apply(key);
			if (worthKeeping.test(key)) {
				if (values.size() >= capacity) {
					values.clear();
				}
				values.put(key, value);
			}
		}
		return value;
	}

}
