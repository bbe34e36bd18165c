package com.inferencetco.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.TcoException;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.RowOutcome;
import com.inferencetco.model.TokenType;

/**
 * Each format read from a small hand-written file in the exact documented layout:
 * detection, then normalization.
 */
class FormatReadersTest {

	static final BillingMonth OCTOBER = BillingMonth.parse("2026-10");

	@TempDir
	Path dir;

	@Test
	void awsCur2MapsInJsonOrAthenaSpellingGiveInstanceAndWorkload() throws IOException {
		String header = "identity_line_item_id,bill_billing_period_start_date,bill_payer_account_id,line_item_usage_account_id,"
				+ "line_item_line_item_type,line_item_usage_start_date,line_item_product_code,line_item_usage_type,"
				+ "line_item_usage_amount,line_item_currency_code,line_item_unblended_cost,line_item_net_unblended_cost,"
				+ "pricing_unit,product,resource_tags\n";
		List<NormalizedLine> lines = read("cur2.csv", header
				+ "a,2026-10-01T00:00:00.000Z,1,2,Usage,2026-10-03T00:00:00.000Z,AmazonSageMaker,USE1-Host:ml.g5.12xlarge,"
				+ "10,USD,70.90,,Hrs,\"{\"\"product_name\"\":\"\"Amazon SageMaker\"\"}\",\"{\"\"user_workload\"\":\"\"rag\"\"}\"\n"
				+ "b,2026-10-01T00:00:00.000Z,1,2,Usage,2026-10-03T00:00:00.000Z,AmazonEC2,BoxUsage:p4d.24xlarge,"
				+ "2,USD,65.54,60.00,Hrs,\"{product_name=Amazon Elastic Compute Cloud, instance_type=p4d.24xlarge}\","
				+ "\"{user_workload=train}\"\n", ExportFormat.AWS_CUR_2);
		assertThat(lines.get(0).gpuHours()).isEqualByComparingTo("40"); // 10 h x 4 A10G
		assertThat(lines.get(0).dimensions().model()).isEqualTo("A10G");
		assertThat(lines.get(0).dimensions().workload()).isEqualTo("rag");
		assertThat(lines.get(1).gpuHours()).isEqualByComparingTo("16"); // 2 h x 8 A100
		assertThat(lines.get(1).dimensions().workload()).isEqualTo("train");
		// net unblended wins
		assertThat(lines.get(1).cost()).isEqualByComparingTo("60.00");
	}

	@Test
	void googleGpuSkusOfEveryRegionAndPricingAreGpuHoursOfTheirModel() throws IOException {
		String header = "billing_account_id,service.description,sku.description,usage_start_time,project.id,labels,cost,"
				+ "currency,usage.amount,usage.unit,usage.amount_in_pricing_units,usage.pricing_unit,credits,invoice.month,cost_type\n";
		String[][] skus = { { "Nvidia H100 80GB GPU running in EMEA", "H100" },
				{ "Nvidia L4 GPU running in APAC", "L4" }, { "Nvidia Tesla T4 GPU running in Japan", "T4" },
				{ "Spot Preemptible Nvidia A100 80GB GPU running in Americas", "A100-80GB" },
				{ "Nvidia Tesla A100 GPU running in Americas", "A100" },
				{ "Nvidia H200 141GB GPU running in Belgium", "H200" } };
		StringBuilder rows = new StringBuilder(header);
		for (String[] sku : skus) {
			// 7,200 GPU-seconds: 2 GPU-hours
			rows.append("X,Compute Engine,")
				.append(sku[0])
				.append(",2026-10-02 00:00:00 UTC,p1,,10.00,USD,7200,seconds,")
				.append("2,hour,,202610,regular\n");
		}
		List<NormalizedLine> lines = read("gcp-gpus.csv", rows.toString(), ExportFormat.GCP_BILLING);
		assertThat(lines).hasSize(skus.length);
		for (int i = 0; i < skus.length; i++) {
			assertThat(lines.get(i).category().id()).as(skus[i][0]).isEqualTo("gpu-compute");
			assertThat(lines.get(i).gpuHours()).as(skus[i][0]).isEqualByComparingTo("2");
			assertThat(lines.get(i).dimensions().model()).as(skus[i][0]).isEqualTo(skus[i][1]);
		}
	}

