package com.inferencetco.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.io.input.BOMInputStream;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.Handoff;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.SourceRecord;

/**
 * A large CSV export cut into pieces that several threads parse at once: one thread
 * decompresses the file and cuts the text at record boundaries (a line break outside a
 * quoted value), each piece is then parsed on whichever thread takes it. Parsing is most
 * of the cost of a large bill, so this is what lets a single big file use every core.
 * Pieces come in file order and know their first line, so records carry the same line
 * numbers, values and checks as {@link CsvRecordSource} gives them; memory is a few
 * pieces, whatever the file's size.
 */
public final class CsvPieces implements AutoCloseable {

	/**
	 * Characters per piece, about 300 rows of a FOCUS export: small enough to keep both
	 * threads busy to the end.
	 */
	static final int DEFAULT_PIECE_CHARS = 128 * 1024;

	/** Room after a piece's characters for the start of the next record. */
	private static final int RESERVE = 64 * 1024;

	private static final int PIECES_AHEAD = 6;

	private final String fileName;

	private final Reader reader;

	private final int pieceChars;

	private final List<String> headerNames;

	private final CsvColumns columns;

	private final Map<String, String> constants;

	private final Handoff<Piece> pieces;

	/**
	 * The text of some whole records, and the line of the file where the first one
	 * starts.
	 */
	public final class Piece {

		private final char[] text;

		private final int length;

		private final long firstLine;

		Piece(char[] text, int length, long firstLine) {
			this.text = text;
			this.length = length;
			this.firstLine = firstLine;
		}

		/**
		 * Parses the piece on the calling thread, by the rules Commons CSV applies to the
		 * export's format (see {@link CsvPieceParser}); values become strings only when a
		 * normalizer asks for them.
		 */
		public List<SourceRecord> records() {
			try {
				return new CsvPieceParser(text, length, firstLine, headerNames, columns, constants).records();
			}
			catch (IOException ex) {
				throw TcoException.inputRejected(fileName + " " + ex.getMessage()
						+ " (expected well-formed CSV, e.g. no unbalanced quotes, and a complete .gz)", ex);
			}
		}

	}

	public CsvPieces(InputFile input, Map<String, String> constants) {
		this(input, constants, DEFAULT_PIECE_CHARS);
	}

