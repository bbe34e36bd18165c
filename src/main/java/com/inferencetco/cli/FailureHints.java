package com.inferencetco.cli;

import com.inferencetco.ExitCode;

/**
 * What to do after a failed run: a cause the message names is fixed, then the run resumes
 * where it stopped; an unexplained failure would fail the same way again, so it is not
 * promised a resume.
 */
final class FailureHints {

	private FailureHints() {
	}

	static String nextStep(int exitCode, boolean explained) {
		if (exitCode == ExitCode.UNEXPECTED && !explained) {
			return "An unexpected failure (the trace above says where): running the same command again will fail "
					+ "the same way until its cause is fixed; please report it with the trace.";
		}
		return "Fix the cause named above, then run the same command again: it resumes where it stopped.";
	}

}
