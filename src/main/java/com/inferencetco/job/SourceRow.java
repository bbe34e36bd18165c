package com.inferencetco.job;

import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.ingest.SourceRecord;

/** A record as read, with the file it came from. */
public record SourceRow(int fileIndex, ExportFormat format, SourceRecord record) {
}
