package com.inferencetco.ingest.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.LongConsumer;

import dev.hardwood.reader.ParquetFileReader;
import dev.hardwood.reader.RowReader;
import dev.hardwood.schema.ColumnProjection;
import dev.hardwood.schema.SchemaNode;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.ingest.SourceRecord;

/**
 * Streams the rows of a Parquet export (AWS Data Exports CUR 2.0 and FOCUS, Azure cost
 * exports) row group by row group, read with Hardwood, as records whose fields are the
 * texts the CSV layout of the same export would hold: decimals exactly, timestamps as ISO
 * instants, and map columns ({@code product}, {@code resource_tags}, FOCUS {@code Tags})
 * as JSON objects. Doubles (AWS writes its costs as DOUBLE) become the shortest decimal
 * that is the same double, as {@link ParquetValues} documents. A Parquet file inside a
 * zip archive is copied to a temporary file first: Parquet is read from its end, which a
 * stream cannot do.
 * <p>
 * Only the columns the format's normalizer reads are decoded (a projection): a reader
 * decodes every projected column in batches of at least 16,384 rows, so the 41 columns of
 * an AWS FOCUS export needed about 250 MB where the 20 that are read need under 100 MB
 * (and CUR 2.0 has over 100 columns). Measured in a 256 MB heap (BENCHMARKS.md).
 */
public final class ParquetRecordSource implements RecordSource {

	private final String fileName;

	private final dev.hardwood.Hardwood hardwood;

	private final ParquetFileReader reader;

	/**
	 * The rows being read. A projected file has one reader over all its row groups: its
	 * batches are recycled (a 5M-row month ran in 256 MB at the 1M-row month's speed). A
	 * file read whole has one reader per row group: over the whole file, all 41 columns
	 * of a FOCUS export ran out of a 256 MB heap in the decoding threads, which then
	 * waited forever. Started on the first read, so naming the columns (format detection)
	 * decodes no data.
	 */
	private RowReader rows;

	private int rowGroup;

	/** The schema of each field of the current row reader, in the reader's order. */
	private SchemaNode[] readerFields;

	private final List<SchemaNode> fields;

	private final ParquetColumns columns;

	private final Path temporary;

	/** Reports the file's stored bytes as its rows are read, for the progress line. */
	private final LongConsumer bytesRead;

	private final long fileBytes;

	private long bytesReported;

	private long row;

	private Boolean more;

	/** A source that decodes every column. */
	public ParquetRecordSource(InputFile input) {
		this(input, null);
	}

	/**
	 * A source that decodes only the columns named in {@code read} (null for all), found
	 * ignoring case; reading another column of the file is a programming error, reported
	 * as such rather than read as empty.
	 */
	public ParquetRecordSource(InputFile input, Set<String> read) {
		this.fileName = input.relativePath();
		Path temp = null;
		try {
			Path path = input.path();
			if (input.entry() != null) {
				temp = Files.createTempFile("inference-tco-", ".parquet");
				try (InputStream in = input.open()) {
					Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
				}
				path = temp;
			}
			// one decoding thread per file: files are already read in parallel, and each
			// thread holds pages in memory
			this.hardwood = dev.hardwood.Hardwood.create(dev.hardwood.HardwoodContext.create(1));
			this.reader = hardwood.open(dev.hardwood.InputFile.of(path));
			List<SchemaNode> all = List.copyOf(reader.getFileSchema().getRootNode().children());
			ParquetColumns found = ParquetColumns.of(all.stream().map(SchemaNode::name).toList(), read);
			// a file with none of the columns read is decoded whole: its rows are then
			// rejected naming what is missing
			this.columns = found.decoded() != null && found.decoded().isEmpty() ? ParquetColumns.of(found.names(), null)
					: found;
			this.fields = all.stream().filter(field -> this.columns.isDecoded(field.name())).toList();
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(temp);
			throw TcoException.inputRejected(fileName + ": cannot read the Parquet file: " + ex.getMessage()
					+ " (expected a complete Parquet file, uncompressed or compressed with Snappy, gzip or Zstandard)",
					ex);
		}
		this.temporary = temp;
		this.bytesRead = input.rawBytesRead();
		this.fileBytes = bytesRead == null ? 0 : sizeOf(input);
	}

