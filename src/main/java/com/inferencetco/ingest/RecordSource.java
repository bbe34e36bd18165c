package com.inferencetco.ingest;

import java.io.Closeable;
import java.util.Iterator;

/** Streams the records of one export file; memory does not grow with the file. */
public interface RecordSource extends Iterator<SourceRecord>, Closeable {

	@Override
	void close();

}
