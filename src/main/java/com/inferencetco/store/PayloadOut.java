package com.inferencetco.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The bytes of a stored-line payload being written ({@link StoredLineCodec}): a growing
 * array written without the locks and copies of the stream classes.
 */
final class PayloadOut {

	private static final HexFormat HEX = HexFormat.of();

	private byte[] bytes;

	private int size;

	PayloadOut(int capacity) {
		bytes = new byte[capacity];
	}

	private void room(int more) {
		if (size + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
		}
	}

	void varInt(int value) {
		varLong(value);
	}

	/**
	 * Seven bits a byte, the high bit saying more follow (zigzag: small negatives are
	 * short too).
	 */
	void varLong(long value) {
		room(10);
		long v = (value << 1) ^ (value >> 63);
		while ((v & ~0x7FL) != 0) {
			bytes[size++] = (byte) ((v & 0x7F) | 0x80);
			v >>>= 7;
		}
		bytes[size++] = (byte) v;
	}

	/**
	 * A SHA-256 key (64 lowercase hex digits) as its 32 bytes after a 0, any other as a
	 * text after 1.
	 */
	void key(String key) {
		if (isHexKey(key)) {
			varInt(0);
			room(32);
			System.arraycopy(HEX.parseHex(key), 0, bytes, size, 32);
			size += 32;
		}
		else {
			varInt(1);
			text(key);
		}
	}

	private static boolean isHexKey(String key) {
		if (key.length() != 64) {
			return false;
		}
		for (int i = 0; i < 64; i++) {
			char c = key.charAt(i);
			if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
				return false;
			}
		}
		return true;
	}

	void text(String text) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		varInt(utf8.length);
		room(utf8.length);
		System.arraycopy(utf8, 0, bytes, size, utf8.length);
		size += utf8.length;
	}

	/**
	 * Scale, then 0 and the unscaled value as a variable-length long when it fits one, or
	 * the length of its bytes and the bytes.
	 */
	void decimal(BigDecimal value) {
		varInt(value.scale());
		BigInteger unscaled = value.unscaledValue();
		if (unscaled.bitLength() < 64) {
			varInt(0);
			varLong(unscaled.longValue());
		}
		else {
			byte[] b = unscaled.toByteArray();
			varInt(b.length);
			room(b.length);
			System.arraycopy(b, 0, bytes, size, b.length);
			size += b.length;
		}
	}

	byte[] toByteArray() {
		return Arrays.copyOf(bytes, size);
	}

}
