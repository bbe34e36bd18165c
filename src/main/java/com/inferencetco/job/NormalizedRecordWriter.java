package com.inferencetco.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.inferencetco.store.ChunkOfOutcomes;
import com.inferencetco.store.NormalizedRecordStore;

/** Sums a chunk's records per line key and writes them, its rejections and its file counters in one go. */
public class NormalizedRecordWriter implements ItemWriter<ProcessedRow> {

	private final NormalizedRecordStore store;

	private final long runId;

	public NormalizedRecordWriter(NormalizedRecordStore store, long runId) {
		this.store = store;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends ProcessedRow> items) {
		ChunkOfOutcomes chunk = new ChunkOfOutcomes();
		for (ProcessedRow row : items) {
			chunk.add(row.fileIndex(), row.outcome());
		}
		store.write(runId, chunk);
	}
}
