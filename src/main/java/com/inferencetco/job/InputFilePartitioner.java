package com.inferencetco.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.inferencetco.store.NormalizedRecordStore;
import com.inferencetco.store.StoredInputFile;

/**
 * One partition per input file of the run, largest first so that the longest file starts at once and the small
 * ones fill the other threads.
 */
public class InputFilePartitioner implements Partitioner {

	static final String FILE_INDEX = "fileIndex";

	private final NormalizedRecordStore store;

	private final long runId;

	public InputFilePartitioner(NormalizedRecordStore store, long runId) {
		this.store = store;
		this.runId = runId;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		store.inputFiles(runId)
			.stream()
			.sorted((a, b) -> Long.compare(b.sizeBytes(), a.sizeBytes()))
			.forEach(file -> {
				ExecutionContext context = new ExecutionContext();
				context.putInt(FILE_INDEX, file.fileIndex());
				partitions.put(String.format("file-%04d", file.fileIndex()), context);
			});
		return partitions;
	}
}
