package com.inferencetco.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.inferencetco.ingest.IngestBlock;
import com.inferencetco.store.IngestBlockStore;

/**
 * Writes each block's aggregated records, rejections and file counters in the chunk's
 * transaction.
 */
public class IngestBlockWriter implements ItemWriter<IngestBlock> {

	private final IngestBlockStore store;

	private final long runId;

	public IngestBlockWriter(IngestBlockStore store, long runId) {
		this.store = store;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends IngestBlock> blocks) {
		for (IngestBlock block : blocks) {
			store.write(runId, block);
		}
	}

}
