package com.inferencetco.ingest;

import com.inferencetco.ingest.aws.AwsCurLegacyNormalizer;
import com.inferencetco.ingest.azure.AzureEaNormalizer;
import com.inferencetco.ingest.csv.CsvRecordSource;
import com.inferencetco.ingest.focus.FocusNormalizer;
import com.inferencetco.ingest.json.JsonBucketRecordSource;
import com.inferencetco.ingest.openai.OpenAiCostsNormalizer;
import com.inferencetco.ingest.openai.OpenAiUsageNormalizer;
import com.inferencetco.model.BillingMonth;

/** The reader and the normalizer of each export format: the one place a new format is plugged in. */
public final class ExportReaders {

	private ExportReaders() {
	}

	public static RecordSource open(ExportFile file) {
		return switch (file.format()) {
			case OPENAI_USAGE, OPENAI_COSTS -> new JsonBucketRecordSource(file.path(), file.relativePath());
			default -> new CsvRecordSource(file.path(), file.relativePath());
		};
	}

	public static RowNormalizer normalizer(ExportFormat format, BillingMonth month) {
		return switch (format) {
			case FOCUS_1_0, FOCUS_1_1, FOCUS_1_2 -> new FocusNormalizer(month);
			case AWS_CUR_LEGACY -> new AwsCurLegacyNormalizer(month);
			case AZURE_EA -> new AzureEaNormalizer(month);
			case OPENAI_USAGE -> new OpenAiUsageNormalizer(month);
			case OPENAI_COSTS -> new OpenAiCostsNormalizer(month);
		};
	}
}
