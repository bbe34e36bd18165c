package com.inferencetco.job;

import java.nio.file.Path;
import java.util.List;

import com.inferencetco.model.BillingMonth;

/** What the user asked the month-end job to do. Paths are absolute. */
public record RunRequest(BillingMonth month, Path inputDir, Path outputDir, Path assumptions,
		List<String> ignoreGlobs, Path template, String paper, boolean detailCsv) {

	public RunRequest(BillingMonth month, Path inputDir, Path outputDir, Path assumptions, List<String> ignoreGlobs) {
		this(month, inputDir, outputDir, assumptions, ignoreGlobs, null, "A4", false);
	}
}
