package com.inferencetco;

/**
 * The process exit codes of command-line contract, which cron jobs and CI pipelines
 * branch on.
 */
public final class ExitCode {

	public static final int SUCCESS = 0;

	public static final int UNEXPECTED = 1;

	public static final int USAGE = 2;

	public static final int INPUT_REJECTED = 3;

	public static final int BUSY = 4;

	private ExitCode() {
	}

}