	@Test
	void googleExportAddsCreditsAsTheirOwnRecordAndCountsGpuSecondsAndEgressBytes() throws IOException {
		String header = "billing_account_id,service.description,sku.description,usage_start_time,project.id,labels,cost,"
				+ "currency,usage.amount,usage.unit,usage.amount_in_pricing_units,usage.pricing_unit,credits,invoice.month,cost_type\n";
		List<NormalizedLine> lines = read("gcp.csv", header
				+ "X,Compute Engine,Nvidia H100 80GB GPU running in Americas,2026-10-02 00:00:00 UTC,p1,"
				+ "\"[{\"\"key\"\":\"\"workload\"\",\"\"value\"\":\"\"rerank\"\"}]\",94.32,USD,86400,seconds,24,hour,"
				+ "\"[{\"\"name\"\":\"\"SUD\"\",\"\"amount\"\":-9.43}]\",202610,regular\n"
				+ "X,Compute Engine,Network Internet Data Transfer Out from Americas to Americas,2026-10-02 00:00:00 UTC,p1,"
				+ ",1.20,USD,2000000000,bytes,1.86,gibibyte,-0.20,202610,regular\n", ExportFormat.GCP_BILLING);
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0).gpuHours()).isEqualByComparingTo("24");
		assertThat(lines.get(0).dimensions().model()).isEqualTo("H100");
		assertThat(lines.get(0).dimensions().workload()).isEqualTo("rerank");
		assertThat(lines.get(1).cost()).isEqualByComparingTo("-9.43");
		assertThat(lines.get(1).category().id()).isEqualTo("credits");
		assertThat(lines.get(2).egressGb()).isEqualByComparingTo("2"); // 2e9 bytes
		// no label: the project
		assertThat(lines.get(2).dimensions().workload()).isEqualTo("p1");
		// credits as a plain number
		assertThat(lines.get(3).cost()).isEqualByComparingTo("-0.20");
	}

	@Test
	void googleCostTableSkipsItsPreambleAndReadsThousandsSeparators() throws IOException {
		List<NormalizedLine> lines = read("table.csv", "Billing account ID,01X\nInvoice month,202610\n"
				+ "Invoice total,\"1,234.50\"\nCurrency,EUR\n\n"
				+ "Billing account name,Billing account ID,Project name,Project ID,Service description,SKU description,"
				+ "Credit type,Cost type,Usage start date,Usage end date,Usage amount,Usage unit,Cost (€)\n"
				+ "S,01X,P,p,Vertex AI,Gemini 2.5 Flash GA Text Input - Predictions,,Usage,2026-10-01,2026-11-01,"
				+ "\"2,000,000\",count,\"1,234.50\"\n", ExportFormat.GCP_COST_TABLE);
		assertThat(lines.get(0).tokens()).isEqualByComparingTo("2000000");
		assertThat(lines.get(0).cost()).isEqualByComparingTo("1234.50");
		assertThat(lines.get(0).currency()).isEqualTo("EUR");
	}

	@Test
	void anthropicCostAmountsAreCents() throws IOException {
		List<NormalizedLine> lines = read("cost.csv", "starting_at,ending_at,amount,currency,description,cost_type,"
				+ "token_type,model,workspace_id\n2026-10-05T00:00:00Z,2026-10-06T00:00:00Z,1234.5,USD,Claude,tokens,"
				+ "output_tokens,claude-sonnet-4-5,wrk_1\n", ExportFormat.ANTHROPIC_COST);
		assertThat(lines.get(0).cost()).isEqualByComparingTo("12.345");
		assertThat(lines.get(0).dimensions().workload()).isEqualTo("wrk_1");
	}

	@Test
	void anthropicUsageTokensAreAdditiveAndCacheWritesOfBothLifetimesCount() throws IOException {
		List<NormalizedLine> lines = read("usage.json", """
				{"data": [{"starting_at": "2026-10-05T00:00:00Z", "ending_at": "2026-10-06T00:00:00Z", "results": [
				  {"uncached_input_tokens": 1000, "cache_creation": {"ephemeral_5m_input_tokens": 200,
				   "ephemeral_1h_input_tokens": 50}, "cache_read_input_tokens": 700, "output_tokens": 300,
				   "model": "claude-sonnet-4-5", "workspace_id": null, "service_tier": "standard"}]}],
				 "has_more": false, "next_page": null}""", ExportFormat.ANTHROPIC_USAGE);
		assertThat(sum(lines, TokenType.INPUT)).isEqualByComparingTo("1000");
		assertThat(sum(lines, TokenType.CACHE_WRITE)).isEqualByComparingTo("250");
		assertThat(sum(lines, TokenType.CACHED_INPUT)).isEqualByComparingTo("700");
		assertThat(sum(lines, TokenType.OUTPUT)).isEqualByComparingTo("300");
		assertThat(lines.get(0).dimensions().workload()).isEqualTo("Anthropic claude-sonnet-4-5");
	}

	@Test
	void bedrockLogsKeepTokenCountsAndNeverTheBodies() throws IOException {
		String log = "{\"schemaType\":\"ModelInvocationLog\",\"schemaVersion\":\"1.0\",\"timestamp\":\"2026-10-05T10:00:00Z\","
				+ "\"accountId\":\"1\",\"identity\":{\"arn\":\"arn:aws:iam::1:role/app\"},\"region\":\"eu-west-1\","
				+ "\"modelId\":\"anthropic.claude-3-5-sonnet-20240620-v1:0\",\"input\":{\"inputBodyJson\":{\"messages\":"
				+ "[{\"content\":\"SECRET jane@example.com\"}]},\"inputTokenCount\":120,\"cacheReadInputTokenCount\":30},"
				+ "\"output\":{\"outputBodyJson\":{\"text\":\"SECRET reply\"},\"outputTokenCount\":45}}\n";
		Path file = write("logs.jsonl", log);
		ExportFile export = new ExportFile(InputFile.plain(file, "logs.jsonl"),
				FormatDetector.detect(InputFile.plain(file, "logs.jsonl")));
		assertThat(export.format()).isEqualTo(ExportFormat.BEDROCK_INVOCATION_LOGS);
		try (RecordSource source = ExportReaders.open(export)) {
			SourceRecord record = source.next();
			assertThat(record.excerpt()).doesNotContain("SECRET");
			assertThat(record.columnNames()).noneMatch(c -> c.contains("Body"));
		}
		List<NormalizedLine> lines = normalize(export, IngestSettings.of(OCTOBER));
		assertThat(sum(lines, TokenType.INPUT)).isEqualByComparingTo("120");
		assertThat(sum(lines, TokenType.CACHED_INPUT)).isEqualByComparingTo("30");
		assertThat(sum(lines, TokenType.OUTPUT)).isEqualByComparingTo("45");
	}

	@Test
	void nvidiaSmiReadsLocalTimeInTheConfiguredZoneAndRejectsUnsupportedValues() throws IOException {
		Path file = write("gpu-node-7.csv",
				"timestamp, name, index, utilization.gpu [%], memory.used [MiB]\n"
						+ "2026/11/01 00:30:00.000, NVIDIA H100 80GB HBM3, 0, 87 %, 1000 MiB\n"
						+ "2026/10/15 12:00:00.000, NVIDIA H100 80GB HBM3, 1, [N/A], 1000 MiB\n");
		InputFile input = InputFile.plain(file, "gpu-node-7.csv");
		ExportFile export = new ExportFile(input, FormatDetector.detect(input));
		assertThat(export.format()).isEqualTo(ExportFormat.NVIDIA_SMI);
		IngestSettings berlin = new IngestSettings(OCTOBER, Map.of("gpu-node-7", "rag"), Map.of(),
				ZoneId.of("Europe/Berlin"));
		List<RowOutcome> outcomes = outcomes(export, berlin);
		// 00:30 on 1 November in Berlin is 23:30 UTC on 31 October: inside the month
		NormalizedLine sample = ((RowOutcome.Normalized) outcomes.get(0)).records().get(0);
		assertThat(sample.kind()).isEqualTo(RecordKind.GPU_UTILIZATION);
		assertThat(sample.quantity()).isEqualByComparingTo("0.87");
		assertThat(sample.dimensions().workload()).isEqualTo("rag");
		assertThat(sample.dimensions().model()).isEqualTo("H100");
		assertThat(outcomes.get(1)).isInstanceOf(RowOutcome.Rejected.class);
		assertThat(((RowOutcome.Rejected) outcomes.get(1)).column()).isEqualTo("utilization.gpu [%]");
	}

	@Test
	void prometheusCountersCountIncreasesAcrossARestart() throws IOException {
		Path file = write("vllm.json", """
				{"status": "success", "data": {"resultType": "matrix", "result": [
				 {"metric": {"__name__": "vllm:generation_tokens_total", "model_name": "llama", "workload": "chat"},
				  "values": [[1790812800, "100"], [1790816400, "250"], [1790820000, "40"], [1790823600, "90"]]}]}}""");
		InputFile input = InputFile.plain(file, "vllm.json");
		ExportFile export = new ExportFile(input, FormatDetector.detect(input));
		assertThat(export.format()).isEqualTo(ExportFormat.PROMETHEUS);
		List<NormalizedLine> lines = normalize(export, IngestSettings.of(OCTOBER));
		// 0 for the first sample, +150, then a reset counted from zero (+40), then +50
		assertThat(sum(lines, TokenType.OUTPUT)).isEqualByComparingTo("240");
		assertThat(lines).allMatch(l -> l.dimensions().workload().equals("chat"));
	}

	@Test
	void aZipEntryWithAParentPathIsRefused() throws IOException {
		Path zip = dir.resolve("bills.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("../../etc/evil.csv"));
			out.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		assertThatThrownBy(() -> InputDiscovery.findInputs(dir, List.of())).isInstanceOf(TcoException.class)
			.hasMessageContaining("bills.zip")
			.hasMessageContaining("..");
	}

	@Test
	void aJsonFileOfUnknownShapeIsNotSupported() throws IOException {
		Path file = write("other.json", "{\"hello\": [1, 2, 3]}");
		assertThatThrownBy(() -> FormatDetector.detect(InputFile.plain(file, "other.json")))
			.isInstanceOf(TcoException.class)
			.hasMessageContaining("other.json")
			.hasMessageContaining("openai-usage");
	}

	private List<NormalizedLine> read(String name, String content, ExportFormat expected) throws IOException {
		Path file = write(name, content);
		InputFile input = InputFile.plain(file, name);
		ExportFormat format = FormatDetector.detect(input);
		assertThat(format).isEqualTo(expected);
		return normalize(new ExportFile(input, format), IngestSettings.of(OCTOBER));
	}

	private static List<NormalizedLine> normalize(ExportFile export, IngestSettings settings) {
		List<NormalizedLine> lines = new ArrayList<>();
		for (RowOutcome outcome : outcomes(export, settings)) {
			assertThat(outcome).as(outcome.toString()).isInstanceOf(RowOutcome.Normalized.class);
			lines.addAll(((RowOutcome.Normalized) outcome).records());
		}
		return lines;
	}

	private static List<RowOutcome> outcomes(ExportFile export, IngestSettings settings) {
		RowNormalizer normalizer = ExportReaders.normalizer(export.format(), settings);
		List<RowOutcome> outcomes = new ArrayList<>();
		try (RecordSource source = ExportReaders.open(export)) {
			while (source.hasNext()) {
				outcomes.add(normalizer.normalize(source.next()));
			}
		}
		return outcomes;
	}

	private static BigDecimal sum(List<NormalizedLine> lines, TokenType type) {
		return lines.stream()
			.filter(l -> l.tokenType() == type)
			.map(NormalizedLine::tokens)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private Path write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(content.getBytes(StandardCharsets.UTF_8));
		}
		return file;
	}

}
