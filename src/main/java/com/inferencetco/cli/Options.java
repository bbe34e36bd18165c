package com.inferencetco.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import com.inferencetco.TcoException;
import com.inferencetco.finance.FinanceInputs;
import com.inferencetco.model.BillingMonth;

/**
 * Checks of command-line options that picocli's types cannot express; failures are usage
 * errors (exit 2).
 */
final class Options {

	private Options() {
	}

	static BillingMonth month(String text) {
		try {
			return BillingMonth.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw TcoException.usage("--month: " + ex.getMessage());
		}
	}

	static Path inputFolder(Path input) {
		Path dir = input.toAbsolutePath().normalize();
		if (!Files.isDirectory(dir)) {
			throw TcoException
				.usage("--input " + input + ": no such folder (expected the folder of the month's exports)");
		}
		if (!Files.isReadable(dir)) {
			throw TcoException.usage("--input " + input + ": folder is not readable");
		}
		return dir;
	}

	/**
	 * The --budgets and --business-metrics files, read now so that one that cannot be
	 * meant is exit 2 naming its line and column before anything runs.
	 */
	static FinanceInputs finance(Path budgets, Path businessMetrics) {
		FinanceInputs finance = new FinanceInputs(csvFile("--budgets", budgets, "workload,budget or owner,budget"),
				csvFile("--business-metrics", businessMetrics, "metric,workload,units"));
		finance.read();
		return finance;
	}

	private static Path csvFile(String option, Path given, String columns) {
		if (given == null) {
			return null;
		}
		Path file = given.toAbsolutePath().normalize();
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw TcoException.usage(option + " " + given
					+ ": no such readable file (expected a CSV file with the columns " + columns + ")");
		}
		return file;
	}

	/**
	 * The explicit assumptions file, else assumptions.yaml in the input folder when
	 * present, else none.
	 */
	static Path assumptions(Path explicit, Path inputDir) {
		if (explicit != null) {
			Path file = explicit.toAbsolutePath().normalize();
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw TcoException
					.usage("--assumptions " + explicit + ": no such readable file (expected a YAML file)");
			}
			return file;
		}
		for (String name : new String[] { "assumptions.yaml", "assumptions.yml" }) {
			Path candidate = inputDir.resolve(name);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * A duration as people write it: {@code 90s}, {@code 10m}, {@code 2h}, or ISO-8601
	 * ({@code PT10M}); at least one second.
	 */
	static java.time.Duration duration(String option, String text) {
		String t = text.strip().toLowerCase(java.util.Locale.ROOT);
		try {
			java.time.Duration d;
			if (t.startsWith("pt")) {
				d = java.time.Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
			}
			else {
				long amount = Long.parseLong(t.substring(0, t.length() - 1));
				d = switch (t.charAt(t.length() - 1)) {
					case 's' -> java.time.Duration.ofSeconds(amount);
					case 'm' -> java.time.Duration.ofMinutes(amount);
					case 'h' -> java.time.Duration.ofHours(amount);
					default -> throw new IllegalArgumentException();
				};
			}
			if (d.toSeconds() < 1) {
				throw new IllegalArgumentException();
			}
			return d;
		}
		catch (RuntimeException ex) {
			throw TcoException.usage(option + ": expected a duration such as 90s, 10m or 2h, found '" + text + "'");
		}
	}

}
