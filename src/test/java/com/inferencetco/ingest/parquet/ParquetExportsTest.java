package com.inferencetco.ingest.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * A month whose AWS bill is a CUR 2.0 export and whose GPU cloud bill is FOCUS 1.3, once
 * as CSV and once as Parquet the way the providers write it (AWS: DOUBLE costs, map
 * columns, Snappy, Hive-style BILLING_PERIOD= folders and a manifest beside the data;
 * Azure-style FOCUS: DECIMAL costs, a map of tags): both report the same month, to the
 * cent, and the total is the hand-worked sum. DuckDB (tests only) writes the Parquet
 * files.
 */
class ParquetExportsTest {

	@TempDir
	Path work;

	static final String CUR_HEADER = "identity_line_item_id,identity_time_interval,bill_billing_period_start_date,"
			+ "bill_billing_period_end_date,bill_payer_account_id,line_item_usage_account_id,line_item_line_item_type,"
			+ "line_item_usage_start_date,line_item_usage_end_date,line_item_product_code,line_item_usage_type,"
			+ "line_item_resource_id,line_item_usage_amount,line_item_currency_code,line_item_unblended_cost,"
			+ "line_item_net_unblended_cost,pricing_unit,product,resource_tags\n";

	static String curRow(String id, int day, String usageType, String resource, String amount, String cost,
			String product, String tags) {
		String start = String.format("2026-10-%02dT00:00:00Z", day);
		String end = String.format("2026-10-%02dT00:00:00Z", day + 1);
		return id + "," + start + "/" + end + ",2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,770011223300,770011223344,"
				+ "Usage," + start + "," + end + ",AmazonSageMaker," + usageType + "," + resource + "," + amount
				+ ",USD," + cost + ",,Hrs,\"" + product.replace("\"", "\"\"") + "\",\"" + tags.replace("\"", "\"\"")
				+ "\"\n";
	}

	static final String FOCUS_HEADER = "BilledCost,BillingAccountId,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
			+ "ChargeCategory,ChargePeriodStart,ChargePeriodEnd,EffectiveCost,ServiceName,ResourceId,Tags,ConsumedQuantity,"
			+ "ConsumedUnit,SkuMeter,SkuPriceDetails,ProviderName,ServiceProviderName,HostProviderName\n";

	static String focusRow(String cost, int day, String resource, String workload, String hours) {
		return cost + ",euc-4471,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,"
				+ String.format("2026-10-%02dT00:00:00Z,2026-10-%02dT00:00:00Z,", day, day + 1) + cost
				+ ",GPU Instances," + resource + ",\"{\"\"workload\"\": \"\"" + workload + "\"\"}\"," + hours
				+ ",Hours,H100-1-80G instance hours,"
				+ "\"{\"\"GpuCount\"\": 1, \"\"GpuModel\"\": \"\"H100\"\"}\",Nordic GPU Cloud,Nordic GPU Cloud,Nordic GPU Cloud\n";
	}

