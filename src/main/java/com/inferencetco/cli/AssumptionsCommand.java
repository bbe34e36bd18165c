package com.inferencetco.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

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

	@Override
	public Integer call() {
		System.out.print(TcoAssumptions.exampleYaml());
		return ExitCode.SUCCESS;
	}

}
