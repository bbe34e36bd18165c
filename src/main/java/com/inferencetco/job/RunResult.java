package com.inferencetco.job;

import com.inferencetco.report.ReportModel;

/**
 * How a run ended: its exit code, the message for the user, and the model it reported
 * when it succeeded.
 */
public record RunResult(int exitCode, String message, ReportModel model, boolean restarted, long runId,
		Throwable unexpected) {
}
