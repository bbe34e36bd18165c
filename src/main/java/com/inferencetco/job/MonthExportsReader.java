package com.inferencetco.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import com.inferencetco.ingest.ExportFile;
import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.ingest.ExportReaders;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.store.NormalizedRecordStore;
import com.inferencetco.store.StoredInputFile;

/**
 * Reads the records of every input file of the run, file after file in the order discovery stored them. The base
 * class counts items in the step's execution context, so a restart skips exactly the records whose chunks were
 * committed.
 */
public class MonthExportsReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

	private final NormalizedRecordStore store;

	private final long runId;

	private final java.nio.file.Path inputDir;

	private final ProgressReporter progress;

	private List<StoredInputFile> files;

	private int fileIndex;

	private RecordSource current;

	public MonthExportsReader(NormalizedRecordStore store, long runId, java.nio.file.Path inputDir,
			ProgressReporter progress) {
		this.store = store;
		this.runId = runId;
		this.inputDir = inputDir;
		this.progress = progress;
		setName("monthExportsReader");
	}

	@Override
	protected void doOpen() {
		files = store.inputFiles(runId);
		fileIndex = -1;
		current = null;
	}

	@Override
	protected SourceRow doRead() {
		while (true) {
			if (current != null && current.hasNext()) {
				StoredInputFile file = files.get(fileIndex);
				return new SourceRow(file.fileIndex(), ExportFormat.fromId(file.format()), current.next());
			}
			if (current != null) {
				current.close();
				current = null;
			}
			if (++fileIndex >= files.size()) {
				return null;
			}
			StoredInputFile file = files.get(fileIndex);
			progress.currentFile(file.relativePath());
			InputFile input = new InputFile(inputDir.resolve(file.diskPath()), file.entryName(), file.relativePath());
			current = ExportReaders.open(new ExportFile(input, ExportFormat.fromId(file.format())));
		}
	}

	@Override
	protected void doClose() {
		if (current != null) {
			current.close();
			current = null;
		}
	}
}
