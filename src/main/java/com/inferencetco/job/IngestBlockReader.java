package com.inferencetco.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import com.inferencetco.ingest.ExportFile;
import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.ingest.ExportReaders;
import com.inferencetco.ingest.IngestBlock;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.ReadAheadRecordSource;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.csv.CsvPieces;
import com.inferencetco.store.StoredInputFile;

/**
 * Reads one input file as blocks of normalized, aggregated rows: each item is a
 * {@link IngestBlock} of about {@link IngestTuning#blockRows()} source rows, or fewer
 * when {@link IngestTuning#blockKeys()} distinct line keys are reached, so that a million
 * bill lines become a few thousand database writes while memory stays bounded by the keys
 * of one block. A block is always the next rows of the file, so the rows of the blocks
 * already written are the restart point: a restart skips exactly those rows.
 * <p>
 * Bills (whose rows are independent) use every core: a large CSV bill is cut into pieces
 * that several threads parse and normalize at once; other bills are parsed on a
 * read-ahead thread and normalized on several. Telemetry, whose normalizers follow
 * counters from row to row, is normalized in file order on one thread.
 */
public class IngestBlockReader implements ItemStreamReader<IngestBlock> {

	static final String ROWS_CONSUMED = "rows.consumed";

	/**
	 * Rows a thread takes at a time from a record source: cheap hand-over, blocks still
	 * end evenly.
	 */
	private static final int CLAIM = 1024;

	private final StoredInputFile file;

	private final Path inputDir;

	private final NormalizeRowProcessor processor;

	private final IngestTuning tuning;

	private final ProgressReporter progress;

	private RecordSource source;

	private CsvPieces pieces;

	/** Records of a piece cut by the restart point, read before the next piece. */
	private List<SourceRecord> leftover = List.of();

	private long rowsConsumed;

	/**
	 * Normalizes parts of a block at once, for formats whose rows are independent; null
	 * otherwise.
	 */
	private ExecutorService normalizers;

	/** Rows taken by the threads for the block being read. */
	private long rowsClaimed;

	private volatile boolean blockFull;

	public IngestBlockReader(StoredInputFile file, Path inputDir, NormalizeRowProcessor processor, IngestTuning tuning,
			ProgressReporter progress) {
		this.file = file;
		this.inputDir = inputDir;
		this.processor = processor;
		this.tuning = tuning;
		this.progress = progress;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		rowsConsumed = executionContext.getLong(ROWS_CONSUMED, 0L);
		progress.fileStarted(file.relativePath());
		InputFile input = new InputFile(inputDir.resolve(file.diskPath()), file.entryName(), file.relativePath())
			.withProgress(progress::bytesRead);
		boolean parallel = tuning.threads() > 1 && processor.isThreadSafe(format());
		if (parallel && ExportReaders.isPlainCsv(format(), input) && file.sizeBytes() >= tuning.piecesFromBytes()) {
			try {
				pieces = new CsvPieces(input, Map.of(ExportReaders.SOURCE_FILE, file.relativePath()));
			}
			catch (CsvPieces.NotSplittable ex) {
				pieces = null;
			}
		}
		if (pieces == null) {
			source = new ReadAheadRecordSource(ExportReaders.open(new ExportFile(input, format())),
					file.relativePath());
		}
		skip(rowsConsumed);
		if (parallel) {
			normalizers = Executors.newFixedThreadPool(tuning.threads(), runnable -> {
				Thread thread = new Thread(runnable, "normalize " + file.relativePath());
				thread.setDaemon(true);
				return thread;
			});
		}
	}

	/** Passes over the rows that blocks written before a restart hold. */
	private void skip(long rows) {
		if (pieces == null) {
			for (long skipped = 0; skipped < rows && source.hasNext(); skipped++) {
				source.next();
			}
			return;
		}
		long remaining = rows;
		CsvPieces.Piece piece;
		while (remaining > 0 && (piece = pieces.next()) != null) {
			List<SourceRecord> records = piece.records();
			if (records.size() > remaining) {
				leftover = new ArrayList<>(records.subList((int) remaining, records.size()));
			}
			remaining -= Math.min(remaining, records.size());
		}
	}

