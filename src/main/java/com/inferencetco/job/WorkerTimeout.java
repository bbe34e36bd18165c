package com.inferencetco.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a distributed run says when its workers did not finish the partitions in time: the
 * queue, and whether no worker answered at all or some partitions were left unfinished (a
 * worker stopped or killed mid-partition).
 */
final class WorkerTimeout {

	private WorkerTimeout() {
	}

	static String message(JobExecution execution, String queueName) {
		long partitions = 0;
		long untouched = 0;
		long done = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			if (!step.getStepName().startsWith("ingestFileStep")) {
				continue;
			}
			partitions++;
			if (step.getStatus() == BatchStatus.STARTING) {
				untouched++;
			}
			else if (step.getStatus() == BatchStatus.COMPLETED) {
				done++;
			}
		}
		String queue = "RabbitMQ queue " + queueName;
		String what = partitions > 0 && untouched == partitions
				? "no worker answered on " + queue + " within the worker timeout (" + partitions
						+ " partitions waiting)"
				: (partitions - done) + " of " + partitions + " partitions were not finished by the workers of " + queue
						+ " within the worker timeout (a worker stopped or killed mid-partition?)";
		return what + "; start workers (java -jar inference-tco.jar worker --spring.datasource.url=... "
				+ "--spring.rabbitmq.host=...) and run the same command again: it resumes the unfinished partitions";
	}

}
