package com.inferencetco.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the values of export columns: exact decimals (E notation included, never double),
 * and the many date-time spellings of real exports, all as UTC.
 */
public final class Values {

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?");

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

	private Values() {
	}

	/** A required decimal column. */
	public static BigDecimal decimal(SourceRecord row, String column) {
		String text = row.get(column);
		if (text == null) {
			throw new FieldException(column, "expected a number in column " + column + ", found nothing");
		}
		return decimal(text, column);
	}

	/** An optional decimal column: null when empty. */
	public static BigDecimal optionalDecimal(SourceRecord row, String column) {
		String text = row.get(column);
		return text == null ? null : decimal(text, column);
	}

	/** An optional decimal that reads as zero when empty. */
	public static BigDecimal decimalOrZero(SourceRecord row, String column) {
		BigDecimal value = optionalDecimal(row, column);
		return value == null ? BigDecimal.ZERO : value;
	}

	public static BigDecimal decimal(String text, String column) {
		String value = text.strip();
		// The pattern keeps out NaN, Infinity, hex and exponents too large to compute
		// with.
		if (value.length() > 64 || !(isSimpleDecimal(value) || PLAIN_DECIMAL.matcher(value).matches())) {
			throw new FieldException(column,
					"expected a decimal number in column " + column + ", found '" + abbreviate(value) + "'");
		}
		return stored(new BigDecimal(value), value, column);
	}

	/**
	 * Amounts are stored as DECIMAL(38, 18): at most 20 digits before the point and 18
	 * after.
	 */
	public static final int STORED_SCALE = 18;

	/**
	 * The largest magnitude a single value may have: two digits below what the store
	 * holds, so that a day's records of one key still sum inside the column.
	 */
	private static final BigDecimal LARGEST = BigDecimal.TEN.pow(18);

	private static final BigDecimal HALF_SMALLEST = new BigDecimal("5E-19");

	/**
	 * A value the store can hold: digits beyond the 18th decimal are rounded half-even
	 * (documented in README), a value too large or too small to keep is the row's
	 * rejection, never a failed batch or a silent zero.
	 */
	private static BigDecimal stored(BigDecimal number, String text, String column) {
		BigDecimal magnitude = number.abs();
		if (magnitude.compareTo(LARGEST) >= 0) {
			throw new FieldException(column, "the value " + abbreviate(text) + " in column " + column
					+ " is too large: expected less than 10^18 in magnitude (a misplaced id, or a quantity in a unit"
					+ " too small to store; amounts are kept to 18 digits before and 18 after the point)");
		}
		if (number.signum() != 0 && magnitude.compareTo(HALF_SMALLEST) < 0) {
			throw new FieldException(column, "the value " + abbreviate(text) + " in column " + column
					+ " is too small to store: it would be kept as 0 (amounts are kept to 18 decimals)");
		}
		return number.scale() > STORED_SCALE ? number.setScale(STORED_SCALE, RoundingMode.HALF_EVEN) : number;
	}

	/**
	 * The common spelling, checked without a regular expression: optional minus, digits,
	 * optional fraction.
	 */
	static boolean isSimpleDecimal(String value) {
		int i = value.startsWith("-") ? 1 : 0;
		int digits = 0;
		boolean point = false;
		for (; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if (c == '.' && !point) {
				point = true;
			}
			else {
				return false;
			}
		}
		return digits > 0;
	}

	/** A required date-time column, as a UTC instant. */
	public static Instant instant(SourceRecord row, String column) {
		String text = row.get(column);
		if (text == null) {
			throw new FieldException(column, "expected a date-time in column " + column + ", found nothing");
		}
		return instant(text, column);
	}

