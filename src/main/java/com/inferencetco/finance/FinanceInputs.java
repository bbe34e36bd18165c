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

	/** One budget of the month, in the report currency, for a workload or an owner. */
	public record Budget(Scope scope, String name, BigDecimal amount) {
	}

	/**
	 * Units of a business metric a workload served in the month (conversations, active
	 * users, requests...).
	 */
	public record BusinessMetric(String metric, String workload, BigDecimal units) {
	}

	/** What a budget is set for: the file's first column says. */
	public enum Scope {

		WORKLOAD, OWNER

	}
}
