package com.inferencetco.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import com.inferencetco.ExitCode;
import com.inferencetco.TcoException;
import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.ingest.InputDiscovery;
import com.inferencetco.report.ReportModel;
import com.inferencetco.report.ReportModelBuilder;
import com.inferencetco.store.LinePageUpgrade;
import com.inferencetco.store.RecordKeyRepair;

/**
 * Starts or resumes the month-end job. The same command does the right thing each time: a
 * month never run starts run 1; a failed run of the same inputs is restarted where it
 * stopped; a completed month is run again as the next run number, which regenerates the
 * reports and then replaces the month's records. A run left STARTED by a killed process
 * is marked failed (the data-folder lock proves nobody runs it) and restarted.
 */
@Service
public class MonthEndRunner {

	private final JobOperator jobOperator;

	private final Environment environment;

	private final JobRepository jobRepository;

	private final Job monthEndTcoJob;

	private final ReportModelBuilder reportModelBuilder;

	private final BuiltReportModels built;

	private final RecordKeyRepair repair;

	private final LinePageUpgrade upgrade;

	private final ProgressReporter progress;

	public MonthEndRunner(JobOperator jobOperator, JobRepository jobRepository, Job monthEndTcoJob,
			ReportModelBuilder reportModelBuilder, BuiltReportModels built, RecordKeyRepair repair,
			LinePageUpgrade upgrade, ProgressReporter progress, Environment environment) {
		this.repair = repair;
		this.upgrade = upgrade;
		this.progress = progress;
		this.environment = environment;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.monthEndTcoJob = monthEndTcoJob;
		this.reportModelBuilder = reportModelBuilder;
		this.built = built;
	}

