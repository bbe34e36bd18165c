package com.inferencetco.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

/** Reports the ingest step's progress after each chunk, and its totals at the end. */
public class IngestProgressListener implements ChunkListener<SourceRow, ProcessedRow>, StepExecutionListener {

	private final ProgressReporter progress;

	private StepExecution stepExecution;

	public IngestProgressListener(ProgressReporter progress) {
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
		progress.startIngest(stepExecution.getReadCount());
	}

	@Override
	public void afterChunk(org.springframework.batch.infrastructure.item.Chunk<ProcessedRow> chunk) {
		if (stepExecution != null) {
			progress.rowsRead(stepExecution.getReadCount());
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		progress.finishIngest(stepExecution.getReadCount());
		return stepExecution.getExitStatus();
	}
}
