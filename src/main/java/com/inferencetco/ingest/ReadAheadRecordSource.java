package com.inferencetco.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a source on a thread of its own, a few batches ahead of the consumer: decompressing and parsing a file
 * then runs on one core while normalizing runs on another. The queue is bounded, so memory stays a few batches
 * whatever the file's size; a failure of the source reaches the consumer as the same exception, in order.
 */
public final class ReadAheadRecordSource implements RecordSource {

	static final int BATCH = 512;

	private static final int BATCHES_AHEAD = 4;

	private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);

	private final RecordSource source;

	private final Thread reader;

	private volatile boolean closed;

	private Iterator<SourceRecord> current = List.<SourceRecord>of().iterator();

	private boolean ended;

	public ReadAheadRecordSource(RecordSource source, String name) {
		this.source = source;
		this.reader = new Thread(this::readAhead, "read-ahead " + name);
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/** A run of records, or the end of the source, or its failure. */
	private record Batch(List<SourceRecord> records, RuntimeException failure, boolean last) {
	}

	private void readAhead() {
		try {
			while (!closed) {
				List<SourceRecord> records = new ArrayList<>(BATCH);
				while (records.size() < BATCH && source.hasNext()) {
					records.add(source.next());
				}
				boolean last = records.size() < BATCH;
				put(new Batch(records, null, last));
				if (last) {
					return;
				}
			}
		}
		catch (RuntimeException | Error ex) {
			RuntimeException failure = ex instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getMessage(), ex);
			put(new Batch(List.of(), failure, true));
		}
	}

	private void put(Batch batch) {
		try {
			while (!closed && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
				// the consumer is busy; wait unless it has gone
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean hasNext() {
		while (!current.hasNext()) {
			if (ended) {
				return false;
			}
			Batch batch;
			try {
				batch = queue.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while reading ahead", ex);
			}
			current = batch.records().iterator();
			if (batch.last()) {
				ended = true;
			}
			if (batch.failure() != null) {
				// records read before the failure come first, as they would without the read-ahead
				throw batch.failure();
			}
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
		closed = true;
		queue.clear();
		try {
			reader.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		source.close();
	}
}
