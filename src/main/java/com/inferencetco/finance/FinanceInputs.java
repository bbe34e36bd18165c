package com.inferencetco.finance;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The finance files a run was given: {@code --budgets} and {@code --business-metrics},
 * either absent (null).
 */
public record FinanceInputs(Path budgets, Path businessMetrics) {

	public static final FinanceInputs NONE = new FinanceInputs(null, null);

	/**
	 * Reads both files; a file that cannot be meant is exit 2 naming its line and column.
	 */
	public Parsed read() {
		return new Parsed(budgets == null ? List.of() : FinanceCsv.budgets(budgets),
				businessMetrics == null ? List.of() : FinanceCsv.businessMetrics(businessMetrics));
	}

	/** The files' rows. */
	public record Parsed(List<Budget> budgets, List<BusinessMetric> metrics) {
	}

	/**
	 * One budget of the month, in the report currency, for a workload or an owner;
	 * {@code where} is its line in the file (null when not read from one).
	 */
	public record Budget(Scope scope, String name, BigDecimal amount, Where where) {

		public Budget(Scope scope, String name, BigDecimal amount) {
			this(scope, name, amount, null);
		}
	}

	/**
	 * Units of a business metric a workload served in the month (conversations, active
	 * users, requests...).
	 */
	public record BusinessMetric(String metric, String workload, BigDecimal units, Where where) {

		public BusinessMetric(String metric, String workload, BigDecimal units) {
			this(metric, workload, units, null);
		}
	}

	/** A line of a finance file, for messages that name it. */
	public record Where(Path file, long line) {

		@Override
		public String toString() {
			return file + ": line " + line;
		}
	}

	/** What a budget is set for: the file's first column says. */
	public enum Scope {

		WORKLOAD, OWNER

	}
}
