package com.inferencetco.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.inferencetco.model.BillingMonth;

/**
 * A Parquet export decodes only the columns its format lists as read
 * ({@link ExportReaders#columnsRead}); a normalizer that read another column would find
 * it missing. Every row of every bill on disk (the sample month, the team's reference
 * exports when present, the bad-input corpus) is normalized through a record that notes
 * each column asked for: all of them must be listed.
 */
class ParquetDecodesEveryColumnReadTest {

	@Test
	void everyColumnANormalizerAsksForIsOneItsFormatLists() throws Exception {
		Set<String> unlisted = new TreeSet<>();
		Set<ExportFormat> checked = EnumSet.noneOf(ExportFormat.class);
		List<Path> folders = new ArrayList<>(List.of(Path.of("input-samples"), Path.of("../shared/reference/bills")));
		try (Stream<Path> cases = Files.list(Path.of("src/test/resources/bad-inputs"))) {
			cases.sorted().forEach(folders::add);
		}
		for (Path folder : folders) {
			if (!Files.isDirectory(folder)) {
				continue; // the team's reference folder is not in every checkout
			}
			List<InputFile> inputs;
			try {
				inputs = InputDiscovery.findInputs(folder, List.of()).inputs();
			}
			catch (RuntimeException refused) {
				continue; // a corpus case refused as a whole (a zip entry outside its
							// folder)
			}
			for (InputFile input : inputs) {
				ExportFormat format;
				try {
					format = FormatDetector.detect(input);
				}
				catch (RuntimeException notAnExport) {
					continue;
				}
				Set<String> listed = ExportReaders.columnsRead(format);
				if (listed == null) {
					continue;
				}
				RowNormalizer normalizer = ExportReaders.normalizer(format,
						IngestSettings.of(BillingMonth.parse("2026-10")));
				try (RecordSource source = ExportReaders.open(new ExportFile(input, format), null)) {
					while (source.hasNext()) {
						SourceRecord row = source.next();
						normalizer.normalize(new Noting(row, listed, format + " " + input.relativePath(), unlisted));
					}
				}
				catch (RuntimeException unreadable) {
					// a file of the corpus that cannot be read at all: the rows read so
					// far count
				}
				checked.add(format);
			}
		}
		assertThat(unlisted).as("columns read but not listed (format, file: column)").isEmpty();
		assertThat(checked).as("formats whose rows were checked")
			.contains(ExportFormat.FOCUS_1_2, ExportFormat.AWS_CUR_LEGACY, ExportFormat.AWS_CUR_2,
					ExportFormat.AZURE_MCA);
	}

	/** A row that notes every column asked for that its format does not list. */
	private record Noting(SourceRecord row, Set<String> listed, String where,
			Set<String> unlisted) implements SourceRecord {

		@Override
		public long line() {
			return row.line();
		}

		@Override
		public String get(String column) {
			if (!listed.contains(column)) {
				unlisted.add(where + ": " + column);
			}
			return row.get(column);
		}

		@Override
		public boolean hasColumn(String column) {
			return row.hasColumn(column);
		}

		@Override
		public boolean consistent() {
			return row.consistent();
		}

		@Override
		public String inconsistency() {
			return row.inconsistency();
		}

		@Override
		public List<String> columnNames() {
			return row.columnNames();
		}

		@Override
		public String excerpt() {
			return row.excerpt();
		}

	}

}
