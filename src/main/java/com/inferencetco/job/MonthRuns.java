package com.inferencetco.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import com.inferencetco.reconcile.Reconciliation;

/**
 * The {@link MonthRun} of each job execution in progress, built at its first use and
 * handed to every step and partition after it; forgotten when the execution ends. (Not a
 * job-scoped bean: the ingest partitions run on threads of their own, where no job scope
 * is bound.)
 */
@Component
public class MonthRuns implements JobExecutionListener {

	private final Map<Long, MonthRun> runs = new ConcurrentHashMap<>();

	private final Map<Long, Reconciliation> reconciled = new ConcurrentHashMap<>();

	public MonthRun of(StepExecution step) {
		return runs.computeIfAbsent(step.getJobExecutionId(), id -> MonthRun.of(step.getJobParameters()));
	}

	/** Keeps what the reconcile step computed for the report step after it. */
	public void reconciled(StepExecution step, Reconciliation reconciliation) {
		reconciled.put(step.getJobExecutionId(), reconciliation);
	}

	/**
	 * The execution's reconciliation, or null when this execution did not reconcile (a
	 * restart that resumed after the reconcile step): the report model then computes it.
	 */
	public Reconciliation reconciliation(StepExecution step) {
		return reconciled.get(step.getJobExecutionId());
	}

	@Override
	public void afterJob(JobExecution execution) {
		runs.remove(execution.getId());
		reconciled.remove(execution.getId());
	}

}
