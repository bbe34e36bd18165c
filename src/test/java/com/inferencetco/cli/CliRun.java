package com.inferencetco.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command line in-process, as a user would from the shell, and keeps its exit
 * code and output (the command line writes to the writers it is given, progress included:
 * no global stream is swapped).
 */
public record CliRun(int exitCode, String stdout, String stderr) {

	public static CliRun of(String... args) {
		StringWriter stdout = new StringWriter();
		StringWriter stderr = new StringWriter();
		int code = TcoCli.execute(new PrintWriter(stdout, true), new PrintWriter(stderr, true), args);
		return new CliRun(code, stdout.toString(), stderr.toString());
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
	}
}
