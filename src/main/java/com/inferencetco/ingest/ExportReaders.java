package com.inferencetco.ingest;

import java.util.List;
import java.util.Set;

import com.inferencetco.ingest.anthropic.AnthropicCostNormalizer;
import com.inferencetco.ingest.anthropic.AnthropicUsageNormalizer;
import com.inferencetco.ingest.aws.AwsCurFields;
import com.inferencetco.ingest.aws.AwsCurNormalizer;
import com.inferencetco.ingest.azure.AzureCostNormalizer;
import com.inferencetco.ingest.bedrock.BedrockInvocationLogNormalizer;
import com.inferencetco.ingest.csv.CsvRecordSource;
import com.inferencetco.ingest.focus.FocusNormalizer;
import com.inferencetco.ingest.focus.SupplementalDatasetNormalizer;
import com.inferencetco.ingest.gcp.GcpBillingNormalizer;
import com.inferencetco.ingest.gcp.GcpCostTable;
import com.inferencetco.ingest.gcp.GcpCostTableNormalizer;
import com.inferencetco.ingest.json.JsonBucketRecordSource;
import com.inferencetco.ingest.json.JsonLinesRecordSource;
import com.inferencetco.ingest.json.PrometheusRecordSource;
import com.inferencetco.ingest.oci.OciCostNormalizer;
import com.inferencetco.ingest.openai.OpenAiCostsNormalizer;
import com.inferencetco.ingest.openai.OpenAiUsageNormalizer;
import com.inferencetco.ingest.parquet.ParquetRecordSource;
import com.inferencetco.ingest.rates.EcbRatesNormalizer;
import com.inferencetco.ingest.telemetry.NvidiaSmiNormalizer;
import com.inferencetco.ingest.telemetry.PrometheusNormalizer;
import com.inferencetco.model.SourceKind;

/**
 * The reader and the normalizer of each export format: the one place a new format is
 * plugged in.
 */
public final class ExportReaders {

	private ExportReaders() {
	}

	/**
	 * The column telemetry formats read their file's name from when the data names no
	 * host or metric.
	 */
	public static final String SOURCE_FILE = "source.file";

	/**
	 * True when the file is read as a plain CSV export (header on the first line, records
	 * after it), the layout that can be cut into pieces and parsed on several threads.
	 */
	public static boolean isPlainCsv(ExportFormat format, InputFile input) {
		return input.isCsv() && switch (format) {
			case OPENAI_USAGE, OPENAI_USAGE_WITHOUT_TOKENS, OPENAI_COSTS, ANTHROPIC_USAGE, ANTHROPIC_COST,
					BEDROCK_INVOCATION_LOGS, PROMETHEUS, GCP_COST_TABLE ->
				false;
			default -> true;
		};
	}

	/**
	 * The rows of an export, as its normalizer reads them (a Parquet file decodes only
	 * the columns the format reads).
	 */
	public static RecordSource open(ExportFile file) {
		return open(file, columnsRead(file.format()));
	}

	/**
	 * The rows of an export of which only {@code columns} are read (null: all); the
	 * columns matter to Parquet files only, whose other columns are not decoded.
	 */
	public static RecordSource open(ExportFile file, Set<String> columns) {
		InputFile input = file.input();
		if (input.isParquet()) {
			return new ParquetRecordSource(input, columns);
		}
		RecordSource source = switch (file.format()) {
			case OPENAI_USAGE, OPENAI_USAGE_WITHOUT_TOKENS, OPENAI_COSTS -> new JsonBucketRecordSource(input);
			case ANTHROPIC_USAGE, ANTHROPIC_COST ->
				input.isJson() ? new JsonBucketRecordSource(input) : new CsvRecordSource(input);
			case BEDROCK_INVOCATION_LOGS -> new JsonLinesRecordSource(input);
			case PROMETHEUS -> new PrometheusRecordSource(input);
			case GCP_COST_TABLE -> GcpCostTable.open(input);
			default -> new CsvRecordSource(input);
		};
		// telemetry names its host and metric after the file when the data does not
		return new FileNamedRecordSource(source, input.relativePath());
	}