	@Test
	void aParquetMonthReportsExactlyAsTheSameMonthInCsv() throws IOException, SQLException {
		String product = "{\"product_name\": \"Amazon SageMaker\", \"instance_type\": \"ml.g5.2xlarge\", \"region\": \"eu-west-1\"}";
		String cur = CUR_HEADER
				+ curRow("c1", 1, "EU-Host:ml.g5.2xlarge", "endpoint/contract-review", "24", "36.36", product,
						"{\"user_workload\": \"contract-review\"}")
				+ curRow("c2", 2, "EU-Host:ml.g5.2xlarge", "endpoint/contract-review", "24", "36.36", product,
						"{\"user_workload\": \"contract-review\"}")
				// a cost that is not exact in binary: 0.1 must stay 0.1
				+ curRow("c3", 3, "EU-Requests", "bucket/docs", "1000", "0.1", "{\"product_name\": \"Amazon S3\"}",
						"{\"user_workload\": \"contract-review\"}");
		String focus = FOCUS_HEADER + focusRow("59.76", 1, "inst-translate-01", "batch-translation", "24")
				+ focusRow("59.7600000001", 2, "inst-translate-01", "batch-translation", "24");

		Path csv = Files.createDirectories(work.resolve("csv"));
		Files.writeString(csv.resolve("cur2-2026-10.csv"), cur);
		Files.writeString(csv.resolve("focus-1.3-2026-10.csv"), focus);

		Path parquet = Files.createDirectories(work.resolve("parquet/cur2/data/BILLING_PERIOD=2026-10"));
		Path focusFolder = Files.createDirectories(work.resolve("parquet/focus"));
		Files.writeString(work.resolve("parquet/cur2/metadata-cur2-Manifest.json"),
				"{\"reportName\": \"cur2\", \"dataFiles\": [\"cur2-00001.snappy.parquet\"]}");
		try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
			sql.execute("COPY (SELECT * REPLACE (CAST(line_item_usage_amount AS DOUBLE) AS line_item_usage_amount, "
					+ "CAST(line_item_unblended_cost AS DOUBLE) AS line_item_unblended_cost, "
					+ "CAST(line_item_net_unblended_cost AS DOUBLE) AS line_item_net_unblended_cost, "
					+ "CAST(bill_billing_period_start_date AS TIMESTAMP) AS bill_billing_period_start_date, "
					+ "CAST(line_item_usage_start_date AS TIMESTAMP) AS line_item_usage_start_date, "
					+ "CAST(json(product) AS MAP(VARCHAR, VARCHAR)) AS product, "
					+ "CAST(json(resource_tags) AS MAP(VARCHAR, VARCHAR)) AS resource_tags) " + "FROM read_csv('"
					+ csv.resolve("cur2-2026-10.csv") + "', all_varchar = true)) TO '"
					+ parquet.resolve("cur2-00001.snappy.parquet") + "' (FORMAT PARQUET, COMPRESSION SNAPPY)");
			sql.execute("COPY (SELECT * REPLACE (CAST(BilledCost AS DECIMAL(18, 10)) AS BilledCost, "
					+ "CAST(EffectiveCost AS DECIMAL(18, 10)) AS EffectiveCost, "
					+ "CAST(ConsumedQuantity AS DECIMAL(18, 6)) AS ConsumedQuantity, "
					+ "CAST(ChargePeriodStart AS TIMESTAMPTZ) AS ChargePeriodStart, "
					+ "CAST(json(Tags) AS MAP(VARCHAR, VARCHAR)) AS Tags) " + "FROM read_csv('"
					+ csv.resolve("focus-1.3-2026-10.csv") + "', all_varchar = true)) TO '"
					+ focusFolder.resolve("focus-1.3-2026-10.parquet") + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
		}

		JsonNode fromCsv = com.inferencetco.MonthRuns.october(work, csv, "out-csv");
		JsonNode fromParquet = com.inferencetco.MonthRuns.october(work, work.resolve("parquet"), "out-parquet");
		// 36.36 + 36.36 + 0.1 (AWS) + 59.76 + 59.7600000001 (FOCUS)
		assertThat(fromParquet.get("totals").get("cost").decimalValue()).isEqualByComparingTo("192.3400000001");
		assertThat(fromParquet.get("totals")).isEqualTo(fromCsv.get("totals"));
		assertThat(fromParquet.get("tokens")).isEqualTo(fromCsv.get("tokens"));
		assertThat(fromParquet.get("gpuHours")).isEqualTo(fromCsv.get("gpuHours"));
		assertThat(fromParquet.get("workloads").size()).isEqualTo(fromCsv.get("workloads").size());
		for (int i = 0; i < fromCsv.get("workloads").size(); i++) {
			JsonNode a = fromCsv.get("workloads").get(i);
			JsonNode b = fromParquet.get("workloads").get(i);
			assertThat(b.get("name")).isEqualTo(a.get("name"));
			assertThat(b.get("cost").decimalValue()).isEqualByComparingTo(a.get("cost").decimalValue());
			assertThat(b.get("gpuHours").decimalValue()).isEqualByComparingTo(a.get("gpuHours").decimalValue());
		}
		Map<String, String> formats = new HashMap<>();
		for (JsonNode file : fromParquet.get("inputs")) {
			formats.put(file.get("file").asString(), file.get("format").asString());
			assertThat(file.get("rowsRejected").asLong()).isZero();
		}
		assertThat(formats).containsEntry("cur2/data/BILLING_PERIOD=2026-10/cur2-00001.snappy.parquet", "aws-cur-2.0")
			.containsEntry("focus/focus-1.3-2026-10.parquet", "focus-1.3");
		assertThat(fromParquet.get("skippedInputs").get(0).get("file").asString())
			.isEqualTo("cur2/metadata-cur2-Manifest.json");
	}

