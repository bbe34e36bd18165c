package com.inferencetco.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Unit conversions, in one place: data sizes to decimal GB, token blocks to single
 * tokens.
 */
public final class Units {

	private static final BigDecimal GIB_IN_GB = new BigDecimal("1.073741824");

	private static final BigDecimal TIB_IN_GB = new BigDecimal("1099.511627776");

	private Units() {
	}

	/**
	 * Decimal gigabytes (10^9 bytes) from a quantity in the given unit. Unknown units are
	 * taken as GB, the unit every bill in the reference set uses for transfer.
	 */
	public static BigDecimal toGigabytes(BigDecimal quantity, String unit) {
		String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
		if (u.startsWith("gib") || u.equals("gibibyte") || u.equals("gibibytes")) {
			return quantity.multiply(GIB_IN_GB);
		}
		if (u.startsWith("tib")) {
			return quantity.multiply(TIB_IN_GB);
		}
		if (u.startsWith("tb") || u.equals("terabyte") || u.equals("terabytes")) {
			return quantity.multiply(BigDecimal.valueOf(1000));
		}
		if (u.startsWith("mb")) {
			return quantity.movePointLeft(3);
		}
		if (u.equals("bytes") || u.equals("byte") || u.equals("b")) {
			return quantity.movePointLeft(9);
		}
		return quantity;
	}

	/**
	 * Hours from a duration in seconds, minutes or hours (GPU time is billed in any of
	 * them).
	 */
	public static BigDecimal toHours(BigDecimal quantity, String unit) {
		String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
		if (u.startsWith("sec") || u.equals("s")) {
			return quantity.divide(BigDecimal.valueOf(3600), 12, RoundingMode.HALF_EVEN);
		}
		if (u.startsWith("min")) {
			return quantity.divide(BigDecimal.valueOf(60), 12, RoundingMode.HALF_EVEN);
		}
		return quantity;
	}

	/** True for the spellings of hours, minutes and seconds that bills use. */
	public static boolean isDuration(String unit) {
		String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
		return u.startsWith("hour") || u.startsWith("hr") || u.startsWith("sec") || u.startsWith("min") || u.equals("h")
				|| u.equals("s") || u.contains("hours");
	}

	/**
	 * The size of a token block named in a unit: "1K tokens" or "1000 Tokens" is 1,000,
	 * "1M" is 1,000,000, plain "Tokens" is 1.
	 */
	public static BigDecimal tokenBlock(String unit) {
		String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT).replace(",", "");
		if (u.startsWith("1m") || u.startsWith("1000000") || u.contains("million")) {
			return BigDecimal.valueOf(1_000_000);
		}
		if (u.startsWith("1k") || u.startsWith("1000 ") || u.equals("1000") || u.contains("thousand")) {
			return BigDecimal.valueOf(1_000);
		}
		return BigDecimal.ONE;
	}

}
