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

	public static int execute(String... args) {
		CommandLine cli = new CommandLine(new TcoCommand());
		cli.setParameterExceptionHandler((ex, arguments) -> {
			PrintWriter err = ex.getCommandLine().getErr();
			err.println("inference-tco: " + ex.getMessage());
			err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
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
		return cli.execute(args);
	}

}
