package com.inferencetco.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import com.inferencetco.ingest.ExportFile;
import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.ingest.ExportReaders;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.ReadAheadRecordSource;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.store.ChunkOfOutcomes;
import com.inferencetco.store.StoredInputFile;

/**
 * Reads one input file as blocks of normalized, aggregated rows: each item is a {@link ChunkOfOutcomes} of up to
 * {@link IngestTuning#blockRows()} source rows or {@link IngestTuning#blockKeys()} distinct line keys, so that a
 * million bill lines become a few thousand database writes while memory stays bounded by the keys of one block.
 * The rows of the blocks already written are the restart point: a restart skips exactly those rows.
 */
public class IngestBlockReader implements ItemStreamReader<ChunkOfOutcomes> {

	static final String ROWS_CONSUMED = "rows.consumed";

	/** Rows a thread takes at a time: enough to make the hand-over cheap, few enough to end a block evenly. */
	private static final int CLAIM = 1024;

	private final StoredInputFile file;

	private final Path inputDir;

	private final NormalizeRowProcessor processor;

	private final IngestTuning tuning;

	private final ProgressReporter progress;

	private RecordSource source;

	private long rowsConsumed;

	/** Normalizes parts of a block at once, for formats whose rows are independent; null otherwise. */
	private ExecutorService normalizers;

	/** Rows handed out to the normalizing threads in the block being read. */
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
		source = new ReadAheadRecordSource(ExportReaders.open(new ExportFile(input, format())), file.relativePath());
		for (long skipped = 0; skipped < rowsConsumed && source.hasNext(); skipped++) {
			source.next();
		}
		if (tuning.threads() > 1 && processor.isThreadSafe(format())) {
			normalizers = Executors.newFixedThreadPool(tuning.threads(), runnable -> {
				Thread thread = new Thread(runnable, "normalize " + file.relativePath());
				thread.setDaemon(true);
				return thread;
			});
		}
	}

	@Override
	public ChunkOfOutcomes read() throws Exception {
		rowsClaimed = 0;
		blockFull = false;
		ChunkOfOutcomes block = normalizers == null ? normalize(tuning.blockKeys()) : normalizeInParallel();
		if (block.isEmpty()) {
			progress.fileFinished(file.relativePath());
			return null;
		}
		if (rowsConsumed == 0) {
			// nothing of this file is stored yet (a failed first block rolled back): its records need no update
			block.markFirstOfFile();
		}
		rowsConsumed += block.rows();
		return block;
	}

	/**
	 * Each thread claims runs of rows in file order and sums its own part; the parts are then added up. The block
	 * is still exactly the next rows of the file, so the restart point stays a row count.
	 */
	private ChunkOfOutcomes normalizeInParallel() throws Exception {
		int threads = tuning.threads();
		List<Future<ChunkOfOutcomes>> parts = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			parts.add(normalizers.submit(() -> normalize(tuning.blockKeys())));
		}
		ChunkOfOutcomes block = new ChunkOfOutcomes();
		Exception failure = null;
		for (Future<ChunkOfOutcomes> part : parts) {
			try {
				block.addAll(part.get());
			}
			catch (ExecutionException ex) {
				failure = ex.getCause() instanceof Exception cause ? cause : ex;
			}
		}
		if (failure != null) {
			throw failure;
		}
		return block;
	}

	/** Normalizes claimed rows into a part of the block until the block is full or the file ends. */
	private ChunkOfOutcomes normalize(int maxKeys) {
		ChunkOfOutcomes part = new ChunkOfOutcomes();
		List<SourceRecord> rows;
		while ((rows = claim()) != null) {
			for (SourceRecord record : rows) {
				part.add(file.fileIndex(), processor.process(new SourceRow(file.fileIndex(), format(), record)).outcome());
			}
			progress.rowsRead(rows.size());
			if (part.keyCount() >= maxKeys || part.rejections().size() >= maxKeys) {
				blockFull = true;
			}
		}
		return part;
	}

	/** The next rows of the file for one thread, or null when the block is full or the file has ended. */
	private synchronized List<SourceRecord> claim() {
		if (blockFull || rowsClaimed >= tuning.blockRows()) {
			return null;
		}
		int wanted = (int) Math.min(CLAIM, tuning.blockRows() - rowsClaimed);
		List<SourceRecord> rows = new ArrayList<>(wanted);
		while (rows.size() < wanted && source.hasNext()) {
			rows.add(source.next());
		}
		rowsClaimed += rows.size();
		return rows.isEmpty() ? null : rows;
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
