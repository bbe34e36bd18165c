package com.inferencetco.cost;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * One cost-model parameter as used by a run: its key (also the workbook's named cell),
 * value, unit, what it means, the source of its default with the date, and where the
 * value came from (default or the user's file).
 */
public record Assumption(String key, String cellName, BigDecimal value, String unit, String meaning, String source,
		String origin, boolean money) {

	private static final Map<String, String> WORDS = Map.of("gpu", "GPU", "pue", "PUE", "fte", "FTE", "fp8", "FP8",
			"kw", "kW", "kwh", "kWh", "eu", "EU", "on", "On-prem", "prem", "");

	/**
	 * The key in words, as a reader says it: dedicatedGpuHourlyRate is "Dedicated GPU
	 * hourly rate".
	 */
	public String label() {
		StringBuilder words = new StringBuilder();
		for (String word : key.split("(?<=[a-z0-9])(?=[A-Z])")) {
			String lower = word.toLowerCase(Locale.ROOT);
			String said = lower.equals("on") && key.startsWith("onPrem") ? "On-prem"
					: WORDS.containsKey(lower) && !lower.equals("on") ? WORDS.get(lower) : lower;
			if (!said.isEmpty()) {
				words.append(words.isEmpty() ? "" : " ").append(said);
			}
		}
		String text = words.toString();
		return text.isEmpty() ? key : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
