package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures as the decision's reasons print them: grouped thousands, cents, whole tokens,
 * one-decimal percents.
 */
final class Words {

	private Words() {
	}

	static String money(BigDecimal amount) {
		return format(amount.setScale(2, RoundingMode.HALF_UP), "#,##0.00");
	}

	static String whole(BigDecimal amount) {
		return format(amount.setScale(0, RoundingMode.HALF_UP), "#,##0");
	}

	static String months(BigDecimal amount) {
		return format(amount.setScale(1, RoundingMode.HALF_UP), "#,##0.0");
	}

	static String percent(BigDecimal fraction) {
		return format(fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP), "#,##0.0") + " %";
	}

	static String price(BigDecimal perMillion) {
		return format(perMillion.setScale(4, RoundingMode.HALF_UP), "#,##0.00##");
	}

	private static String format(BigDecimal value, String pattern) {
		return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
	}

}
