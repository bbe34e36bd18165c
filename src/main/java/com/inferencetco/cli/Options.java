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

}
