package com.inferencetco.ingest.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.ingest.SourceRecord;

/**
 * What the JSON record sources share: a streaming parser over the (possibly gzipped)
 * file, a small queue of records read ahead (one bucket, series or line at a time, so
 * memory does not grow with the file), and errors that name the file, line and column.
 */
abstract class QueuedJsonRecordSource implements RecordSource {

	protected final String fileName;

	protected final JsonParser parser;

	private final InputStream in;

	private final Deque<SourceRecord> pending = new ArrayDeque<>();

	private boolean finished;

	protected QueuedJsonRecordSource(InputFile input, JsonMapper mapper, String what) {
		this.fileName = input.relativePath();
		try {
			this.in = input.open();
			this.parser = mapper.createParser(in);
		}
		catch (IOException | JacksonException ex) {
			throw TcoException.inputRejected(fileName + ": cannot open the " + what + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads on until at least one record is queued, or calls {@link #finish()} at the end
	 * of the file.
	 */
	protected abstract void readMore();

	protected final void queue(SourceRecord record) {
		pending.addLast(record);
	}

	protected final void finish() {
		finished = true;
	}

	/**
	 * A parse failure as an input error naming the file, line and column and what was
	 * expected.
	 */
	protected final TcoException malformed(JacksonException ex, String expected) {
		return TcoException.inputRejected(fileName + " line " + parser.currentLocation().getLineNr() + " column "
				+ parser.currentLocation().getColumnNr() + ": malformed JSON: " + ex.getOriginalMessage()
				+ " (expected " + expected + ")", ex);
	}

	@Override
	public final boolean hasNext() {
		while (pending.isEmpty() && !finished) {
			readMore();
		}
		return !pending.isEmpty();
	}

	@Override
	public final SourceRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return pending.removeFirst();
	}

	@Override
	public final void close() {
		try {
			parser.close();
			in.close();
		}
		catch (IOException | JacksonException ex) {
			// read-only; nothing to lose
		}
	}

}
