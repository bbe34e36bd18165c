package com.inferencetco.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.inferencetco.store.RunRepository;

/**
 * One partition per input file of the run, largest first so that the longest file starts
 * at once and the small ones fill the other threads.
 */
public class InputFilePartitioner implements Partitioner {

	static final String FILE_INDEX = "fileIndex";

	private final RunRepository store;

	private final long runId;

	public InputFilePartitioner(RunRepository store, long runId) {
		this.store = store;
		this.runId = runId;
	}

	private static final String NAME_PREFIX = "file-";

	/**
	 * The input file of a partition's step. A run killed while it created its partitions
	 * can leave a partition's step execution stored without its execution context (seen
	 * on PostgreSQL); its name, {@code ...:file-0003}, still says which file it reads, so
	 * the index is taken from there and put back into the context.
	 */
	static int fileIndexOf(StepExecution stepExecution) {
		ExecutionContext context = stepExecution.getExecutionContext();
		if (!context.containsKey(FILE_INDEX)) {
			String name = stepExecution.getStepName();
			int at = name.lastIndexOf(NAME_PREFIX);
			if (at < 0) {
				throw new IllegalStateException("partition step " + name + " names no input file");
			}
			context.putInt(FILE_INDEX, Integer.parseInt(name.substring(at + NAME_PREFIX.length())));
		}
		return context.getInt(FILE_INDEX);
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		store.inputFiles(runId).stream().sorted((a, b) -> Long.compare(b.sizeBytes(), a.sizeBytes())).forEach(file -> {
			ExecutionContext context = new ExecutionContext();
			context.putInt(FILE_INDEX, file.fileIndex());
			partitions.put(String.format(NAME_PREFIX + "%04d", file.fileIndex()), context);
		});
		return partitions;
	}

}
