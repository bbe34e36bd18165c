package com.inferencetco.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.SourceRecord;

/**
 * Cutting a CSV file into pieces parsed apart must read exactly what the sequential
 * reader reads: the same records, values, line numbers and consistency checks, whatever
 * the piece size and wherever quoted newlines fall.
 */
class CsvPiecesTest {

	@TempDir
	Path work;

	@Test
	void piecesOfAnySizeReadTheSameRecordsValuesAndLinesAsTheSequentialReader() throws IOException {
		// given a file with a BOM, CRLF and LF endings, quoted commas, doubled quotes,
		// quoted newlines, an empty
		// line and a row with a missing value
		StringBuilder csv = new StringBuilder("\uFEFFBilledCost,ChargeDescription,Tags\r\n");
		Random random = new Random(7);
		for (int i = 0; i < 500; i++) {
			String description = switch (i % 5) {
				case 0 -> "\"plain, with comma\"";
				case 1 -> "\"two\nlines\"";
				case 2 -> "\"a \"\"quoted\"\" word\"";
				case 3 -> "simple";
				default -> "\"\"";
			};
			csv.append(random.nextInt(1000)).append('.').append(i % 100).append(',').append(description);
			if (i % 97 != 13) {
				csv.append(",\"{\"\"workload\"\": \"\"w").append(i % 3).append("\"\"}\"");
			}
			csv.append(i % 2 == 0 ? "\r\n" : "\n");
			if (i == 250) {
				csv.append("\n");
			}
		}
		Path plain = work.resolve("focus.csv");
		Files.writeString(plain, csv);
		Path gzip = work.resolve("focus.csv.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
			out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
		}
		for (Path file : List.of(plain, gzip)) {
			List<SourceRecord> expected = sequential(file);
			assertThat(expected).hasSize(500);
			for (int pieceChars : new int[] { 1, 17, 100, 4096, CsvPieces.DEFAULT_PIECE_CHARS }) {
				// when it is read in pieces of this size
				List<SourceRecord> actual = inPieces(file, pieceChars);
				// then every record is the same
				assertThat(actual).as("%s in pieces of %d", file.getFileName(), pieceChars).hasSize(expected.size());
				for (int i = 0; i < expected.size(); i++) {
					SourceRecord e = expected.get(i);
					SourceRecord a = actual.get(i);
					assertThat(a.line()).as("line of record %d", i).isEqualTo(e.line());
					assertThat(a.consistent()).isEqualTo(e.consistent());
					assertThat(a.excerpt()).isEqualTo(e.excerpt());
					assertThat(a.columnNames()).isEqualTo(e.columnNames());
					for (String column : e.columnNames()) {
						assertThat(a.get(column)).as("%s of record %d", column, i).isEqualTo(e.get(column));
					}
				}
			}
		}
	}

	/** Values a real export may hold, including the odd ones Commons CSV accepts. */
	private static final String[] VALUES = { "plain", "  padded  ", "\"quoted, with comma\"", "\"two\nlines\"",
			"\"crlf\r\ninside\"", "\"with \"\"escaped\"\" quotes\"", "14\" screen", "\"\"", "", "\"  spaced quoted  \"",
			"\"closed\"   ", "NULL", "1.2345", "2026-10-01T00:00:00Z", "\"{\"\"workload\"\": \"\"rag\"\"}\"", "a\"b\"c",
			"\t tabbed\t" };

