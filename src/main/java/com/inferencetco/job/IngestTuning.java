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

	/**
	 * The Spring properties that set the tuning
	 * ({@code --inference-tco.ingest.threads=4}), each with the least value it takes
	 * (threads 0 = one per core): the command line checks them, the job reads them with
	 * their defaults.
	 */
	public enum Option {

		THREADS("inference-tco.ingest.threads", 0, 0), BLOCK_ROWS("inference-tco.ingest.block-rows", 1, 1_000_000),
		BLOCK_KEYS("inference-tco.ingest.block-keys", 1, 20_000),
		PIECES_FROM_BYTES("inference-tco.ingest.pieces-from-bytes", 0, 4L * 1024 * 1024);

		private final String property;

		private final long least;

		private final long byDefault;

		Option(String property, long least, long byDefault) {
			this.property = property;
			this.least = least;
			this.byDefault = byDefault;
		}

		public String property() {
			return property;
		}

		public long least() {
			return least;
		}

		/** The largest value it takes: the pieces' size is a long, the others ints. */
		public long most() {
			return this == PIECES_FROM_BYTES ? Long.MAX_VALUE : Integer.MAX_VALUE;
		}

		public long byDefault() {
			return byDefault;
		}

		/** The option of a property name, or null. */
		public static Option of(String property) {
			for (Option option : values()) {
				if (option.property.equals(property)) {
					return option;
				}
			}
			return null;
		}

	}

	public IngestTuning {
		if (threads < 1 || blockRows < 1 || blockKeys < 1 || piecesFromBytes < 0) {
			throw new IllegalArgumentException("ingest threads and block sizes must be positive");
		}
	}
}