	static final String MCA_HEADER = "billingAccountId,billingPeriodStartDate,date,meterName,meterCategory,"
			+ "meterSubCategory,subscriptionId,ResourceId,resourceLocation,quantity,unitOfMeasure,chargeType,"
			+ "billingCurrency,costInBillingCurrency,additionalInfo,tags\n";

	static String mcaRow(String meter, String category, String quantity, String unit, String cost) {
		return "mca-77,2026-10-01,10/02/2026," + meter + "," + category + ",,sub-1,/subscriptions/sub-1/vm-eval,"
				+ "swedencentral," + quantity + "," + unit + ",Usage,USD," + cost
				+ ",\"{\"\"ServiceType\"\":\"\"Standard_NC24ads_A100_v4\"\"}\",\"\"\"workload\"\": \"\"model-eval\"\"\"\n";
	}

	@Test
	void azureActualAndAmortizedParquetExportsInvoiceTheActualCostOnce() throws IOException, SQLException {
		// Azure's Parquet cost exports: camelCase columns, DECIMAL costs; the amortized
		// view spreads a reservation (60.00 instead of 80.88) and must not add to the
		// bill
		Path csv = Files.createDirectories(work.resolve("azure-csv"));
		Files.writeString(csv.resolve("mca-actualcost-2026-10.csv"),
				MCA_HEADER + mcaRow("NC24ads A100 v4", "Virtual Machines", "24", "1 Hour", "80.88")
						+ mcaRow("Standard Data Transfer Out", "Bandwidth", "5", "1 GB", "0.40"));
		Files.writeString(csv.resolve("mca-amortizedcost-2026-10.csv"),
				MCA_HEADER + mcaRow("NC24ads A100 v4", "Virtual Machines", "24", "1 Hour", "60.00")
						+ mcaRow("Standard Data Transfer Out", "Bandwidth", "5", "1 GB", "0.40"));
		Path parquet = Files.createDirectories(work.resolve("azure-parquet"));
		try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
			for (String name : new String[] { "mca-actualcost-2026-10", "mca-amortizedcost-2026-10" }) {
				sql.execute("COPY (SELECT * REPLACE (CAST(costInBillingCurrency AS DECIMAL(28, 10)) "
						+ "AS costInBillingCurrency, CAST(quantity AS DECIMAL(28, 10)) AS quantity) FROM read_csv('"
						+ csv.resolve(name + ".csv") + "', all_varchar = true)) TO '"
						+ parquet.resolve(name + ".snappy.parquet") + "' (FORMAT PARQUET, COMPRESSION SNAPPY)");
			}
		}

		JsonNode fromCsv = com.inferencetco.MonthRuns.october(work, csv, "out-azure-csv");
		JsonNode fromParquet = com.inferencetco.MonthRuns.october(work, parquet, "out-azure-parquet");
		// the actual export alone is the invoice: 80.88 + 0.40
		assertThat(fromParquet.get("totals").get("cost").decimalValue()).isEqualByComparingTo("81.28");
		assertThat(fromParquet.get("totals")).isEqualTo(fromCsv.get("totals"));
		// 24 hours of one A100 (the size read from additionalInfo)
		assertThat(fromParquet.get("gpuHours")).isEqualTo(fromCsv.get("gpuHours"));
		Map<String, String> formats = new HashMap<>();
		for (JsonNode file : fromParquet.get("inputs")) {
			formats.put(file.get("file").asString(), file.get("format").asString());
			assertThat(file.get("rowsRejected").asLong()).isZero();
		}
		assertThat(formats).containsEntry("mca-actualcost-2026-10.snappy.parquet", "azure-mca")
			.containsEntry("mca-amortizedcost-2026-10.snappy.parquet", "azure-mca-amortized");
	}

}
