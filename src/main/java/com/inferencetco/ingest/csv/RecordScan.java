package com.inferencetco.ingest.csv;

/**
 * The little a cutter of CSV pieces must know of a record's syntax: whether a line break
 * ends the record or lies inside a quoted value.
 */
final class RecordScan {

	private RecordScan() {
	}

	/**
	 * Where the cutter is in a record: it needs to know only whether a line break ends
	 * the record.
	 */
	static final int FIELD_START = 0;

	static final int UNQUOTED = 1;

	static final int QUOTED = 2;

	static final int QUOTE_IN_QUOTED = 3;

	/**
	 * A quote opens a quoted value only at the start of a value, as in Commons CSV: a
	 * quote inside an unquoted value (14" screen) is an ordinary character and must not
	 * make the cutter think a line break is quoted.
	 */
	static int next(int state, char c) {
		return switch (state) {
			case QUOTED -> c == '"' ? QUOTE_IN_QUOTED : QUOTED;
			case QUOTE_IN_QUOTED -> c == '"' ? QUOTED : c == ',' || c == '\r' ? FIELD_START : UNQUOTED;
			default -> c == ',' || c == '\r' ? FIELD_START : state == FIELD_START && c == '"' ? QUOTED : UNQUOTED;
		};
	}

	static long countNewlines(char[] buffer, int from, int to) {
		long count = 0;
		for (int i = from; i < to; i++) {
			if (buffer[i] == '\n') {
				count++;
			}
		}
		return count;
	}

}
