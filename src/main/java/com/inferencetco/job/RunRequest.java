package com.inferencetco.job;

import java.nio.file.Path;
import java.util.List;

import com.inferencetco.finance.FinanceInputs;
import com.inferencetco.model.BillingMonth;

/**
 * What the user asked the month-end job to do. Paths are absolute.
 *
 * @param writeReports false for {@code validate}: the whole job runs, its report model is
 * built, nothing is written
 * @param allowEmptyMonth true to report a month that no invoiced row is billed in
 * (otherwise exit 3)
 * @param finance the budgets and business metrics files given, if any
 */
public record RunRequest(BillingMonth month, Path inputDir, Path outputDir, Path assumptions, List<String> ignoreGlobs,
		Path template, String paper, boolean detailCsv, boolean writeReports, boolean allowEmptyMonth,
		FinanceInputs finance) {

	public RunRequest(BillingMonth month, Path inputDir, Path outputDir, Path assumptions, List<String> ignoreGlobs,
			Path template, String paper, boolean detailCsv, boolean writeReports, boolean allowEmptyMonth) {
		this(month, inputDir, outputDir, assumptions, ignoreGlobs, template, paper, detailCsv, writeReports,
				allowEmptyMonth, FinanceInputs.NONE);
	}

	public RunRequest(BillingMonth month, Path inputDir, Path outputDir, Path assumptions, List<String> ignoreGlobs,
			Path template, String paper, boolean detailCsv, boolean writeReports) {
		this(month, inputDir, outputDir, assumptions, ignoreGlobs, template, paper, detailCsv, writeReports, false);
	}

	public RunRequest(BillingMonth month, Path inputDir, Path outputDir, Path assumptions, List<String> ignoreGlobs,
			Path template, String paper, boolean detailCsv) {
		this(month, inputDir, outputDir, assumptions, ignoreGlobs, template, paper, detailCsv, true);
	}

	public RunRequest(BillingMonth month, Path inputDir, Path outputDir, Path assumptions, List<String> ignoreGlobs) {
		this(month, inputDir, outputDir, assumptions, ignoreGlobs, null, "A4", false);
	}
}
