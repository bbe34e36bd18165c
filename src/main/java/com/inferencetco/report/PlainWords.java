package com.inferencetco.report;

import java.util.Comparator;

import com.inferencetco.cost.Assumption;

/**
 * Text for readers who do not know the assumptions file: every parameter key in it
 * ({@code serverlessPricePerMillion}) said as its label ("serverless price per million"),
 * so page 1 never shows an internal key.
 */
public final class PlainWords {

	private PlainWords() {
	}

	public static String of(ReportModel model, String text) {
		String plain = text;
		// longer keys first: one key can begin another
		for (Assumption a : model.assumptions()
			.stream()
			.sorted(Comparator.comparingInt((Assumption x) -> x.key().length()).reversed())
			.toList()) {
			if (plain.contains(a.key())) {
				String label = a.label();
				plain = plain.replace(a.key(), Character.toLowerCase(label.charAt(0)) + label.substring(1));
			}
		}
		return plain;
	}

}
