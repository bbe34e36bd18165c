package com.inferencetco.job;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.ingest.ExportReaders;
import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.model.BillingMonth;

/** Normalizes each record with its format's normalizer; free of side effects, as chunk scanning requires. */
public class NormalizeRowProcessor implements ItemProcessor<SourceRow, ProcessedRow> {

	private final BillingMonth month;

	private final Map<ExportFormat, RowNormalizer> normalizers = new EnumMap<>(ExportFormat.class);

	public NormalizeRowProcessor(BillingMonth month) {
		this.month = month;
	}

	@Override
	public ProcessedRow process(SourceRow row) {
		RowNormalizer normalizer = normalizers.computeIfAbsent(row.format(), f -> ExportReaders.normalizer(f, month));
		return new ProcessedRow(row.fileIndex(), normalizer.normalize(row.record()));
	}
}