	@Test
	void randomCsvIsReadInPiecesExactlyAsCommonsCsvReadsIt() throws IOException {
		Random random = new Random(20261128);
		for (int file = 0; file < 150; file++) {
			// given a random file: a header of 1 to 6 columns, records of about as many
			// values from the list
			// above, LF or CRLF line endings, empty lines, a missing final line break
			int columns = 1 + random.nextInt(6);
			StringBuilder csv = new StringBuilder();
			for (int c = 0; c < columns; c++) {
				csv.append(c == 0 ? "" : ",").append("Col").append(c);
			}
			csv.append('\n');
			int rows = random.nextInt(60);
			for (int r = 0; r < rows; r++) {
				int values = Math.max(1, columns + random.nextInt(3) - 1);
				for (int v = 0; v < values; v++) {
					csv.append(v == 0 ? "" : ",").append(VALUES[random.nextInt(VALUES.length)]);
				}
				if (random.nextInt(10) == 0) {
					csv.append(',');
				}
				if (r < rows - 1 || random.nextBoolean()) {
					csv.append(random.nextBoolean() ? "\n" : "\r\n");
				}
				if (random.nextInt(15) == 0) {
					csv.append('\n');
				}
			}
			Path path = work.resolve("random-" + file + ".csv");
			Files.writeString(path, csv);
			List<SourceRecord> expected = sequential(path);
			for (int pieceChars : new int[] { 1, 7, 64, 1 << 20 }) {
				// when it is read in pieces, then every record is the one Commons CSV
				// reads
				List<SourceRecord> actual = inPieces(path, pieceChars);
				assertThat(actual).as("file %d in pieces of %d:%n%s", file, pieceChars, csv).hasSize(expected.size());
				for (int i = 0; i < expected.size(); i++) {
					SourceRecord e = expected.get(i);
					SourceRecord a = actual.get(i);
					assertThat(a.line()).as("line of record %d of file %d:%n%s", i, file, csv).isEqualTo(e.line());
					assertThat(a.consistent()).isEqualTo(e.consistent());
					assertThat(a.excerpt()).as("record %d of file %d", i, file).isEqualTo(e.excerpt());
					for (String column : e.columnNames()) {
						assertThat(a.get(column)).isEqualTo(e.get(column));
					}
				}
			}
		}
	}

	@Test
	void aCharacterAfterAClosingQuoteIsAnInputErrorNamingTheFileAndLine() throws IOException {
		Path file = work.resolve("after-quote.csv");
		Files.writeString(file, "BilledCost,ChargeDescription\n1.00,fine\n2.00,\"closed\"x\n");
		try (CsvPieces pieces = new CsvPieces(InputFile.plain(file, "after-quote.csv"), Map.of(), 4)) {
			assertThatThrownBy(() -> {
				CsvPieces.Piece piece;
				while ((piece = pieces.next()) != null) {
					piece.records();
				}
			}).isInstanceOf(TcoException.class).hasMessageContaining("after-quote.csv line 3");
		}
		assertThatThrownBy(() -> sequential(file)).isInstanceOf(TcoException.class);
	}

	@Test
	void anUnbalancedQuoteIsAnInputErrorNamingTheFileAndLine() throws IOException {
		Path file = work.resolve("broken.csv");
		Files.writeString(file, "BilledCost,ChargeDescription\n1.00,fine\n2.00,\"never closed\n3.00,more\n");
		try (CsvPieces pieces = new CsvPieces(InputFile.plain(file, "broken.csv"), Map.of(), 4)) {
			assertThatThrownBy(() -> {
				CsvPieces.Piece piece;
				while ((piece = pieces.next()) != null) {
					piece.records();
				}
			}).isInstanceOf(TcoException.class).hasMessageContaining("broken.csv line").hasMessageContaining("quotes");
		}
	}

	@Test
	void aFileWithBareCarriageReturnsIsLeftToTheSequentialReader() throws IOException {
		Path file = work.resolve("old-mac.csv");
		Files.writeString(file, "BilledCost,ChargeDescription\r1.00,fine\r");
		assertThatThrownBy(() -> new CsvPieces(InputFile.plain(file, "old-mac.csv"), Map.of()))
			.isInstanceOf(CsvPieces.NotSplittable.class);
		assertThat(sequential(file)).hasSize(1);
	}

	private static List<SourceRecord> sequential(Path file) {
		List<SourceRecord> records = new ArrayList<>();
		try (CsvRecordSource source = new CsvRecordSource(InputFile.plain(file, file.getFileName().toString()))) {
			source.forEachRemaining(records::add);
		}
		return records;
	}

	private static List<SourceRecord> inPieces(Path file, int pieceChars) {
		List<SourceRecord> records = new ArrayList<>();
		try (CsvPieces pieces = new CsvPieces(InputFile.plain(file, file.getFileName().toString()), Map.of(),
				pieceChars)) {
			CsvPieces.Piece piece;
			while ((piece = pieces.next()) != null) {
				records.addAll(piece.records());
			}
		}
		return records;
	}

}
