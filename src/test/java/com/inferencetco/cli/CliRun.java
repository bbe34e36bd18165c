package com.inferencetco.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line in-process, as a user would from the shell, and keeps its exit
 * code and output.
 */
public record CliRun(int exitCode, String stdout, String stderr) {

	public static synchronized CliRun of(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
			int code = TcoCli.execute(args);
			return new CliRun(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
	}
}
