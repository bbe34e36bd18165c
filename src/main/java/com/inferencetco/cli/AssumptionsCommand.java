package com.inferencetco.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import com.inferencetco.ExitCode;
import com.inferencetco.cost.TcoAssumptions;

/**
 * {@code assumptions}: prints every cost-model parameter with its default and source, as
 * a YAML file to edit.
 */
@Command(name = "assumptions", mixinStandardHelpOptions = true,
		description = "Print every cost-model parameter with its built-in default, unit, meaning and source, as a "
				+ "YAML file to start from: java -jar inference-tco.jar assumptions > assumptions.yaml")
public class AssumptionsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().getOut().print(TcoAssumptions.exampleYaml());
		return ExitCode.SUCCESS;
	}

}