	public RunResult run(RunRequest request) throws Exception {
		int converted = upgrade.upgrade();
		if (converted > 0) {
			progress.say("the stored lines of " + converted + " files were packed into pages (a database written"
					+ " before this version)");
		}
		String fingerprint = fingerprint(request);
		JobExecution last = lastExecution(request);
		JobExecution execution;
		boolean restarted = false;
		if (last != null && last.getStatus().isRunning()) {
			last = jobOperator.recover(last);
		}
		if (last != null && isRestartable(last)
				&& fingerprint.equals(last.getJobParameters().getString(RunParameters.INPUT_FINGERPRINT))) {
			restarted = true;
			failUnfinishedPartitions(last);
			if (repair.isEmbedded()) {
				// H2 stopped by a kill or a full disk may reopen with an index entry for
				// a row it never wrote: the
				// indexes are rebuilt from the rows before the partitions resume, not
				// while they write
				repair.rebuild();
			}
			execution = jobOperator.restart(last);
		}
		else {
			long run = last == null ? 1 : last.getJobParameters().getLong(RunParameters.RUN_NUMBER) + 1;
			// a process killed between creating a run's job instance and its first
			// execution leaves an instance
			// with no execution (Spring Batch refuses to start it again): its run number
			// is passed over
			while (jobRepository.getJobInstance(MonthEndJobConfiguration.JOB_NAME,
					parameters(request, run, fingerprint)) != null) {
				run++;
			}
			execution = jobOperator.start(monthEndTcoJob, parameters(request, run, fingerprint));
		}
		long runId = execution.getJobInstance().getInstanceId();
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			// the model the reports were written from; built again only when this
			// execution did not write them
			ReportModel model = built.take(runId)
				.orElseGet(() -> reportModelBuilder.build(runId, request.month(), request.assumptions() == null
						? TcoAssumptions.defaults() : TcoAssumptions.load(request.assumptions()), request.finance(),
						null));
			return new RunResult(ExitCode.SUCCESS, "", model, restarted, runId, null);
		}
		return failure(execution, restarted, runId, jobRepository,
				environment.getProperty(DistributedIngest.QUEUE_PROPERTY, DistributedIngest.QUEUE));
	}

	private static RunResult failure(JobExecution execution, boolean restarted, long runId, JobRepository jobRepository,
			String queue) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (failures.stream().anyMatch(MonthEndRunner::timedOut)) {
			return new RunResult(ExitCode.UNEXPECTED,
					WorkerTimeout.message(jobRepository.getJobExecution(execution.getId()), queue), null, restarted,
					runId, null);
		}
		for (Throwable failure : failures) {
			TcoException known = TcoException.find(failure);
			if (known != null) {
				return new RunResult(known.exitCode(), known.getMessage(), null, restarted, runId, null);
			}
		}
		String detail = failures.isEmpty() ? "job ended " + execution.getStatus()
				: failures.stream().map(MonthEndRunner::describe).collect(Collectors.joining("; "));
		Throwable first = failures.isEmpty() ? null : failures.get(0);
		// the first failure may only be a consequence (a step that could not record its
		// end): keep the others with it
		failures.stream().skip(1).filter(f -> f != first).forEach(f -> first.addSuppressed(f));
		return new RunResult(ExitCode.UNEXPECTED, "unexpected failure: " + detail, null, restarted, runId, first);
	}

	/**
	 * A failed run whose partitions were left unfinished (a distributed run's worker
	 * killed, or a manager that stopped waiting) keeps them STARTING or STARTED, which
	 * Spring Batch takes for a run still going: they are marked failed so the restart
	 * sends them again. A worker still holding one loses it at its next commit (its
	 * execution's version has moved on), so a partition is never written twice.
	 */
	private void failUnfinishedPartitions(JobExecution last) {
		for (StepExecution step : last.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(ExitStatus.FAILED.addExitDescription("left unfinished; failed by the rerun"));
				step.setEndTime(java.time.LocalDateTime.now());
				jobRepository.update(step);
			}
		}
	}

	/** The distributed ingest waited for its workers longer than the worker timeout. */
	private static boolean timedOut(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof java.util.concurrent.TimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static boolean isRestartable(JobExecution execution) {
		return execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED;
	}

	/** The newest execution of this month and input folder, over all run numbers. */
	private JobExecution lastExecution(RunRequest request) {
		int page = 0;
		while (true) {
			List<JobInstance> instances = jobRepository.getJobInstances(MonthEndJobConfiguration.JOB_NAME, page * 100,
					100);
			for (JobInstance instance : instances) {
				JobExecution last = jobRepository.getLastJobExecution(instance);
				if (last != null
						&& request.month()
							.toString()
							.equals(last.getJobParameters().getString(RunParameters.BILLING_MONTH))
						&& request.inputDir()
							.toString()
							.equals(last.getJobParameters().getString(RunParameters.INPUT_DIR))) {
					return last;
				}
			}
			if (instances.size() < 100) {
				return null;
			}
			page++;
		}
	}

	private static String orEmpty(Path path) {
		return path == null ? "" : path.toString();
	}

	private static JobParameters parameters(RunRequest request, long run, String fingerprint) {
		return new JobParametersBuilder().addString(RunParameters.BILLING_MONTH, request.month().toString())
			.addString(RunParameters.INPUT_DIR, request.inputDir().toString())
			.addLong(RunParameters.RUN_NUMBER, run)
			.addString(RunParameters.OUTPUT_DIR, request.outputDir().toString(), false)
			.addString(RunParameters.ASSUMPTIONS, request.assumptions() == null ? "" : request.assumptions().toString(),
					false)
			.addString(RunParameters.IGNORE, String.join("\n", request.ignoreGlobs()), false)
			.addString(RunParameters.INPUT_FINGERPRINT, fingerprint, false)
			.addString(RunParameters.TEMPLATE, request.template() == null ? "" : request.template().toString(), false)
			.addString(RunParameters.PAPER, request.paper(), false)
			.addString(RunParameters.DETAIL_CSV, Boolean.toString(request.detailCsv()), false)
			.addString(RunParameters.WRITE_REPORTS, Boolean.toString(request.writeReports()), false)
			.addString(RunParameters.ALLOW_EMPTY_MONTH, Boolean.toString(request.allowEmptyMonth()), false)
			.addString(RunParameters.BUDGETS, orEmpty(request.finance().budgets()), false)
			.addString(RunParameters.BUSINESS_METRICS, orEmpty(request.finance().businessMetrics()), false)
			.toJobParameters();
	}

	/**
	 * Names, sizes and modification times of the inputs (and the run's options): a
	 * restart is only safe when the files are those the failed run read; otherwise the
	 * month starts over as a new run.
	 */
	static String fingerprint(RunRequest request) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : InputDiscovery.findFiles(request.inputDir(), request.ignoreGlobs())) {
				String line = InputDiscovery.relativePath(request.inputDir(), file) + "|" + Files.size(file) + "|"
						+ Files.getLastModifiedTime(file).toMillis() + "\n";
				digest.update(line.getBytes(StandardCharsets.UTF_8));
			}
			digest.update(("out=" + request.outputDir() + "|assumptions=" + request.assumptions() + "|template="
					+ request.template() + "|paper=" + request.paper() + "|detailCsv=" + request.detailCsv()
					+ (request.allowEmptyMonth() ? "|allowEmptyMonth" : ""))
				.getBytes(StandardCharsets.UTF_8));
			for (Path given : new Path[] { request.assumptions(), request.finance().budgets(),
					request.finance().businessMetrics() }) {
				if (given != null && Files.isRegularFile(given)) {
					digest.update(("file=" + given + "\n").getBytes(StandardCharsets.UTF_8));
					digest.update(Files.readAllBytes(given));
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
