package com.inferencetco.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How amounts and figures read in the PDF: cents, thousands separators, the currency code
 * after the amount.
 */
public final class MoneyFormat {

	private MoneyFormat() {
	}

	public static String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return "—";
		}
		return grouped(amount.setScale(2, RoundingMode.HALF_UP), "#,##0.00") + " " + currency;
	}

	public static String number(BigDecimal value, int decimals) {
		if (value == null) {
			return "—";
		}
		return grouped(value.setScale(decimals, RoundingMode.HALF_UP),
				decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
	}

	public static String percent(BigDecimal fraction) {
		if (fraction == null) {
			return "—";
		}
		return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
	}

	private static String grouped(BigDecimal value, String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
		format.setParseBigDecimal(true);
		return format.format(value);
	}

	/**
	 * A break-even utilization; above 100 % it is no target but out of reach at these
	 * prices.
	 */
	public static String breakEven(BigDecimal fraction) {
		if (fraction == null) {
			return "—";
		}
		// the figure itself, as the charts plot it, and what it means
		return fraction.compareTo(BigDecimal.ONE) > 0 ? percent(fraction) + " (out of reach)" : percent(fraction);
	}

	/**
	 * Amounts rounded to cents so that the shown parts add up to their shown total: each
	 * part is rounded down, and the cents the total still needs go to the parts that lost
	 * the most (largest remainder; ties to the first).
	 */
	public static List<BigDecimal> centsThatAddUp(List<BigDecimal> parts) {
		BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
		List<BigDecimal> shown = new ArrayList<>();
		BigDecimal floorSum = BigDecimal.ZERO;
		for (BigDecimal part : parts) {
			BigDecimal floor = part.setScale(2, RoundingMode.FLOOR);
			shown.add(floor);
			floorSum = floorSum.add(floor);
		}
		int missing = total.subtract(floorSum).movePointRight(2).intValueExact();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			order.add(i);
		}
		order.sort((a, b) -> parts.get(b).subtract(shown.get(b)).compareTo(parts.get(a).subtract(shown.get(a))));
		for (int k = 0; k < missing && k < order.size(); k++) {
			int i = order.get(k);
			shown.set(i, shown.get(i).add(new BigDecimal("0.01")));
		}
		return shown;
	}

}
