package com.inferencetco.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import com.inferencetco.ExitCode;
import com.inferencetco.TcoException;
import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.finance.FinanceInputs;
import com.inferencetco.job.DataFolderLock;
import com.inferencetco.job.DistributedIngest;
import com.inferencetco.job.IngestTuning;
import com.inferencetco.job.MonthEndRunner;
import com.inferencetco.job.RunRequest;
import com.inferencetco.job.RunResult;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;
import com.inferencetco.report.template.ReportTemplate;

/** {@code run}: the month-end job. */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Run the month-end job: read every export below --input, normalize and reconcile it, and "
				+ "write tco-YYYY-MM.{xlsx,pdf,json} (and -rejects.csv) into --output. Running a month again "
				+ "regenerates it; a failed run resumes where it stopped.",
		footer = { "", "Standard Spring properties pass through, e.g. "
				+ "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test to use PostgreSQL." })
public class RunCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The billing month.")
	String month;

	@Option(names = "--input", required = true, paramLabel = "DIR",
			description = "Folder of the month's exports (read recursively).")
	Path input;

	@Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for the reports.")
	Path output;

	@Option(names = "--assumptions", paramLabel = "FILE",
			description = "Cost-model parameters (YAML). Default: assumptions.yaml in the input folder when present, else built-in defaults.")
	Path assumptions;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
			description = "Folder of the embedded H2 database (default: ${DEFAULT-VALUE}, resolved to an absolute path).")
	Path data;

	@Option(names = "--ignore", paramLabel = "GLOB",
			description = "Skip files matching this glob (repeatable), e.g. --ignore '*.txt'.")
	List<String> ignore = new ArrayList<>();

	@Option(names = "--template", paramLabel = "DIR",
			description = "Folder with your own report look (workbook-template.xlsx, branding.properties, logo, font), like report-templates/.")
	Path template;

	@Option(names = "--paper", paramLabel = "A4|letter", defaultValue = "A4",
			description = "PDF paper size (default: ${DEFAULT-VALUE}).")
	String paper;

	@Option(names = "--allow-empty-month",
			description = "Report the month even when no invoiced row is billed in it (otherwise exit 3, naming the months "
					+ "the exports are billed in).")
	boolean allowEmptyMonth;

	@Option(names = "--distributed",
			description = "Serve the ingest partitions by worker processes over RabbitMQ (queue "
					+ DistributedIngest.QUEUE + "); needs PostgreSQL (--spring.datasource.url=...).")
	boolean distributed;

	@Option(names = "--worker-timeout", paramLabel = "DURATION", defaultValue = "10m",
			description = "With --distributed: how long to wait for the workers to finish the partitions (e.g. 90s, "
					+ "10m, 2h; default ${DEFAULT-VALUE}); the run then fails, it never runs them itself.")
	String workerTimeout;

	@Option(names = "--budgets", paramLabel = "FILE",
			description = "CSV workload,budget or owner,budget in the report currency: budget against the fully loaded "
					+ "actual, with variance, in every report.")
	Path budgets;

	@Option(names = "--business-metrics", paramLabel = "FILE",
			description = "CSV metric,workload,units (e.g. conversations,support-chat,1200000): cost per unit on the "
					+ "fully loaded cost, in every report.")
	Path businessMetrics;

	@Option(names = "--detail-csv",
			description = "Also write tco-YYYY-MM-detail.csv with every normalized record (the workbook's Detail sheet holds at most 100,000 rows, the smaller lines summed).")
	boolean detailCsv;

	@Option(names = "--config", paramLabel = "FILE",
			description = "Spring settings (.properties or .yaml), e.g. the PostgreSQL datasource; no other settings file is read.")
	Path config;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() throws Exception {
		try (ResourceUsage usage = ResourceUsage.start()) {
			return run(usage);
		}
	}

	// the locks are held for the run's length, never referenced: javac's "try" lint says
	// so
	@SuppressWarnings("try")
	private Integer run(ResourceUsage usage) throws Exception {
		BillingMonth billingMonth = Options.month(month);
		Path inputDir = Options.inputFolder(input);
		Path outputDir = output.toAbsolutePath().normalize();
		Path assumptionsFile = Options.assumptions(assumptions, inputDir);
		if (assumptionsFile != null) {
			// invalid assumptions: exit 2 before anything starts
			TcoAssumptions.load(assumptionsFile);
		}
		FinanceInputs finance = Options.finance(budgets, businessMetrics);
		for (String argument : springArguments) {
			if (argument.startsWith(TODAY)) {
				checkToday(argument.substring(TODAY.length()));
			}
			else if (argument.startsWith("--" + DistributedIngest.QUEUE_PROPERTY + "=")) {
				// the queue of a distributed run, when several databases share a broker
				continue;
			}
			else if (argument.startsWith("--inference-tco.")) {
				checkTuning(argument);
			}
			else if (!argument.startsWith("--spring.")) {
				throw TcoException.usage("unknown option " + argument + " (see run --help)");
			}
		}
		SpringSettings.checkArguments(springArguments, config);
		try {
			Files.createDirectories(outputDir);
		}
		catch (IOException ex) {
			throw TcoException.usage("--output " + output + ": cannot create the folder: " + ex.getMessage());
		}
		if (!paper.equalsIgnoreCase("A4") && !paper.equalsIgnoreCase("letter")) {
			throw TcoException.usage("--paper: expected A4 or letter, found '" + paper + "'");
		}
		Path templateDir = template == null ? null : template.toAbsolutePath().normalize();
		if (templateDir != null) {
			// exit 2 now if unusable
			ReportTemplate.from(templateDir).workbookTemplate();
		}
		Path dataDir = data.toAbsolutePath().normalize();
		boolean embedded = config == null
				&& springArguments.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="));
		if (embedded) {
			// exit 2 now for a folder that cannot be the database's
			SpringSettings.embeddedUrl(dataDir);
		}
		if (distributed) {
			if (embedded) {
				throw TcoException.usage("--distributed needs PostgreSQL, which the workers share with this run "
						+ "(--spring.datasource.url=jdbc:postgresql://HOST:5432/DB): the embedded H2 database is this "
						+ "process's alone");
			}
			springArguments.add("--inference-tco.distributed=true");
			springArguments.add(
					"--inference-tco.worker-timeout=" + Options.duration("--worker-timeout", workerTimeout).toMillis());
		}
		try (DataFolderLock reports = DataFolderLock.acquireOutput(outputDir);
				DataFolderLock lock = DataFolderLock.acquire(dataDir);
				ConfigurableApplicationContext context = startSpring(dataDir, outputDir, embedded)) {
			RunResult result;
			try {
				result = context.getBean(MonthEndRunner.class)
					.run(new RunRequest(billingMonth, inputDir, outputDir, assumptionsFile, List.copyOf(ignore),
							templateDir, paper, detailCsv, true, allowEmptyMonth, finance));
			}
			catch (RuntimeException ex) {
				// the job repository itself failed (its database full or closed):
				// explained where it can be
				TcoException known = TcoException.find(ex) != null ? null
						: KnownFailures.explain(ex, dataDir, outputDir, embedded);
				throw known != null ? known : ex;
			}
			if (result.exitCode() != ExitCode.SUCCESS) {
				TcoException known = result.unexpected() == null ? null
						: KnownFailures.explain(result.unexpected(), dataDir, outputDir, embedded);
				spec.commandLine()
					.getErr()
					.println("inference-tco: " + (known != null ? known.getMessage() : result.message()));
				if (result.unexpected() != null && known == null) {
					result.unexpected().printStackTrace();
				}
				spec.commandLine()
					.getOut()
					.println("Inference TCO " + billingMonth + ": FAILED (exit " + result.exitCode() + "). "
							+ FailureHints.nextStep(result.exitCode(), result.unexpected() == null || known != null));
				return result.exitCode();
			}
			printSummary(result, outputDir);
			spec.commandLine().getErr().println("inference-tco: finished in " + usage.summary());
			return ExitCode.SUCCESS;
		}
	}

	private ConfigurableApplicationContext startSpring(Path dataDir, Path outputDir, boolean embedded) {
		try {
			return SpringSettings.start(dataDir, config, springArguments, spec.commandLine().getErr());
		}
		catch (RuntimeException ex) {
			TcoException known = KnownFailures.explain(ex, dataDir, outputDir, embedded);
			throw known != null ? known : ex;
		}
	}

	/**
	 * The day the run counts as run on (a month-to-date run reproduced later): a Spring
	 * property, like the tuning.
	 */
	private static final String TODAY = "--inference-tco.today=";

	private static void checkToday(String value) {
		try {
			LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw TcoException.usage("--inference-tco.today: expected a date YYYY-MM-DD, found '" + value + "'");
		}
	}

	/**
	 * A tuning option is checked here, so that a typo is a usage error, not a failure
	 * inside the job.
	 */
	private static void checkTuning(String argument) {
		int equals = argument.indexOf('=');
		String name = argument.substring(2, equals < 0 ? argument.length() : equals);
		IngestTuning.Option option = IngestTuning.Option.of(name);
		if (option == null) {
			throw TcoException.usage("unknown option " + argument + " (expected one of --" + String.join(", --",
					Arrays.stream(IngestTuning.Option.values()).map(IngestTuning.Option::property).sorted().toList())
					+ ")");
		}
		long least = option.least();
		String value = equals < 0 ? "" : argument.substring(equals + 1);
		long number;
		try {
			number = Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw TcoException.usage("--" + name + ": expected a whole number, found '" + value + "'");
		}
		if (number < least || number > option.most()) {
			throw TcoException
				.usage("--" + name + ": expected a whole number of at least " + least + ", found " + value);
		}
	}

	private void printSummary(RunResult result, Path outputDir) {
		ReportModel m = result.model();
		long rows = m.inputs().stream().mapToLong(f -> f.rowsRead()).sum();
		String c = m.currency();
		String base = outputDir.resolve("tco-" + m.month()).toString();
		spec.commandLine()
			.getOut()
			.println("Inference TCO " + m.month() + (result.restarted() ? " (resumed)" : "") + ": " + m.inputs().size()
					+ " files, " + String.format(Locale.ROOT, "%,d", rows) + " rows read, " + m.rejectedRows()
					+ " rejected" + (m.rejectedRows() > 0 ? " (see " + base + "-rejects.csv)" : ""));
		spec.commandLine()
			.getOut()
			.println("  Invoiced cost " + MoneyFormat.money(m.cost(), c) + ", estimated "
					+ MoneyFormat.money(m.estimatedCost(), c) + ", TCO " + MoneyFormat.money(m.tco(), c)
					+ "; reconciliation " + (m.balanced() ? "balanced" : "NOT balanced"));
		spec.commandLine()
			.getOut()
			.println("  Tokens " + MoneyFormat.number(m.tokens().total(), 0) + ", GPU-hours "
					+ MoneyFormat.number(m.totalGpuHours(), 1) + ", egress " + MoneyFormat.number(m.egressGb(), 1)
					+ " GB, " + m.workloads().size() + " workloads");
		spec.commandLine().getOut().println("  Reports: " + base + ".xlsx, " + base + ".pdf, " + base + ".json");
	}

}
