package com.inferencetco.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level command: {@code java -jar inference-tco.jar <command> [options]}. */
@Command(name = "inference-tco", mixinStandardHelpOptions = true, version = "inference-tco 0.1.0",
		description = "Month-end LLM inference TCO: reads cloud bills and LLM usage exports, reconciles them, and "
				+ "writes the TCO and break-even reports (xlsx, pdf, json).",
		subcommands = { RunCommand.class, ValidateCommand.class, BreakevenCommand.class, AssumptionsCommand.class,
				GenerateCommand.class, WorkerCommand.class, HelpCommand.class },
		footer = { "", "Exit codes: 0 success, 1 unexpected failure, 2 usage error, 3 input rejected, "
				+ "4 busy (another run holds the data folder)." })
public class TcoCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(),
				"missing command: expected one of run, validate, breakeven");
	}

}
