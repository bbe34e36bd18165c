package com.inferencetco.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessException;

import com.inferencetco.store.IngestBlockStore;
import com.inferencetco.store.RecordKeyRepair;

/**
 * Before a file's partition starts or resumes: the file's restart point must agree with
 * what the database holds for it. The embedded database, killed in the middle of a block,
 * has been seen to keep a trace of that uncommitted block when it reopens (one row's
 * update of the transaction); resuming on top of it would count some lines twice. Such a
 * file is read again from its first row, which costs time, never a cent.
 */
public class ResumePointCheck implements StepExecutionListener {

	private final IngestBlockStore store;

	private final ProgressReporter progress;

	private final RecordKeyRepair repair;

	public ResumePointCheck(IngestBlockStore store, RecordKeyRepair repair, ProgressReporter progress) {
		this.store = store;
		this.repair = repair;
		this.progress = progress;
	}

	/**
	 * The check, once more after rebuilding the records' key when H2 reopened with a
	 * dangling key entry.
	 */
	private boolean agrees(long runId, int fileIndex, long rowsConsumed) {
		try {
			return store.fileAgreesWithItsCounters(runId, fileIndex, rowsConsumed);
		}
		catch (DataAccessException ex) {
			if (!RecordKeyRepair.isDanglingKey(ex)) {
				throw ex;
			}
			synchronized (repair) {
				try {
					return store.fileAgreesWithItsCounters(runId, fileIndex, rowsConsumed);
				}
				catch (DataAccessException again) {
					progress.say("the database reopened with an index entry for a row an interrupted run never wrote; "
							+ "rebuilding the index from the stored rows");
					repair.rebuild();
					return store.fileAgreesWithItsCounters(runId, fileIndex, rowsConsumed);
				}
			}
		}
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		var context = stepExecution.getExecutionContext();
		int fileIndex = InputFilePartitioner.fileIndexOf(stepExecution);
		long rowsConsumed = context.getLong(IngestBlockReader.ROWS_CONSUMED, 0L);
		if (!agrees(runId, fileIndex, rowsConsumed)) {
			progress.say(store.relativePath(runId, fileIndex) + ": the database holds part of a block "
					+ "that an interrupted run never committed; reading the file again from its first row");
			store.forgetFile(runId, fileIndex);
			context.putLong(IngestBlockReader.ROWS_CONSUMED, 0L);
		}
	}

}
