package com.inferencetco.finance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.inferencetco.TcoException;
import com.inferencetco.finance.FinanceInputs.Budget;
import com.inferencetco.finance.FinanceInputs.BusinessMetric;
import com.inferencetco.finance.FinanceInputs.Scope;

/**
 * Reads the finance files a user writes by hand or exports from a planning sheet:
 * {@code workload,budget} or {@code owner,budget}, and {@code metric,workload,units}.
 * Anything that cannot be meant (a missing column, an amount that is not a number, a name
 * given twice) is exit 2 naming the file, line and column.
 */
final class FinanceCsv {

	private FinanceCsv() {
	}

	static List<Budget> budgets(Path file) {
		List<Budget> budgets = new ArrayList<>();
		read(file, (header, record) -> {
			Scope scope = header.contains("workload") ? Scope.WORKLOAD : header.contains("owner") ? Scope.OWNER : null;
			if (scope == null || !header.contains("budget")) {
				throw TcoException
					.usage(file + ": expected the columns workload,budget or owner,budget, found " + header);
			}
			String name = text(file, record, scope == Scope.WORKLOAD ? "workload" : "owner");
			if (budgets.stream().anyMatch(b -> b.scope() == scope && b.name().equals(name))) {
				throw TcoException
					.usage(file + ": line " + (record.getRecordNumber() + 1) + ": " + name + " has a budget already");
			}
			budgets.add(new Budget(scope, name, amount(file, record, "budget", false),
					new FinanceInputs.Where(file, record.getRecordNumber() + 1)));
		});
		return List.copyOf(budgets);
	}

	static List<BusinessMetric> businessMetrics(Path file) {
		List<BusinessMetric> metrics = new ArrayList<>();
		read(file, (header, record) -> {
			if (!header.containsAll(List.of("metric", "workload", "units"))) {
				throw TcoException.usage(file + ": expected the columns metric,workload,units, found " + header);
			}
			String metric = text(file, record, "metric");
			String workload = text(file, record, "workload");
			if (metrics.stream().anyMatch(m -> m.metric().equals(metric) && m.workload().equals(workload))) {
				throw TcoException.usage(file + ": line " + (record.getRecordNumber() + 1) + ": " + metric + " of "
						+ workload + " is given twice");
			}
			metrics.add(new BusinessMetric(metric, workload, amount(file, record, "units", true),
					new FinanceInputs.Where(file, record.getRecordNumber() + 1)));
		});
		return List.copyOf(metrics);
	}

	private interface RecordConsumer {

		void accept(List<String> header, CSVRecord record);

	}

	private static void read(Path file, RecordConsumer consumer) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = format.parse(reader)) {
			List<String> header = parser.getHeaderNames()
				.stream()
				.map(h -> h.strip().toLowerCase(Locale.ROOT))
				.map(h -> h.startsWith("\uFEFF") ? h.substring(1) : h)
				.toList();
			for (CSVRecord record : parser) {
				consumer.accept(header, record);
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			throw TcoException.usage(file + ": cannot be read as CSV: " + ex.getMessage());
		}
	}

	private static String text(Path file, CSVRecord record, String column) {
		String value = value(record, column);
		if (value == null || value.isBlank()) {
			throw TcoException.usage(file + ": line " + (record.getRecordNumber() + 1) + ", column '" + column
					+ "': expected a name, found nothing");
		}
		return value.strip();
	}

	private static BigDecimal amount(Path file, CSVRecord record, String column, boolean positive) {
		String value = value(record, column);
		try {
			BigDecimal amount = new BigDecimal(value == null ? "" : value.strip());
			if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
				throw new NumberFormatException();
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			throw TcoException.usage(file + ": line " + (record.getRecordNumber() + 1) + ", column '" + column
					+ "': expected " + (positive ? "a number above zero" : "an amount of zero or more")
					+ " (digits, '.' for decimals), found '" + value + "'");
		}
	}

	/** The value of a column whatever the case of its header. */
	private static String value(CSVRecord record, String column) {
		for (String name : record.getParser().getHeaderNames()) {
			String clean = name.strip().toLowerCase(Locale.ROOT);
			if (clean.startsWith("\uFEFF")) {
				clean = clean.substring(1);
			}
			if (clean.equals(column)) {
				return record.isSet(name) ? record.get(name) : null;
			}
		}
		return null;
	}

}
