package com.inferencetco.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which export stands for an AWS account when the folder holds both its FOCUS and its
 * Cost and Usage Report for the same month (assumptions key {@code preferExport}).
 * Summing both would bill the account twice; with no preference the run stops and says
 * so.
 */
public enum PreferredExport {

	NONE("none"), FOCUS("focus"), CUR("cur");

	private final String id;

	PreferredExport(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static PreferredExport fromId(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(p -> p.id.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(text));
	}

}