	private static long sizeOf(InputFile input) {
		try {
			return Files.size(input.path());
		}
		catch (IOException ex) {
			return 0; // progress only
		}
	}

	/** Reports the share of the file's bytes that the rows read so far stand for. */
	private void reportProgress(boolean done) {
		long total = reader.getFileMetaData().numRows();
		if (bytesRead != null && total > 0) {
			long bytes = done ? fileBytes : Math.min(fileBytes, fileBytes * row / total);
			bytesRead.accept(bytes - bytesReported);
			bytesReported = bytes;
		}
	}

	/** The next reader: over the rest of the file when projected, else one row group. */
	private RowReader nextRowReader() {
		var builder = reader.buildRowReader();
		if (columns.decoded() != null) {
			builder.projection(ColumnProjection.columns(fields.stream().map(SchemaNode::name).toArray(String[]::new)));
			rowGroup = reader.getFileMetaData().rowGroups().size();
		}
		else {
			builder.filter(byteRange(rowGroup++));
		}
		RowReader opened = builder.build();
		readerFields = new SchemaNode[opened.getFieldCount()];
		for (int i = 0; i < readerFields.length; i++) {
			String name = opened.getFieldName(i);
			readerFields[i] = fields.stream()
				.filter(field -> field.name().equals(name))
				.findFirst()
				.orElseThrow(
						() -> new IllegalStateException("Parquet reader returned a column not asked for: " + name));
		}
		return opened;
	}

	/** The bytes of one row group: from its first column chunk to the end of its last. */
	private dev.hardwood.reader.RowGroupPredicate byteRange(int index) {
		long start = Long.MAX_VALUE;
		long end = 0;
		for (var chunk : reader.getFileMetaData().rowGroups().get(index).columns()) {
			long chunkStart = chunk.metaData().dictionaryPageOffset() != null
					? Math.min(chunk.metaData().dictionaryPageOffset(), chunk.metaData().dataPageOffset())
					: chunk.metaData().dataPageOffset();
			start = Math.min(start, chunkStart);
			end = Math.max(end, chunkStart + chunk.metaData().totalCompressedSize());
		}
		return dev.hardwood.reader.RowGroupPredicate.byteRange(start, end);
	}

	/** The top-level column names of a Parquet file: what its format is recognised by. */
	public static List<String> columnNames(InputFile input) {
		try (ParquetRecordSource source = new ParquetRecordSource(input)) {
			return source.columns.names();
		}
	}

	@Override
	public boolean hasNext() {
		if (more == null) {
			try {
				while ((rows == null || !rows.hasNext()) && rowGroup < reader.getFileMetaData().rowGroups().size()) {
					if (rows != null) {
						rows.close();
					}
					rows = nextRowReader();
				}
				more = rows != null && rows.hasNext();
				if (!more) {
					reportProgress(true);
				}
			}
			catch (RuntimeException ex) {
				throw TcoException.inputRejected(fileName + " row " + (row + 1) + ": cannot read the Parquet data: "
						+ ex.getMessage() + " (expected a complete Parquet file)", ex);
			}
		}
		return more;
	}

	@Override
	public SourceRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		more = null;
		rows.next();
		row++;
		if ((row & 0xFFF) == 0) {
			reportProgress(false);
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < readerFields.length; i++) {
			if (!rows.isNull(i)) {
				String text = ParquetValues.text(rows, i, readerFields[i]);
				if (text != null) {
					values.put(readerFields[i].name(), text);
				}
			}
		}
		return new ParquetRow(row, values, columns);
	}

	@Override
	public void close() {
		try {
			if (rows != null) {
				rows.close();
			}
			reader.close();
			hardwood.close();
		}
		catch (IOException ex) {
			// nothing was written: closing a reader cannot lose data
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	private static void deleteQuietly(Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				path.toFile().deleteOnExit();
			}
		}
	}

}
