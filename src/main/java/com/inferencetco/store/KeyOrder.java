package com.inferencetco.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts stored lines by key, as {@code String.compareTo} orders them, without comparing
 * strings: a block's 40,000 lines sorted by their 64-character keys cost more than a
 * tenth of the ingest thread (each comparison follows two pointers to two arrays). A
 * SHA-256 key's first 11 hex digits (44 bits) and the line's index are packed into one
 * long and sorted as primitives; lines whose digits tie (a few in a million) are then
 * ordered by their whole keys. Keys of another form are sorted as strings.
 */
final class KeyOrder {

	static final Comparator<StoredLine> BY_KEY = Comparator.comparing(StoredLine::key);

	private static final int INDEX_BITS = 20;

	private static final int PREFIX_DIGITS = 11;

	private KeyOrder() {
	}

	static void sort(List<StoredLine> lines) {
		int n = lines.size();
		if (n < 2) {
			return;
		}
		if (n > 1 << INDEX_BITS) {
			lines.sort(BY_KEY);
			return;
		}
		long[] packed = new long[n];
		for (int i = 0; i < n; i++) {
			long prefix = prefix(lines.get(i).key());
			if (prefix < 0) {
				lines.sort(BY_KEY);
				return;
			}
			// the sign bit flipped: Arrays.sort orders signed longs
			packed[i] = ((prefix << INDEX_BITS) | i) ^ Long.MIN_VALUE;
		}
		Arrays.sort(packed);
		StoredLine[] sorted = new StoredLine[n];
		for (int i = 0; i < n; i++) {
			sorted[i] = lines.get((int) (packed[i] & ((1L << INDEX_BITS) - 1)));
		}
		for (int from = 0; from < n;) {
			int to = from + 1;
			while (to < n && packed[to] >>> INDEX_BITS == packed[from] >>> INDEX_BITS) {
				to++;
			}
			if (to - from > 1) {
				Arrays.sort(sorted, from, to, BY_KEY);
			}
			from = to;
		}
		for (int i = 0; i < n; i++) {
			lines.set(i, sorted[i]);
		}
	}

	/**
	 * The key's first digits as a number when they are lowercase hex (whose numeric order
	 * is their text order), else -1.
	 */
	private static long prefix(String key) {
		if (key.length() < PREFIX_DIGITS) {
			return -1;
		}
		long prefix = 0;
		for (int i = 0; i < PREFIX_DIGITS; i++) {
			char c = key.charAt(i);
			int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
			if (digit < 0) {
				return -1;
			}
			prefix = prefix << 4 | digit;
		}
		return prefix;
	}

}
