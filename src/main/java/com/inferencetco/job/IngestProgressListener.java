package com.inferencetco.job;

import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import com.inferencetco.store.RunRepository;
import com.inferencetco.store.StoredInputFile;

/**
 * Starts the progress report of the ingest step (counting rows a failed attempt
 * committed) and ends it.
 */
public class IngestProgressListener implements StepExecutionListener {

	private final ProgressReporter progress;

	private final RunRepository store;

	public IngestProgressListener(ProgressReporter progress, RunRepository store) {
		this.progress = progress;
		this.store = store;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		List<StoredInputFile> files = store
			.inputFiles(stepExecution.getJobExecution().getJobInstance().getInstanceId());
		progress.startIngest(files.stream().mapToLong(StoredInputFile::rowsRead).sum(),
				files.stream().mapToLong(StoredInputFile::sizeBytes).sum());
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		progress.finishIngest();
		return stepExecution.getExitStatus();
	}

}
