package com.inferencetco.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.ingest.ExportReaders;
import com.inferencetco.ingest.IngestSettings;
import com.inferencetco.ingest.RowNormalizer;

/**
 * Normalizes each record with its format's normalizer (one per format, shared by the
 * threads of a file).
 */
public class NormalizeRowProcessor implements ItemProcessor<SourceRow, ProcessedRow> {

	private final IngestSettings settings;

	private final Map<ExportFormat, RowNormalizer> normalizers = new ConcurrentHashMap<>();

	public NormalizeRowProcessor(IngestSettings settings) {
		this.settings = settings;
	}

	@Override
	public ProcessedRow process(SourceRow row) {
		return new ProcessedRow(row.fileIndex(), normalizer(row.format()).normalize(row.record()));
	}

	/** Whether rows of this format may be processed on several threads at once. */
	public boolean isThreadSafe(ExportFormat format) {
		return normalizer(format).isThreadSafe();
	}

	private RowNormalizer normalizer(ExportFormat format) {
		return normalizers.computeIfAbsent(format, f -> ExportReaders.normalizer(f, settings));
	}

}
