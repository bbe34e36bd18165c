package com.inferencetco.generate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The few parts of Thrift's compact protocol a Parquet footer and page header need: field
 * headers with delta ids, zigzag varints, strings, list headers and nested structs. Calls
 * chain in field order; a struct field or a {@link #begin()} opens a struct,
 * {@link #stop()} ends it.
 */
final class ThriftCompact {

	static final int I32 = 5;

	static final int I64 = 6;

	static final int BINARY = 8;

	static final int LIST = 9;

	static final int STRUCT = 12;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	/** The last field id of each open struct (compact field headers are deltas). */
	private final Deque<Integer> lastField = new ArrayDeque<>();

	private int last;

	ThriftCompact field(int id, int type) {
		int delta = id - last;
		if (delta > 0 && delta <= 15) {
			out.write(delta << 4 | type);
		}
		else {
			out.write(type);
			varint(out, zigzag(id));
		}
		last = id;
		if (type == STRUCT) {
			lastField.push(last);
			last = 0;
		}
		return this;
	}

	/**
	 * The header of a list; its elements follow (structs are each ended with
	 * {@link #stop()}).
	 */
	ThriftCompact listHeader(int size, int elementType) {
		if (size < 15) {
			out.write(size << 4 | elementType);
		}
		else {
			out.write(0xF0 | elementType);
			varint(out, size);
		}
		return this;
	}

	/**
	 * Starts a struct that is a list element (a struct field starts with its
	 * {@link #field} header).
	 */
	ThriftCompact begin() {
		lastField.push(last);
		last = 0;
		return this;
	}

	ThriftCompact i32(int value) {
		varint(out, zigzag(value));
		return this;
	}

	ThriftCompact i64(long value) {
		varint(out, zigzag(value));
		return this;
	}

	ThriftCompact string(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		varint(out, bytes.length);
		out.writeBytes(bytes);
		return this;
	}

	/**
	 * Ends the current struct: a list element, or a struct field (then the enclosing
	 * struct goes on).
	 */
	ThriftCompact stop() {
		out.write(0);
		last = lastField.isEmpty() ? 0 : lastField.pop();
		return this;
	}

	byte[] toByteArray() {
		return out.toByteArray();
	}

	private static long zigzag(long n) {
		return (n << 1) ^ (n >> 63);
	}

	static void varint(ByteArrayOutputStream out, long value) {
		long v = value;
		while ((v & ~0x7FL) != 0) {
			out.write((int) ((v & 0x7F) | 0x80));
			v >>>= 7;
		}
		out.write((int) v);
	}

}
