package com.inferencetco.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads a source on a thread of its own, a few batches ahead of the consumer:
 * decompressing and parsing a file then runs on one core while normalizing runs on
 * another. The queue is bounded, so memory stays a few batches whatever the file's size;
 * a failure of the source reaches the consumer as the same exception, in order.
 */
public final class ReadAheadRecordSource implements RecordSource {

	static final int BATCH = 512;

	private static final int BATCHES_AHEAD = 4;

	private final RecordSource source;

	private final Handoff<List<SourceRecord>> batches;

	private Iterator<SourceRecord> current = List.<SourceRecord>of().iterator();

	public ReadAheadRecordSource(RecordSource source, String name) {
		this.source = source;
		this.batches = new Handoff<>(BATCHES_AHEAD, "read-ahead " + name, this::readAhead);
	}

	private void readAhead(Handoff<List<SourceRecord>> handoff) {
		while (!handoff.isClosed()) {
			List<SourceRecord> records = new ArrayList<>(BATCH);
			while (records.size() < BATCH && source.hasNext()) {
				records.add(source.next());
			}
			if (!records.isEmpty()) {
				handoff.put(records);
			}
			if (records.size() < BATCH) {
				return;
			}
		}
	}

	@Override
	public boolean hasNext() {
		while (!current.hasNext()) {
			// a failure of the source reaches here after the records read before it
			List<SourceRecord> batch = batches.take();
			if (batch == null) {
				return false;
			}
			current = batch.iterator();
		}
		return true;
	}

	@Override
	public SourceRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return current.next();
	}

	@Override
	public void close() {
		batches.close();
		source.close();
	}

}
