package com.inferencetco.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import com.inferencetco.ExitCode;
import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.job.MonthEndRunner;
import com.inferencetco.job.RunRequest;
import com.inferencetco.job.RunResult;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.reconcile.InputFileSummary;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;
import com.inferencetco.store.RunRepository;
import com.inferencetco.store.StoredInputFile;

/**
 * {@code validate}: the month-end job itself, on a database in memory, run as far as its
 * report model and writing nothing; so it reads the files, applies the rejected-row
 * limit, the currency and exchange-rate rules and the assumptions exactly as {@code run}
 * does, and exits as {@code run} would.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check the month's inputs without writing anything: one line per file with its detected "
				+ "format, rows, rejected rows and invoiced cost, and the exit code run would give.")
public class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The billing month.")
	String month;

	@Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of the month's exports.")
	Path input;

	@Option(names = "--assumptions", paramLabel = "FILE",
			description = "Cost-model parameters (YAML). Default: assumptions.yaml in the input folder when present.")
	Path assumptions;

	@Option(names = "--allow-empty-month",
			description = "As for run: a month that no invoiced row is billed in is reported instead of refused.")
	boolean allowEmptyMonth;

	@Option(names = "--budgets", paramLabel = "FILE", description = "As for run: checked, and read into the model.")
	Path budgets;

	@Option(names = "--business-metrics", paramLabel = "FILE",
			description = "As for run: checked, and read into the model.")
	Path businessMetrics;

	@Option(names = "--ignore", paramLabel = "GLOB", description = "Skip files matching this glob (repeatable).")
	List<String> ignore = new ArrayList<>();

	@Override
	public Integer call() throws Exception {
		BillingMonth billingMonth = Options.month(month);
		Path inputDir = Options.inputFolder(input);
		Path assumptionsFile = Options.assumptions(assumptions, inputDir);
		if (assumptionsFile != null) {
			// invalid assumptions: exit 2, as for run
			TcoAssumptions.load(assumptionsFile);
		}
		Path scratch = Files.createTempDirectory("inference-tco-validate");
		List<String> database = List.of("--spring.datasource.url=jdbc:h2:mem:validate-" + UUID.randomUUID(),
				"--spring.datasource.username=sa");
		try (ConfigurableApplicationContext context = SpringSettings.start(scratch, null, database,
				spec.commandLine().getErr())) {
			RunResult result = context.getBean(MonthEndRunner.class)
				.run(new RunRequest(billingMonth, inputDir, scratch.resolve("reports"), assumptionsFile,
						List.copyOf(ignore), null, "A4", false, false, allowEmptyMonth,
						Options.finance(budgets, businessMetrics)));
			if (result.model() != null) {
				print(result.model());
			}
			else {
				printTallies(context.getBean(RunRepository.class), result.runId());
				spec.commandLine().getErr().println("inference-tco: " + result.message());
			}
			spec.commandLine()
				.getOut()
				.println("validate " + billingMonth + ": "
						+ (result.exitCode() == ExitCode.SUCCESS ? "run would succeed (exit 0); nothing was written"
								: "run would fail with exit " + result.exitCode()));
			return result.exitCode();
		}
		finally {
			Files.deleteIfExists(scratch);
		}
	}

	private void print(ReportModel model) {
		model.skippedInputs().forEach(s -> spec.commandLine().getOut().println(s.file() + ": skipped, " + s.reason()));
		for (InputFileSummary file : model.inputs()) {
			String cost = costWords(file, model.month());
			spec.commandLine()
				.getOut()
				.println(file.file() + ": " + file.format()
						+ String.format(Locale.ROOT, ", %,d rows, %,d rejected, ", file.rowsRead(), file.rowsRejected())
						+ cost);
		}
		spec.commandLine()
			.getOut()
			.println("invoiced cost of the month " + MoneyFormat.money(model.cost(), model.currency())
					+ "; reconciliation " + (model.balanced() ? "balanced" : "NOT balanced"));
	}

	/**
	 * A file's invoiced cost in words: for the month (a file's rows of other months are
	 * not the month's), or what kind of file carries none.
	 */
	static String costWords(InputFileSummary file, BillingMonth month) {
		ExportFormat format = ExportFormat.fromId(file.format());
		if (format == ExportFormat.ECB_RATES) {
			return "exchange rates, no cost";
		}
		if (format.invoiced() && (file.sourceCost() == null || file.sourceCurrency() == null)) {
			return "no invoiced row";
		}
		if (file.sourceCost() == null || file.sourceCurrency() == null) {
			return "no invoiced cost (usage export)";
		}
		String words = "invoiced " + MoneyFormat.money(file.normalizedCost(), file.sourceCurrency()) + " in " + month;
		if (file.sourceCost().compareTo(file.normalizedCost()) != 0) {
			words += " (" + MoneyFormat.money(file.sourceCost(), file.sourceCurrency()) + " in the file, "
					+ MoneyFormat.money(file.rejectedCost(), file.sourceCurrency())
					+ " of it in rejected rows or rows of other months)";
		}
		return words;
	}

	/**
	 * What was read before the run stopped: the files' rows, without amounts (the failure
	 * may be about them).
	 */
	private void printTallies(RunRepository store, long runId) {
		for (StoredInputFile file : store.inputFiles(runId)) {
			spec.commandLine()
				.getOut()
				.println(file.relativePath() + ": " + file.format()
						+ String.format(Locale.ROOT, ", %,d rows, %,d rejected", file.rowsRead(), file.rowsRejected()));
		}
	}

}
