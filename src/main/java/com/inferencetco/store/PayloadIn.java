package com.inferencetco.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The bytes of a stored-line payload being read ({@link StoredLineCodec}). */
final class PayloadIn {

	private static final HexFormat HEX = HexFormat.of();

	private final byte[] bytes;

	private int at;

	PayloadIn(byte[] bytes) {
		this.bytes = bytes;
	}

	int varInt() {
		return (int) varLong();
	}

	long varLong() {
		long v = 0;
		int shift = 0;
		byte b;
		do {
			b = bytes[at++];
			v |= (long) (b & 0x7F) << shift;
			shift += 7;
		}
		while (b < 0);
		return (v >>> 1) ^ -(v & 1);
	}

	String key() {
		if (varInt() == 1) {
			return text();
		}
		String key = HEX.formatHex(bytes, at, at + 32);
		at += 32;
		return key;
	}

	String text() {
		int length = varInt();
		String text = new String(bytes, at, length, StandardCharsets.UTF_8);
		at += length;
		return text;
	}

	BigDecimal decimal() {
		int scale = varInt();
		int length = varInt();
		if (length == 0) {
			return BigDecimal.valueOf(varLong(), scale);
		}
		BigDecimal value = new BigDecimal(new BigInteger(bytes, at, length), scale);
		at += length;
		return value;
	}

}
