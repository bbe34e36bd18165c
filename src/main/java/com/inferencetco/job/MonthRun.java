package com.inferencetco.job;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.finance.FinanceInputs;
import com.inferencetco.model.BillingMonth;

/**
 * What one run of the month-end job works with, read from its job parameters once (the
 * assumptions file parsed once, not by every step and partition): the month, the folders,
 * the assumptions, the finance files and the report options.
 *
 * @param assumptionsFile the assumptions file, or null for the built-in defaults
 * @param template the folder of the user's own report template, or null for the built-in
 * @param writeReports false for {@code validate}: the month is checked as far as its
 * model
 */
public record MonthRun(BillingMonth month, Path inputDir, Path outputDir, TcoAssumptions assumptions,
		Path assumptionsFile, FinanceInputs finance, List<String> ignoreGlobs, Path template, String paper,
		boolean detailCsv, boolean allowEmptyMonth, boolean writeReports) {

	static MonthRun of(JobParameters parameters) {
		String assumptions = parameters.getString(RunParameters.ASSUMPTIONS);
		String template = parameters.getString(RunParameters.TEMPLATE);
		String paper = parameters.getString(RunParameters.PAPER);
		return new MonthRun(RunParameters.month(parameters), RunParameters.inputDir(parameters),
				RunParameters.outputDir(parameters),
				assumptions == null || assumptions.isEmpty() ? TcoAssumptions.defaults()
						: TcoAssumptions.load(Path.of(assumptions)),
				assumptions == null || assumptions.isEmpty() ? null : Path.of(assumptions),
				RunParameters.finance(parameters), RunParameters.ignoreGlobs(parameters),
				template == null || template.isEmpty() ? null : Path.of(template), paper == null ? "A4" : paper,
				"true".equals(parameters.getString(RunParameters.DETAIL_CSV)),
				"true".equals(parameters.getString(RunParameters.ALLOW_EMPTY_MONTH)),
				!"false".equals(parameters.getString(RunParameters.WRITE_REPORTS)));
	}

}
