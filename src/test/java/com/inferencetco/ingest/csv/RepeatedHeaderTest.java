package com.inferencetco.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.SourceRecord;

/**
 * Two exports joined into one file: the second header is found as a record, whether the
 * file is read record by record or cut into pieces.
 */
class RepeatedHeaderTest {

	@TempDir
	Path dir;

	@Test
	void aHeaderRepeatedAsItIsIsARecordToRejectWithItsReason() throws IOException {
		List<SourceRecord> records = pieces(write("a,b,c\n1,2,3\na,b,c\n4,5,6\n"));
		assertThat(records).hasSize(3);
		assertThat(records.get(0).repeatedHeader()).isNull();
		assertThat(records.get(1).repeatedHeader()).contains("the header repeated at line 3");
		assertThat(records.get(2).repeatedHeader()).isNull();
		try (CsvRecordSource source = new CsvRecordSource(InputFile.plain(write("a,b,c\na,b,c\n"), "joined.csv"))) {
			assertThat(source.next().repeatedHeader()).contains("line 2");
		}
	}

	@Test
	void aHeaderRepeatedInAnotherOrderStopsTheFileNamingTheLine() throws IOException {
		List<SourceRecord> records = pieces(write("a,b,c\n1,2,3\nc,b,a\n4,5,6\n"));
		assertThatThrownBy(() -> records.get(1).repeatedHeader()).isInstanceOf(TcoException.class)
			.hasMessageContaining("joined.csv line 3: the header is repeated with its columns in another order");
		// a row that only shares some names with the header is an ordinary row
		assertThat(pieces(write("a,b,c\nb,a,x\n")).get(0).repeatedHeader()).isNull();
	}

	private Path write(String text) throws IOException {
		return Files.writeString(dir.resolve("joined.csv"), text);
	}

	private static List<SourceRecord> pieces(Path file) throws IOException {
		List<SourceRecord> records = new ArrayList<>();
		try (CsvPieces pieces = new CsvPieces(InputFile.plain(file, "joined.csv"), Map.of(), 8)) {
			CsvPieces.Piece piece;
			while ((piece = pieces.next()) != null) {
				records.addAll(piece.records());
			}
		}
		return records;
	}

}
