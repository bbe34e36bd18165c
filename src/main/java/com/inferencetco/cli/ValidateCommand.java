package com.inferencetco.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.inferencetco.ExitCode;
import com.inferencetco.TcoException;
import com.inferencetco.ingest.ExportFile;
import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.ingest.ExportReaders;
import com.inferencetco.ingest.FileTally;
import com.inferencetco.ingest.FormatDetector;
import com.inferencetco.ingest.IngestSettings;
import com.inferencetco.ingest.InputDiscovery;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.model.BillingMonth;

/** {@code validate}: reads every file as {@code run} would and prints one line per file; writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check the month's inputs without writing anything: one line per file with its detected "
				+ "format, rows, rejected rows and invoiced cost, or why it is not supported. Exit codes as for run.")
public class ValidateCommand implements Callable<Integer> {

	@Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The billing month.")
	String month;

	@Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of the month's exports.")
	Path input;

	@Option(names = "--ignore", paramLabel = "GLOB", description = "Skip files matching this glob (repeatable).")
	List<String> ignore = new ArrayList<>();

	@Override
	public Integer call() {
		BillingMonth billingMonth = Options.month(month);
		Path inputDir = Options.inputFolder(input);
		int exitCode = ExitCode.SUCCESS;
		TreeSet<String> currencies = new TreeSet<>();
		Path assumptionsFile = Options.assumptions(null, inputDir);
		IngestSettings settings = IngestSettings.of(billingMonth,
				assumptionsFile == null ? TcoAssumptions.defaults() : TcoAssumptions.load(assumptionsFile));
		List<InputFile> inputs;
		try {
			InputDiscovery.Found found = InputDiscovery.findInputs(inputDir, ignore);
			found.skipped().forEach(s -> System.out.println(s.file() + ": skipped, " + s.reason()));
			inputs = found.inputs();
		}
		catch (TcoException ex) {
			System.out.println(ex.getMessage());
			return ex.exitCode();
		}
		if (inputs.isEmpty()) {
			System.out.println(inputDir + ": no export files found");
			return ExitCode.INPUT_REJECTED;
		}
		for (InputFile input : inputs) {
			String relative = input.relativePath();
			try {
				ExportFormat format = FormatDetector.detect(input);
				FileTally tally = tally(new ExportFile(input, format), settings);
				StringBuilder line = new StringBuilder(relative).append(": ")
					.append(format.id())
					.append(String.format(Locale.ROOT, ", %,d rows, %,d rejected", tally.rowsRead(),
							tally.rowsRejected()));
				if (format.invoiced()) {
					for (Map.Entry<String, BigDecimal[]> cost : tally.costByCurrency().entrySet()) {
						line.append(", invoiced ").append(cost.getValue()[0].stripTrailingZeros().toPlainString())
							.append(' ')
							.append(cost.getKey().isEmpty() ? "(unreadable currency)" : cost.getKey());
						if (!cost.getKey().isEmpty()) {
							currencies.add(cost.getKey());
						}
					}
				}
				else {
					line.append(", no invoiced cost (usage export)");
				}
				System.out.println(line);
			}
			catch (TcoException ex) {
				System.out.println(ex.getMessage());
				exitCode = Math.max(exitCode, ex.exitCode());
			}
		}
		if (currencies.size() > 1) {
			System.out.println("inputs are billed in several currencies " + currencies
					+ " and no exchange rates are available");
			exitCode = Math.max(exitCode, ExitCode.INPUT_REJECTED);
		}
		return exitCode;
	}

	private static FileTally tally(ExportFile file, IngestSettings settings) {
		FileTally tally = new FileTally();
		RowNormalizer normalizer = ExportReaders.normalizer(file.format(), settings);
		try (RecordSource source = ExportReaders.open(file)) {
			while (source.hasNext()) {
				tally.add(normalizer.normalize(source.next()));
			}
		}
		return tally;
	}
}
