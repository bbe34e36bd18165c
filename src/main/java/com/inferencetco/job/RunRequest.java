package com.inferencetco.job;

import java.nio.file.Path;
import java.util.List;

import com.inferencetco.model.BillingMonth;

/** What the user asked the month-end job to do. Paths are absolute. */
public record RunRequest(BillingMonth month, Path inputDir, Path outputDir, Path assumptions,
		List<String> ignoreGlobs) {
}
