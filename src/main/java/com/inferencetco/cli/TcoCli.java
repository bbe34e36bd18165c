package com.inferencetco.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

import com.inferencetco.ExitCode;
import com.inferencetco.TcoException;

/**
 * Parses the command line and maps every outcome to the contract's exit codes; never a
 * stack trace for users.
 */
public final class TcoCli {

	private TcoCli() {
	}

	/** The command line on the process's standard output and error. */
	public static int execute(String... args) {
		return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
	}

	/** The command line writing to the given output and error (tests capture them so). */
	public static int execute(PrintWriter out, PrintWriter err, String... args) {
		CommandLine cli = new CommandLine(new TcoCommand());
		cli.setOut(out);
		cli.setErr(err);
		cli.setParameterExceptionHandler((ex, arguments) -> {
			PrintWriter usage = ex.getCommandLine().getErr();
			usage.println("inference-tco: " + ex.getMessage());
			usage.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
			return ExitCode.USAGE;
		});
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			TcoException known = TcoException.find(ex);
			if (known != null) {
				commandLine.getErr().println("inference-tco: " + known.getMessage());
				return known.exitCode();
			}
			commandLine.getErr().println("inference-tco: unexpected failure: " + ex);
			ex.printStackTrace(commandLine.getErr());
			return ExitCode.UNEXPECTED;
		});
		try {
			return cli.execute(args);
		}
		finally {
			// a PrintWriter flushes by itself only on println: what a command print()s
			// (the assumptions file) would be lost at exit
			out.flush();
			err.flush();
		}
	}

}
