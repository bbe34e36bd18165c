package com.inferencetco.job;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.inferencetco.report.ReportModelBuilder;
import com.inferencetco.store.NormalizedRecordStore;

/**
 * The month-end job: discover and detect the exports, ingest them (chunk-oriented and restartable), reconcile,
 * write the reports, publish the month. Every step runs in the JDBC transaction manager, so a chunk's records and
 * the step's restart point commit together.
 */
@Configuration
public class MonthEndJobConfiguration {

	public static final String JOB_NAME = "monthEndTcoJob";

	/** Records per transaction: large enough to batch inserts, small enough to lose little on a crash. */
	static final int CHUNK_SIZE = 2000;

	@Bean
	public Job monthEndTcoJob(JobRepository jobRepository, Step discoverInputsStep, Step ingestExportsStep,
			Step reconcileStep, Step writeReportsStep, Step publishMonthStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(discoverInputsStep)
			.next(ingestExportsStep)
			.next(reconcileStep)
			.next(writeReportsStep)
			.next(publishMonthStep)
			.build();
	}

	@Bean
	public Step discoverInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NormalizedRecordStore store, ProgressReporter progress) {
		return new StepBuilder("discoverInputsStep", jobRepository)
			.tasklet(new DiscoverInputsTasklet(store, progress), transactionManager)
			.build();
	}

	@Bean
	public Step ingestExportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MonthExportsReader monthExportsReader, NormalizeRowProcessor normalizeRowProcessor,
			NormalizedRecordWriter normalizedRecordWriter, ProgressReporter progress) {
		IngestProgressListener listener = new IngestProgressListener(progress);
		return new StepBuilder("ingestExportsStep", jobRepository).<SourceRow, ProcessedRow>chunk(CHUNK_SIZE)
			.reader(monthExportsReader)
			.processor(normalizeRowProcessor)
			.writer(normalizedRecordWriter)
			.transactionManager(transactionManager)
			.listener((org.springframework.batch.core.listener.StepListener) listener)
			.build();
	}

	@Bean
	public Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NormalizedRecordStore store) {
		return new StepBuilder("reconcileStep", jobRepository)
			.tasklet(new ReconcileTasklet(store), transactionManager)
			.build();
	}

	@Bean
	public Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NormalizedRecordStore store, ReportModelBuilder builder, ProgressReporter progress) {
		return new StepBuilder("writeReportsStep", jobRepository)
			.tasklet(new WriteReportsTasklet(store, builder, progress), transactionManager)
			.build();
	}

	@Bean
	public Step publishMonthStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NormalizedRecordStore store) {
		return new StepBuilder("publishMonthStep", jobRepository)
			.tasklet(new PublishMonthTasklet(store), transactionManager)
			.build();
	}

	@Bean
	@StepScope
	public MonthExportsReader monthExportsReader(NormalizedRecordStore store, ProgressReporter progress,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new MonthExportsReader(store, stepExecution.getJobExecution().getJobInstance().getInstanceId(),
				RunParameters.inputDir(stepExecution.getJobParameters()), progress);
	}

	@Bean
	@StepScope
	public NormalizeRowProcessor normalizeRowProcessor(@Value("#{stepExecution}") StepExecution stepExecution) {
		var parameters = stepExecution.getJobParameters();
		return new NormalizeRowProcessor(com.inferencetco.ingest.IngestSettings.of(RunParameters.month(parameters),
				ReconcileTasklet.AssumptionsSource.load(parameters)));
	}

	@Bean
	@StepScope
	public NormalizedRecordWriter normalizedRecordWriter(NormalizedRecordStore store,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new NormalizedRecordWriter(store, stepExecution.getJobExecution().getJobInstance().getInstanceId());
	}
}
