package com.inferencetco.job;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.ingest.ExportReaders;
import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.ingest.IngestSettings;

/** Normalizes each record with its format's normalizer; free of side effects, as chunk scanning requires. */
public class NormalizeRowProcessor implements ItemProcessor<SourceRow, ProcessedRow> {

	private final IngestSettings settings;

	private final Map<ExportFormat, RowNormalizer> normalizers = new EnumMap<>(ExportFormat.class);

	public NormalizeRowProcessor(IngestSettings settings) {
		this.settings = settings;
	}

	@Override
	public ProcessedRow process(SourceRow row) {
		RowNormalizer normalizer = normalizers.computeIfAbsent(row.format(), f -> ExportReaders.normalizer(f, settings));
		return new ProcessedRow(row.fileIndex(), normalizer.normalize(row.record()));
	}
}
