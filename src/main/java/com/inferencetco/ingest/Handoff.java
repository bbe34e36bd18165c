package com.inferencetco.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Items made on a thread of their own and taken in order by the threads that use them, a
 * few at most in between (so memory stays bounded whatever the file's size). The producer
 * ends the stream normally or with a failure; a consumer then gets the same exception,
 * after every item made before it. Closing stops the producer.
 */
public final class Handoff<T> {

	/**
	 * What the producer does with the handoff: puts items, then returns (the end) or
	 * throws (a failure).
	 */
	@FunctionalInterface
	public interface Producer<T> {

		void produce(Handoff<T> handoff);

	}

	private record End(RuntimeException failure) {
	}

	private final BlockingQueue<Object> queue;

	private final Thread producer;

	private volatile boolean closed;

	private boolean ended;

	public Handoff(int capacity, String threadName, Producer<T> work) {
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.producer = new Thread(() -> {
			try {
				work.produce(this);
				offer(new End(null));
			}
			catch (RuntimeException ex) {
				offer(new End(ex));
			}
			catch (Error ex) {
				offer(new End(new IllegalStateException(ex.getMessage(), ex)));
			}
		}, threadName);
		this.producer.setDaemon(true);
		this.producer.start();
	}

	/**
	 * Hands an item over, waiting while the consumers are busy; returns at once once the
	 * handoff is closed.
	 */
	public void put(T item) {
		offer(item);
	}

	/** True once the consumers have gone: the producer should stop. */
	public boolean isClosed() {
		return closed;
	}

	/**
	 * The next item in order, or null after the last; rethrows the producer's failure.
	 */
	@SuppressWarnings("unchecked")
	public synchronized T take() {
		if (ended) {
			return null;
		}
		Object item;
		try {
			item = queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for " + producer.getName(), ex);
		}
		if (item instanceof End end) {
			ended = true;
			if (end.failure() != null) {
				throw end.failure();
			}
			return null;
		}
		return (T) item;
	}

	/**
	 * Stops the producer, waiting for it to finish the item it is making (so its input
	 * can be closed after).
	 */
	public void close() {
		closed = true;
		queue.clear();
		try {
			producer.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void offer(Object item) {
		try {
			while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
				// the consumers are busy; wait unless they have gone
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
