package com.inferencetco.ingest;

/**
 * Marks a normalizer whose rows are independent of each other and which keeps no state
 * between them (its memos are concurrent): a large file of its format is normalized on
 * several threads at once. Bills are; telemetry is not (its normalizers follow counters
 * and samples from row to row).
 */
public interface IndependentRows {

}