	CsvPieces(InputFile input, Map<String, String> constants, int pieceChars) {
		this.fileName = input.relativePath();
		this.constants = Map.copyOf(constants);
		this.pieceChars = pieceChars;
		InputStream in = null;
		try {
			in = input.open();
			this.reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
					StandardCharsets.UTF_8);
			String header = readHeaderLine();
			try (CSVParser parser = CSVParser.builder()
				.setReader(new StringReader(header))
				.setFormat(CsvRecordSource.FORMAT)
				.get()) {
				this.headerNames = List.copyOf(parser.getHeaderNames());
			}
			this.columns = CsvColumns.of(headerNames, fileName);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | NotSplittable ex) {
			if (in != null) {
				try {
					in.close();
				}
				catch (IOException ignored) {
					// already failing
				}
			}
			if (ex instanceof NotSplittable notSplittable) {
				throw notSplittable;
			}
			throw TcoException.inputRejected(fileName + ": cannot read the CSV header: " + ex.getMessage()
					+ " (expected a comma-separated header line with unique column names)", ex);
		}
		this.pieces = new Handoff<>(PIECES_AHEAD, "cut " + fileName, this::cut);
	}

	/**
	 * The next piece in file order, or null at the end of the file; rethrows a failure of
	 * the file's reading.
	 */
	public Piece next() {
		return pieces.take();
	}

	@Override
	public void close() {
		pieces.close();
		try {
			reader.close();
		}
		catch (IOException ex) {
			// read-only: nothing lost
		}
	}

	/** Lines before the first record's line: the header's own line(s). */
	private long headerLines = 1;

	/**
	 * Thrown when the file ends its lines with a bare carriage return: only the
	 * sequential reader reads those.
	 */
	public static final class NotSplittable extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotSplittable(String message) {
			super(message, null, false, false);
		}

	}

	/**
	 * Reads the header record (quoted newlines included), so that pieces hold data
	 * records only.
	 */
	private String readHeaderLine() throws IOException {
		StringBuilder header = new StringBuilder();
		boolean quoted = false;
		boolean afterCarriageReturn = false;
		int c;
		while ((c = reader.read()) != -1) {
			if (afterCarriageReturn && c != '\n') {
				throw new NotSplittable(fileName + " ends its lines with a carriage return alone");
			}
			afterCarriageReturn = c == '\r';
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == '\n') {
				if (!quoted) {
					break;
				}
				headerLines++;
			}
			header.append((char) c);
			if (header.length() > CsvRecordSource.MAX_LINE_CHARS) {
				throw new IOException("the header is longer than " + CsvRecordSource.MAX_LINE_CHARS / (1024 * 1024)
						+ " million characters");
			}
		}
		return header.toString();
	}

	/**
	 * Cuts the text after the header into pieces of about {@link #pieceChars} characters,
	 * each ending after a line break outside a quoted value.
	 */
	private void cut(Handoff<Piece> handoff) {
		try {
			char[] buffer = new char[pieceChars + RESERVE];
			int length = 0;
			int recordStart = 0;
			int state = RecordScan.FIELD_START;
			boolean lineHasContent = false;
			long line = headerLines + 1;
			long pieceFirstLine = line;
			long sinceNewline = 0;
			while (!handoff.isClosed()) {
				if (length == buffer.length) {
					// a record longer than the buffer: grow it (the limits below stop a
					// runaway one)
					buffer = Arrays.copyOf(buffer, buffer.length * 2);
				}
				int n = reader.read(buffer, length, buffer.length - length);
				if (n < 0) {
					break;
				}
				int end = length + n;
				for (int i = length; i < end; i++) {
					char c = buffer[i];
					if (c == '\n') {
						line++;
						sinceNewline = 0;
						if (state != RecordScan.QUOTED) {
							// never right after an empty line: Commons CSV numbers a
							// record after empty lines from
							// the end of the previous record, and so must the piece that
							// starts with them
							if (lineHasContent) {
								recordStart = i + 1;
							}
							state = RecordScan.FIELD_START;
						}
						lineHasContent = false;
						continue;
					}
					if (c != '\r') {
						lineHasContent = true;
					}
					state = RecordScan.next(state, c);
					if (++sinceNewline > CsvRecordSource.MAX_LINE_CHARS) {
						throw TcoException.inputRejected(fileName + " line " + line + " is longer than "
								+ CsvRecordSource.MAX_LINE_CHARS / (1024 * 1024)
								+ " million characters; expected CSV records of a cost export");
					}
				}
				length = end;
				if (recordStart >= pieceChars) {
					long linesAfter = RecordScan.countNewlines(buffer, recordStart, length);
					handoff.put(new Piece(buffer, recordStart, pieceFirstLine));
					pieceFirstLine = line - linesAfter;
					char[] next = new char[Math.max(pieceChars + RESERVE, length - recordStart + RESERVE)];
					System.arraycopy(buffer, recordStart, next, 0, length - recordStart);
					length -= recordStart;
					recordStart = 0;
					buffer = next;
				}
				else if (recordStart == 0 && length > CsvRecordSource.MAX_LINE_CHARS) {
					throw TcoException.inputRejected(fileName + " line " + pieceFirstLine + ": a quoted value runs on "
							+ "for more than " + CsvRecordSource.MAX_LINE_CHARS / (1024 * 1024) + " million characters "
							+ "(expected well-formed CSV, e.g. no unbalanced quotes)");
				}
			}
			if (length > 0) {
				handoff.put(new Piece(buffer, length, pieceFirstLine));
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw TcoException.inputRejected(fileName + ": cannot read the file past this point: " + ex.getMessage()
					+ " (expected well-formed CSV and a complete .gz)", ex);
		}
	}

}