	/**
	 * Every column the normalizer of a format reads, or null when it reads columns by
	 * pattern or the format is not exported as Parquet.
	 */
	public static Set<String> columnsRead(ExportFormat format) {
		return switch (format) {
			case FOCUS_1_0, FOCUS_1_1, FOCUS_1_2, FOCUS_1_3, FOCUS_1_4, FOCUS_PREVIEW -> FocusNormalizer.COLUMNS_READ;
			case AWS_CUR_LEGACY -> AwsCurFields.LEGACY.columnsRead();
			case AWS_CUR_2 -> AwsCurFields.CUR_2.columnsRead();
			case AZURE_EA, AZURE_MCA, AZURE_EA_AMORTIZED, AZURE_MCA_AMORTIZED -> AzureCostNormalizer.COLUMNS_READ;
			default -> null;
		};
	}

	public static RowNormalizer normalizer(ExportFormat format, IngestSettings settings) {
		var month = settings.month();
		return switch (format) {
			case FOCUS_1_0, FOCUS_1_1, FOCUS_1_2, FOCUS_1_3, FOCUS_1_4, FOCUS_PREVIEW -> new FocusNormalizer(month);
			case FOCUS_CONTRACT_COMMITMENT, FOCUS_BILLING_PERIOD, FOCUS_INVOICE_DETAIL ->
				new SupplementalDatasetNormalizer(month);
			case AWS_CUR_LEGACY -> new AwsCurNormalizer(month, AwsCurFields.LEGACY);
			case AWS_CUR_2 -> new AwsCurNormalizer(month, AwsCurFields.CUR_2);
			case AZURE_EA, AZURE_MCA -> new AzureCostNormalizer(month, SourceKind.BILL);
			case AZURE_EA_AMORTIZED, AZURE_MCA_AMORTIZED -> new AzureCostNormalizer(month, SourceKind.AMORTIZED);
			case GCP_BILLING -> new GcpBillingNormalizer(month);
			case GCP_COST_TABLE -> new GcpCostTableNormalizer(month);
			case OCI_COST -> new OciCostNormalizer(month);
			case OCI_USAGE -> throw new IllegalStateException("OCI usage reports are skipped at discovery");
			case OPENAI_USAGE -> new OpenAiUsageNormalizer(month);
			case OPENAI_USAGE_WITHOUT_TOKENS -> new OpenAiUsageNormalizer.WithoutTokens(month);
			case OPENAI_COSTS -> new OpenAiCostsNormalizer(month);
			case ANTHROPIC_USAGE -> new AnthropicUsageNormalizer(month);
			case ANTHROPIC_COST -> new AnthropicCostNormalizer(month);
			case BEDROCK_INVOCATION_LOGS -> new BedrockInvocationLogNormalizer(settings);
			case NVIDIA_SMI -> new NvidiaSmiNormalizer(settings);
			case PROMETHEUS -> new PrometheusNormalizer(settings);
			case ECB_RATES -> new EcbRatesNormalizer(month);
		};
	}

	/**
	 * Adds {@code source.file} to every record, for formats that name things after their
	 * file.
	 */
	private static final class FileNamedRecordSource implements RecordSource {

		private final RecordSource source;

		private final String file;

		FileNamedRecordSource(RecordSource source, String file) {
			this.source = source;
			this.file = file;
		}

		@Override
		public boolean hasNext() {
			return source.hasNext();
		}

		@Override
		public SourceRecord next() {
			SourceRecord record = source.next();
			return new SourceRecord() {
				public long line() {
					return record.line();
				}

				public String get(String column) {
					return column.equals(SOURCE_FILE) && !record.hasColumn(column) ? file : record.get(column);
				}

				public boolean hasColumn(String column) {
					return column.equals(SOURCE_FILE) || record.hasColumn(column);
				}

				public boolean consistent() {
					return record.consistent();
				}

				public String inconsistency() {
					return record.inconsistency();
				}

				public List<String> columnNames() {
					return record.columnNames();
				}

				public String excerpt() {
					return record.excerpt();
				}

				public String repeatedHeader() {
					return record.repeatedHeader();
				}
			};
		}

		@Override
		public void close() {
			source.close();
		}

	}

}
