package com.inferencetco.job;

/**
 * How ingest divides its work: files read in parallel (one partition each) and the size
 * of a block, the unit that is aggregated in memory and committed with its restart point.
 *
 * @param threads files read at the same time; each also parses on a read-ahead thread
 * @param blockRows source rows per block at most: what a crash can cost to read again
 * @param blockKeys distinct line keys (and rejected rows) per block and normalizing
 * thread at most: what bounds the heap
 * @param piecesFromBytes CSV bills of at least this size (as stored) are cut into pieces
 * parsed on every thread
 */
public record IngestTuning(int threads, int blockRows, int blockKeys, long piecesFromBytes) {

	public IngestTuning {
		if (threads < 1 || blockRows < 1 || blockKeys < 1 || piecesFromBytes < 0) {
			throw new IllegalArgumentException("ingest threads and block sizes must be positive");
		}
	}
}
