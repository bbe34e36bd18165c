package com.inferencetco.ingest.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.input.BOMInputStream;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.ingest.SourceRecord;

/**
 * Streams a CSV export with Commons CSV: strips a UTF-8 BOM (Azure and FOCUS exports
 * carry one, and Commons CSV would keep it in the first header), maps columns by header
 * name, and reports each record's starting line.
 */
public class CsvRecordSource implements RecordSource {

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.setIgnoreEmptyLines(true)
		.setAllowMissingColumnNames(true)
		.setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
		.get();

	private final String fileName;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final CsvColumns columns;

	private final Map<String, String> constants;

	private final List<String> headerNames;

	private final long lineOffset;

	private long previousEndLine;

	public CsvRecordSource(InputFile input) {
		this(input, 0, Map.of());
	}

	/**
	 * @param preambleLines lines before the header to skip (the GCP console's cost table
	 * has some)
	 * @param constants fields every record carries in addition to its columns (e.g. a
	 * preamble's currency)
	 */
	public CsvRecordSource(InputFile input, int preambleLines, Map<String, String> constants) {
		this.fileName = input.relativePath();
		this.constants = Map.copyOf(constants);
		InputStream in = null;
		try {
			in = input.open();
			Reader reader = new LineLengthLimit(
					new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8),
					fileName);
			this.previousEndLine = skipLines(reader, preambleLines) + 1;
			this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
			this.records = parser.iterator();
			this.columns = CsvColumns.of(parser.getHeaderNames(), fileName);
			this.headerNames = List.copyOf(parser.getHeaderNames());
			this.lineOffset = previousEndLine - 1;
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			closeQuietly(in);
			throw TcoException.inputRejected(fileName + ": cannot read the CSV header: " + ex.getMessage()
					+ " (expected a comma-separated header line with unique column names)", ex);
		}
	}

	/** The header's column names, in file order. */
	public List<String> headerNames() {
		return parser.getHeaderNames();
	}

	@Override
	public boolean hasNext() {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw TcoException.inputRejected(fileName + " line " + (parser.getCurrentLineNumber() + lineOffset + 1)
					+ ": cannot read the file past this point: " + rootMessage(ex)
					+ " (expected well-formed CSV, e.g. no unbalanced quotes, and a complete .gz)", ex);
		}
	}

	@Override
	public SourceRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		CSVRecord record = records.next();
		long startLine = previousEndLine + 1;
		previousEndLine = parser.getCurrentLineNumber() + lineOffset;
		return new CsvSourceRecord(record, columns, constants, headerNames, startLine);
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException ex) {
			// Nothing was written; a failed close of a read-only stream loses nothing.
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

	private static void closeQuietly(InputStream in) {
		if (in != null) {
			try {
				in.close();
			}
			catch (IOException ignored) {
				// already failing
			}
		}
	}

	/**
	 * Longest line accepted: far beyond any export's, small enough that one hostile field
	 * cannot exhaust the heap.
	 */
	static final int MAX_LINE_CHARS = 8 * 1024 * 1024;

	/**
	 * Fails a read once a line grows past the limit (a 100 MB field would otherwise be
	 * held whole in memory).
	 */
	private static final class LineLengthLimit extends FilterReader {

		private final String fileName;

		private long sinceNewline;

		private long line = 1;

		LineLengthLimit(Reader in, String fileName) {
			super(in);
			this.fileName = fileName;
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			track(c);
			return c;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			for (int i = 0; i < n; i++) {
				track(buffer[offset + i]);
			}
			return n;
		}

		private void track(int c) throws IOException {
			if (c == '\n') {
				sinceNewline = 0;
				line++;
			}
			else if (c >= 0 && ++sinceNewline > MAX_LINE_CHARS) {
				throw new IOException(fileName + " line " + line + " is longer than " + MAX_LINE_CHARS / (1024 * 1024)
						+ " million characters; expected CSV records of a cost export");
			}
		}

	}

	/**
	 * Reads and drops the preamble, one character at a time so the parser starts exactly
	 * at the header.
	 */
	private static int skipLines(Reader reader, int lines) throws IOException {
		for (int skipped = 0; skipped < lines; skipped++) {
			int c;
			while ((c = reader.read()) != -1 && c != '\n') {
				// skip
			}
			if (c == -1) {
				return skipped;
			}
		}
		return lines;
	}

	/** A record as Commons CSV parsed it. */
	static final class CsvSourceRecord extends CsvRow {

		private final CSVRecord record;

		CsvSourceRecord(CSVRecord record, CsvColumns columns, Map<String, String> constants, List<String> headerNames,
				long line) {
			super(columns, constants, headerNames, line);
			this.record = record;
		}

		@Override
		int size() {
			return record.size();
		}

		@Override
		String value(int index) {
			return record.get(index);
		}

	}

}
