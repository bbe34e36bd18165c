package com.inferencetco.job;

import java.time.Instant;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.inferencetco.store.RunRepository;

/**
 * Step 5: makes this run the one that stands for its month and drops the records of the
 * runs it replaces, so a rerun never double counts and a file removed from the folder
 * disappears from the month.
 */
public class PublishMonthTasklet implements Tasklet {

	private final MonthRuns monthRuns;

	private final RunRepository store;

	public PublishMonthTasklet(RunRepository store, MonthRuns monthRuns) {
		this.monthRuns = monthRuns;
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var stepExecution = contribution.getStepExecution();
		long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		store.publishMonth(monthRuns.of(stepExecution).month().toString(), runId, Instant.now());
		return RepeatStatus.FINISHED;
	}

}