	/**
	 * Accepts ISO 8601 with or without seconds, milliseconds, 'T' or a space, 'Z', an
	 * offset, ' UTC' or no zone (then UTC, as the FOCUS sample writes it), and a bare
	 * date.
	 */
	public static Instant instant(String text, String column) {
		String value = text.strip();
		Instant utc = isoUtcSeconds(value);
		if (utc != null) {
			return utc;
		}
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			String iso = value.endsWith(" UTC") ? value.substring(0, value.length() - 4) + "Z" : value;
			if (iso.length() > 10 && iso.charAt(10) == ' ') {
				iso = iso.substring(0, 10) + "T" + iso.substring(11);
			}
			if (!hasZone(iso)) {
				iso = iso + "Z";
			}
			return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException | StringIndexOutOfBoundsException ex) {
			throw new FieldException(column, "expected a date-time like 2026-10-01T00:00:00Z in column " + column
					+ ", found '" + abbreviate(value) + "'");
		}
	}

	/**
	 * The spelling of most exports, {@code 2026-10-01T00:00:00Z} (or with a space, or
	 * without the zone), read without the general parser; null for anything else, which
	 * the general parser then reads or rejects.
	 */
	static Instant isoUtcSeconds(String v) {
		int n = v.length();
		if (n != 19 && !(n == 20 && v.charAt(19) == 'Z')) {
			return null;
		}
		if (v.charAt(4) != '-' || v.charAt(7) != '-' || (v.charAt(10) != 'T' && v.charAt(10) != ' ')
				|| v.charAt(13) != ':' || v.charAt(16) != ':') {
			return null;
		}
		int year = digits(v, 0, 4);
		int month = digits(v, 5, 2);
		int day = digits(v, 8, 2);
		int hour = digits(v, 11, 2);
		int minute = digits(v, 14, 2);
		int second = digits(v, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
				|| second < 0 || second > 59 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		long epochDay = LocalDate.of(year, month, day).toEpochDay();
		return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second);
	}

	private static int digits(String v, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = v.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * A day as Azure writes it: M/d/yyyy (zero-padded or not), d.M.yyyy for a
	 * German-language account, or ISO yyyy-MM-dd.
	 */
	public static LocalDate day(SourceRecord row, String column) {
		String text = row.get(column);
		if (text == null) {
			throw new FieldException(column, "expected a date in column " + column + ", found nothing");
		}
		String value = text.strip();
		try {
			if (value.contains("/")) {
				return LocalDate.parse(value, US_DATE);
			}
			if (value.indexOf('.') > 0 && value.length() <= 10) {
				// a German-language download: 31.10.2026
				return LocalDate.parse(value, GERMAN_DATE);
			}
			if (value.length() > 10) {
				return instant(value, column).atZone(ZoneOffset.UTC).toLocalDate();
			}
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new FieldException(column, "expected a date like 10/31/2026, 31.10.2026 or 2026-10-31 in column "
					+ column + ", found '" + abbreviate(value) + "'");
		}
	}

	/**
	 * The calendar day a timestamp names as written: a billing period that starts at
	 * 2026-10-01T00:00:00+02:00 is October's, though in UTC it starts on 30 September.
	 * The value is validated as {@link #instant} does; for timestamps in UTC the day is
	 * the UTC day.
	 */
	public static LocalDate writtenDay(SourceRecord row, String column) {
		Instant instant = instant(row, column);
		String text = row.get(column).strip();
		if (text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && isDigits(text, 0, 4)
				&& isDigits(text, 5, 7) && isDigits(text, 8, 10)) {
			return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
					Integer.parseInt(text, 8, 10, 10));
		}
		return utcDay(instant);
	}

	private static boolean isDigits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!Character.isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	public static LocalDate utcDay(Instant instant) {
		return instant.atZone(ZoneOffset.UTC).toLocalDate();
	}

	/** A currency code as ISO 4217 upper case; OpenAI writes "usd". */
	public static String currency(SourceRecord row, String column) {
		String text = row.get(column);
		if (text == null || !isCurrencyCode(text.strip())) {
			throw new FieldException(column, "expected a three-letter ISO 4217 currency code in column " + column
					+ ", found '" + (text == null ? "" : abbreviate(text)) + "'");
		}
		return text.strip().toUpperCase(Locale.ROOT);
	}

	private static boolean isCurrencyCode(String value) {
		if (value.length() != 3) {
			return false;
		}
		for (int i = 0; i < 3; i++) {
			char c = value.charAt(i);
			if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
				return false;
			}
		}
		return true;
	}

	public static String abbreviate(String value) {
		return value.length() <= 60 ? value : value.substring(0, 57) + "...";
	}

	private static boolean hasZone(String iso) {
		if (iso.endsWith("Z")) {
			return true;
		}
		int t = iso.indexOf('T');
		if (t < 0) {
			return false;
		}
		String time = iso.substring(t);
		return time.contains("+") || time.contains("-");
	}

}
