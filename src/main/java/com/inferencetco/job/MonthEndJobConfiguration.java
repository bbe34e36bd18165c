package com.inferencetco.job;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import com.inferencetco.ingest.IngestBlock;
import com.inferencetco.ingest.IngestSettings;
import com.inferencetco.report.ReportModelBuilder;
import com.inferencetco.store.DetailLines;
import com.inferencetco.store.IngestBlockStore;
import com.inferencetco.store.InvoiceChecks;
import com.inferencetco.store.MonthHistory;
import com.inferencetco.store.RecordKeyRepair;
import com.inferencetco.store.RecordQueries;
import com.inferencetco.store.RejectionQueries;
import com.inferencetco.store.RunRepository;
import com.inferencetco.store.SkippedInputs;

/**
 * The month-end job: discover and detect the exports, ingest them (partitioned per file,
 * in restartable blocks), reconcile, write the reports, publish the month. Every step
 * runs in the JDBC transaction manager, so a block's records and the step's restart point
 * commit together.
 */
@Configuration
public class MonthEndJobConfiguration {

	public static final String JOB_NAME = "monthEndTcoJob";

	/**
	 * The ingest tuning: the Spring properties of {@link IngestTuning.Option}, else their
	 * defaults.
	 */
	@Bean
	public IngestTuning ingestTuning(Environment environment) {
		long threads = setting(environment, IngestTuning.Option.THREADS);
		return new IngestTuning(threads > 0 ? (int) threads : Runtime.getRuntime().availableProcessors(),
				(int) setting(environment, IngestTuning.Option.BLOCK_ROWS),
				(int) setting(environment, IngestTuning.Option.BLOCK_KEYS),
				setting(environment, IngestTuning.Option.PIECES_FROM_BYTES));
	}

	private static long setting(Environment environment, IngestTuning.Option option) {
		return environment.getProperty(option.property(), Long.class, option.byDefault());
	}

	@Bean
	public Job monthEndTcoJob(JobRepository jobRepository, Step discoverInputsStep, Step ingestExportsStep,
			Step reconcileStep, Step writeReportsStep, Step publishMonthStep, MonthRuns monthRuns) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(monthRuns)
			.start(discoverInputsStep)
			.next(ingestExportsStep)
			.next(reconcileStep)
			.next(writeReportsStep)
			.next(publishMonthStep)
			.build();
	}

	@Bean
	public Step discoverInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunRepository store, SkippedInputs skippedInputs, InvoiceChecks invoiceChecks, ProgressReporter progress,
			MonthRuns monthRuns) {
		return new StepBuilder("discoverInputsStep", jobRepository)
			.tasklet(new DiscoverInputsTasklet(store, skippedInputs, invoiceChecks, progress, monthRuns),
					transactionManager)
			.build();
	}

	/**
	 * Ingest: one partition per input file, as many at a time as the tuning allows. A
	 * restart runs again only the partitions that did not complete, each from its last
	 * committed block.
	 */
	@Bean
	@ConditionalOnProperty(name = "inference-tco.distributed", havingValue = "false", matchIfMissing = true)
	public Step ingestExportsStep(JobRepository jobRepository, Step ingestFileStep, InputFilePartitioner partitioner,
			IngestTuning tuning, RunRepository store, ProgressReporter progress) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
		executor.setConcurrencyLimit(tuning.threads());
		return new StepBuilder("ingestExportsStep", jobRepository).partitioner("ingestFileStep", partitioner)
			.step(ingestFileStep)
			.gridSize(tuning.threads())
			.taskExecutor(executor)
			.listener(new IngestProgressListener(progress, store))
			.build();
	}

	/**
	 * Reads one file as blocks; each block and the file's restart point commit together.
	 */
	@Bean
	public Step ingestFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			IngestBlockReader ingestBlockReader, IngestBlockWriter ingestBlockWriter, IngestBlockStore store,
			RecordKeyRepair repair, ProgressReporter progress) {
		return new StepBuilder("ingestFileStep", jobRepository).<IngestBlock, IngestBlock>chunk(1)
			.reader(ingestBlockReader)
			.writer(ingestBlockWriter)
			.transactionManager(transactionManager)
			.listener(new ResumePointCheck(store, repair, progress))
			.build();
	}

	@Bean
	public Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunRepository store, RecordQueries records, RejectionQueries rejections, IngestBlockStore blocks,
			MonthRuns monthRuns) {
		return new StepBuilder("reconcileStep", jobRepository)
			.tasklet(new ReconcileTasklet(store, records, rejections, blocks, monthRuns), transactionManager)
			.build();
	}

	@Bean
	public Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RejectionQueries rejections, DetailLines detailLines, ReportModelBuilder builder, ProgressReporter progress,
			BuiltReportModels built, MonthHistory history, MonthRuns monthRuns) {
		return new StepBuilder("writeReportsStep", jobRepository)
			.tasklet(new WriteReportsTasklet(rejections, detailLines, builder, progress, built, history, monthRuns),
					transactionManager)
			.build();
	}

	@Bean
	public Step publishMonthStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunRepository store, MonthRuns monthRuns) {
		return new StepBuilder("publishMonthStep", jobRepository)
			.tasklet(new PublishMonthTasklet(store, monthRuns), transactionManager)
			.build();
	}

	@Bean
	@StepScope
	public InputFilePartitioner inputFilePartitioner(RunRepository store,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new InputFilePartitioner(store, stepExecution.getJobExecution().getJobInstance().getInstanceId());
	}

	@Bean
	@StepScope
	public IngestBlockReader ingestBlockReader(RunRepository store, NormalizeRowProcessor normalizeRowProcessor,
			IngestTuning tuning, ProgressReporter progress, @Value("#{stepExecution}") StepExecution stepExecution,
			MonthRuns monthRuns) {
		long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		int fileIndex = InputFilePartitioner.fileIndexOf(stepExecution);
		return new IngestBlockReader(store.inputFile(runId, fileIndex), monthRuns.of(stepExecution).inputDir(),
				normalizeRowProcessor, tuning, progress);
	}

	/**
	 * Step-scoped without a proxy: the reader calls it from its normalizing threads,
	 * where a scoped proxy would find no step context.
	 */
	@Bean
	@Scope(value = "step", proxyMode = ScopedProxyMode.NO)
	public NormalizeRowProcessor normalizeRowProcessor(@Value("#{stepExecution}") StepExecution stepExecution,
			MonthRuns monthRuns) {
		MonthRun run = monthRuns.of(stepExecution);
		// ingest sits below the cost model: the job hands it the assumptions'
		// attribution, not the assumptions
		var attribution = run.assumptions().attribution();
		return new NormalizeRowProcessor(new IngestSettings(run.month(), attribution.workloadsByHost(),
				attribution.workloadsByModel(), attribution.telemetryTimeZone()));
	}

	@Bean
	@StepScope
	public IngestBlockWriter ingestBlockWriter(IngestBlockStore store,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new IngestBlockWriter(store, stepExecution.getJobExecution().getJobInstance().getInstanceId());
	}

}
