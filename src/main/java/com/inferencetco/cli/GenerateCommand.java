package com.inferencetco.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import com.inferencetco.ExitCode;
import com.inferencetco.TcoException;
import com.inferencetco.generate.MonthGenerator;

/**
 * {@code generate}: a realistic, seeded month of a chosen size, for benchmarks and
 * trials.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Write a realistic, seeded export of a chosen size (FOCUS or AWS CUR 2.0, .csv.gz or .parquet): hundreds of "
				+ "resources with skewed usage, hourly periods, JSON tags, GPU instances, egress, tax and a credit.")
public class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The billing month.")
	String month;

	@Option(names = "--rows", required = true, paramLabel = "N", description = "Usage rows to write.")
	long rows;

	@Option(names = "--format", defaultValue = "focus", paramLabel = "focus|aws-cur-2.0",
			description = "Layout (default: ${DEFAULT-VALUE}).")
	String format;

	@Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write into.")
	Path output;

	@Option(names = "--parquet", description = "Write Parquet (.parquet, every column as text) instead of gzip CSV.")
	boolean parquet;

	@Option(names = "--resources", defaultValue = "400", paramLabel = "N",
			description = "Resources billing in the month, usage Pareto-skewed over them (default: ${DEFAULT-VALUE}; a "
					+ "large account has tens of thousands).")
	int resources;

	@Option(names = "--tags", defaultValue = "2", paramLabel = "N",
			description = "Tags per resource, 2 to 12 (default: ${DEFAULT-VALUE}: workload and team; more adds "
					+ "environment, cost centre, owner, project, name... with many distinct values).")
	int tags;

	@Option(names = "--seed", defaultValue = "42", paramLabel = "S",
			description = "Random seed (default: ${DEFAULT-VALUE}).")
	long seed;

	@Override
	public Integer call() throws Exception {
		if (rows <= 0) {
			throw TcoException.usage("--rows: expected a number above zero, found " + rows);
		}
		MonthGenerator.Layout layout = switch (format) {
			case "focus" -> MonthGenerator.Layout.FOCUS;
			case "aws-cur-2.0" -> MonthGenerator.Layout.AWS_CUR_2;
			default -> throw TcoException.usage("--format: expected focus or aws-cur-2.0, found '" + format + "'");
		};
		if (resources < 1) {
			throw TcoException.usage("--resources: expected a number above zero, found " + resources);
		}
		if (tags < 2 || tags > MonthGenerator.Shape.MAX_TAGS) {
			throw TcoException.usage("--tags: expected 2 to " + MonthGenerator.Shape.MAX_TAGS + ", found " + tags);
		}
		MonthGenerator.Shape shape = new MonthGenerator.Shape(resources, tags);
		Path file = new MonthGenerator(Options.month(month), seed, shape).write(layout, rows, output, parquet);
		spec.commandLine().getOut().println("wrote " + file + " (" + rows + " usage rows, a tax and a credit row)");
		return ExitCode.SUCCESS;
	}

}