	@Override
	public IngestBlock read() throws Exception {
		rowsClaimed = 0;
		blockFull = false;
		IngestBlock block = normalizers == null ? normalize(tuning.blockKeys()) : normalizeInParallel();
		if (block.isEmpty()) {
			progress.fileFinished(file.relativePath());
			return null;
		}
		if (rowsConsumed == 0) {
			// nothing of this file is stored yet (a failed first block rolled back): its
			// records need no update
			block.markFirstOfFile();
		}
		rowsConsumed += block.rows();
		if (!hasMoreRows()) {
			// writing this block completes the file: a file read in several blocks has
			// its parts merged then
			block.markLastOfFile();
		}
		return block;
	}

	/**
	 * Whether rows remain after the blocks read so far; the next piece of a cut file is
	 * parsed here to know.
	 */
	private boolean hasMoreRows() {
		if (!leftover.isEmpty()) {
			return true;
		}
		if (pieces == null) {
			return source.hasNext();
		}
		CsvPieces.Piece piece;
		while ((piece = pieces.next()) != null) {
			List<SourceRecord> records = piece.records();
			if (!records.isEmpty()) {
				leftover = new ArrayList<>(records);
				return true;
			}
		}
		return false;
	}

	/**
	 * Each thread takes runs of rows in file order and sums its own part; the parts are
	 * then added up. The block is still exactly the next rows of the file, so the restart
	 * point stays a row count.
	 */
	private IngestBlock normalizeInParallel() throws Exception {
		List<Future<IngestBlock>> parts = new ArrayList<>();
		for (int i = 0; i < tuning.threads(); i++) {
			parts.add(normalizers.submit(() -> normalize(tuning.blockKeys())));
		}
		IngestBlock block = new IngestBlock();
		Exception failure = null;
		for (Future<IngestBlock> part : parts) {
			try {
				block.addAll(part.get());
			}
			catch (ExecutionException ex) {
				failure = failure != null ? failure : ex.getCause() instanceof Exception cause ? cause : ex;
				blockFull = true;
			}
		}
		if (failure != null) {
			throw failure;
		}
		return block;
	}

	/**
	 * Normalizes the rows this thread takes into a part of the block until the block is
	 * full or the file ends.
	 */
	private IngestBlock normalize(int maxKeys) {
		IngestBlock part = new IngestBlock();
		Run run;
		try {
			while ((run = claim()) != null) {
				List<SourceRecord> rows = run.records();
				for (SourceRecord record : rows) {
					part.add(file.fileIndex(),
							processor.process(new SourceRow(file.fileIndex(), format(), record)).outcome());
				}
				progress.rowsRead(rows.size());
				if (part.keyCount() >= maxKeys || part.rejections().size() >= maxKeys) {
					blockFull = true;
				}
			}
		}
		catch (RuntimeException | Error ex) {
			blockFull = true; // the other threads stop too: the block fails as a whole
			throw ex;
		}
		return part;
	}

	/** Rows taken by one thread: read already, or a piece it parses itself. */
	private interface Run {

		List<SourceRecord> records();

	}

	/**
	 * The next rows of the file for one thread, or null when the block is full or the
	 * file has ended.
	 */
	private synchronized Run claim() {
		if (blockFull || rowsClaimed >= tuning.blockRows()) {
			return null;
		}
		if (!leftover.isEmpty()) {
			List<SourceRecord> rows = leftover;
			leftover = List.of();
			rowsClaimed += rows.size();
			return () -> rows;
		}
		if (pieces != null) {
			CsvPieces.Piece piece = pieces.next();
			if (piece == null) {
				return null;
			}
			return () -> {
				List<SourceRecord> rows = piece.records();
				counted(rows.size());
				return rows;
			};
		}
		int wanted = (int) Math.min(CLAIM, tuning.blockRows() - rowsClaimed);
		List<SourceRecord> rows = new ArrayList<>(wanted);
		while (rows.size() < wanted && source.hasNext()) {
			rows.add(source.next());
		}
		rowsClaimed += rows.size();
		return rows.isEmpty() ? null : () -> rows;
	}

	/** Counts the rows of a piece once parsed (their number is known only then). */
	private synchronized void counted(int rows) {
		rowsClaimed += rows;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(ROWS_CONSUMED, rowsConsumed);
	}

	@Override
	public void close() {
		if (normalizers != null) {
			normalizers.shutdownNow();
			normalizers = null;
		}
		if (pieces != null) {
			pieces.close();
			pieces = null;
		}
		if (source != null) {
			source.close();
			source = null;
		}
		progress.fileFinished(file.relativePath());
	}

	private ExportFormat format() {
		return ExportFormat.fromId(file.format());
	}

}
