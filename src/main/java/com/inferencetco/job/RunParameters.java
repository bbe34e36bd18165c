package com.inferencetco.job;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.inferencetco.finance.FinanceInputs;
import com.inferencetco.model.BillingMonth;

/**
 * The job parameters of a month-end run. A run is identified by its billing month, its
 * input folder and a run number: a failed run is restarted under the same identity, a
 * rerun of a completed month gets the next number. (No RunIdIncrementer: Spring Batch 6
 * would ignore the given parameters and restart would break.)
 */
public final class RunParameters {

	public static final String BILLING_MONTH = "billingMonth";

	public static final String INPUT_DIR = "inputDir";

	public static final String RUN_NUMBER = "run";

	public static final String OUTPUT_DIR = "outputDir";

	public static final String ASSUMPTIONS = "assumptions";

	public static final String IGNORE = "ignore";

	public static final String INPUT_FINGERPRINT = "inputFingerprint";

	public static final String TEMPLATE = "template";

	public static final String PAPER = "paper";

	public static final String DETAIL_CSV = "detailCsv";

	/** The --budgets and --business-metrics files ("" when not given). */
	public static final String BUDGETS = "budgets";

	public static final String BUSINESS_METRICS = "businessMetrics";

	/** "true" to report a month that no invoiced row is billed in. */
	public static final String ALLOW_EMPTY_MONTH = "allowEmptyMonth";

	/** "false" for validate: the job runs to its report model and writes nothing. */
	public static final String WRITE_REPORTS = "writeReports";

	private RunParameters() {
	}

	public static BillingMonth month(JobParameters parameters) {
		return BillingMonth.parse(parameters.getString(BILLING_MONTH));
	}

	public static Path inputDir(JobParameters parameters) {
		return Path.of(parameters.getString(INPUT_DIR));
	}

	public static Path outputDir(JobParameters parameters) {
		return Path.of(parameters.getString(OUTPUT_DIR));
	}

	public static FinanceInputs finance(JobParameters parameters) {
		return new FinanceInputs(pathOrNull(parameters.getString(BUDGETS)),
				pathOrNull(parameters.getString(BUSINESS_METRICS)));
	}

	private static Path pathOrNull(String value) {
		return value == null || value.isEmpty() ? null : Path.of(value);
	}

	public static List<String> ignoreGlobs(JobParameters parameters) {
		String globs = parameters.getString(IGNORE);
		return globs == null || globs.isEmpty() ? List.of() : Arrays.asList(globs.split("\n"));
	}

}
