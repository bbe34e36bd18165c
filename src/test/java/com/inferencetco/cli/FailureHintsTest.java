package com.inferencetco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.inferencetco.ExitCode;

/**
 * A failed run says what to do next, and promises a resume only where rerunning can help:
 * after a cause the message names is fixed, never for an unexplained failure that would
 * fail the same way again (issue 29).
 */
class FailureHintsTest {

	@Test
	void aNamedCauseIsFixedThenTheRunResumes() {
		for (int code : new int[] { ExitCode.USAGE, ExitCode.INPUT_REJECTED }) {
			assertThat(FailureHints.nextStep(code, true))
				.isEqualTo("Fix the cause named above, then run the same command again: it resumes where it stopped.");
		}
		// a full disk is exit 1, explained: free space, then resume
		assertThat(FailureHints.nextStep(ExitCode.UNEXPECTED, true)).contains("it resumes where it stopped");
	}

	@Test
	void anUnexplainedFailureIsNotPromisedAResume() {
		assertThat(FailureHints.nextStep(ExitCode.UNEXPECTED, false)).doesNotContain("resumes")
			.contains("will fail the same way until its cause is fixed");
	}

}
