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

import dev.hardwood.reader.ParquetFileReader;
import dev.hardwood.reader.RowReader;
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
 */
public final class ParquetRecordSource implements RecordSource {

	private final String fileName;

	private final dev.hardwood.Hardwood hardwood;

	private final ParquetFileReader reader;

	/**
	 * The rows of the current row group. One reader per row group keeps memory to one
	 * group: a reader over the whole file decodes ahead without bound (1 GB live for a
	 * 700 MB file). Started on the first read, so naming the columns (format detection)
	 * decodes no data.
	 */
	private RowReader rows;

	private int rowGroup;

	private final List<SchemaNode> fields;

	private final List<String> columnNames;

	private final Path temporary;

	private long row;

	private Boolean more;

	public ParquetRecordSource(InputFile input) {
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
			this.fields = List.copyOf(reader.getFileSchema().getRootNode().children());
			this.columnNames = fields.stream().map(SchemaNode::name).toList();
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(temp);
			throw TcoException.inputRejected(fileName + ": cannot read the Parquet file: " + ex.getMessage()
					+ " (expected a complete Parquet file, uncompressed or compressed with Snappy, gzip or Zstandard)",
					ex);
		}
		this.temporary = temp;
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
			return source.columnNames;
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
					rows = reader.buildRowReader().filter(byteRange(rowGroup++)).build();
				}
				more = rows != null && rows.hasNext();
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
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < fields.size(); i++) {
			if (!rows.isNull(i)) {
				String text = ParquetValues.text(rows, i, fields.get(i));
				if (text != null) {
					values.put(fields.get(i).name(), text);
				}
			}
		}
		return new ParquetRow(row, values, columnNames);
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
