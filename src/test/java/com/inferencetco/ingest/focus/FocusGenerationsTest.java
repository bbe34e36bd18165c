package com.inferencetco.ingest.focus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * FOCUS as providers write it in late 2026: 1.3 (ServiceProviderName and HostProviderName
 * beside the deprecated ProviderName, split cost allocation) and 1.4 (ProviderName and
 * PublisherName gone), with the Contract Commitment dataset beside the cost rows. Files
 * written to the specification's column names.
 */
class FocusGenerationsTest {

	@TempDir
	Path work;

	static final String COMMON = "BilledCost,BillingAccountId,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
			+ "ChargeCategory,ChargePeriodStart,ChargePeriodEnd,EffectiveCost,ServiceName,ResourceId,Tags,"
			+ "ConsumedQuantity,ConsumedUnit,SkuMeter,SkuPriceDetails";

	static final String PERIOD = "USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,"
			+ "2026-10-03T00:00:00Z";

	@Test
	void focus13And14AreRecognisedAndTheirProviderAndAllocationRead() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		// 1.3: a shared GPU node split by allocation between two workloads, plus an
		// unsplit storage line
		Files.writeString(input.resolve("focus-1.3.csv"), COMMON
				+ ",ProviderName,PublisherName,ServiceProviderName,HostProviderName,AllocatedMethodId,AllocatedResourceId,AllocatedTags,"
				+ "InvoiceId,InvoiceIssuerName\n" + "30.00,acct-13," + PERIOD
				+ ",30.00,GPU Cloud,node-7,\"{\"\"workload\"\": \"\"platform\"\"}\",6,Hours,"
				+ "H100 GPU hours,\"{\"\"GpuCount\"\": 1, \"\"GpuModel\"\": \"\"H100\"\"}\",Nordic,Nordic,Nordic GPU Cloud,Nordic GPU Cloud,gpu-share,ns/chat,\"{\"\"workload\"\": \"\"chat\"\"}\",INV-13-10,Nordic GPU Cloud\n"
				+ "20.00,acct-13," + PERIOD
				+ ",20.00,GPU Cloud,node-7,\"{\"\"workload\"\": \"\"platform\"\"}\",4,Hours,"
				+ "H100 GPU hours,\"{\"\"GpuCount\"\": 1, \"\"GpuModel\"\": \"\"H100\"\"}\",Nordic,Nordic,Nordic GPU Cloud,Nordic GPU Cloud,gpu-share,ns/search,\"{\"\"workload\"\": \"\"search\"\"}\",INV-13-10,Nordic GPU Cloud\n"
				+ "2.50,acct-13," + PERIOD
				+ ",2.50,Object Storage,bucket-1,\"{\"\"workload\"\": \"\"chat\"\"}\",100,GB-Mo,"
				+ "Storage,,Nordic,Nordic,Nordic GPU Cloud,Nordic GPU Cloud,,,,INV-13-10,Nordic GPU Cloud\n");
		// 1.4: no ProviderName, no PublisherName
		Files.writeString(input.resolve("focus-1.4.csv"),
				COMMON + ",ServiceProviderName,HostProviderName,InvoiceId," + "InvoiceIssuerName\n" + "7.25,acct-14,"
						+ PERIOD + ",7.25,Object Storage,bucket-2,\"{\"\"workload\"\": \"\"search\"\"}\",50,GB-Mo,"
						+ "Storage,,Example Cloud,Example Cloud,INV-14-10,Example Cloud\n");
		// the Contract Commitment dataset: terms, no charges
		Files.writeString(input.resolve("contract-commitments.csv"),
				"ContractCommitmentId,ContractId,"
						+ "ContractCommitmentCategory,ContractCommitmentPeriodStart,ContractCommitmentPeriodEnd,"
						+ "ContractCommitmentCost,BillingCurrency\n"
						+ "cc-1,contract-2026,Spend,2026-01-01T00:00:00Z,2027-01-01T00:00:00Z,120000.00,USD\n");
		// 1.4's Billing Period and Invoice Detail datasets, with the columns the
		// specification makes mandatory
		Files.writeString(input.resolve("billing-periods.csv"), "BillingPeriodCreated,BillingPeriodEnd,"
				+ "BillingPeriodLastUpdated,BillingPeriodStart,BillingPeriodStatus,InvoiceIssuerName\n"
				+ "2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-11-02T00:00:00Z,2026-10-01T00:00:00Z,Closed,Example Cloud\n");
		Files.writeString(input.resolve("invoice-detail.csv"),
				"BilledCost,BillingAccountId,BillingCurrency,ChargeCategory,"
						+ "BillingPeriodEnd,BillingPeriodStart,InvoiceDetailCreated,InvoiceDetailDescription,InvoiceDetailGrain,"
						+ "InvoiceDetailId,InvoiceDetailLastUpdated,InvoiceId,InvoiceIssueDate,InvoiceIssueStatus,InvoiceIssuerName,"
						+ "PaymentCurrency,PaymentDueDate,PaymentTerms,ReferenceInvoiceId\n"
						+ "7.25,acct-14,USD,Usage,2026-11-01T00:00:00Z,2026-10-01T00:00:00Z,2026-11-02T00:00:00Z,Object storage,"
						+ "\"{\"\"ServiceName\"\": \"\"Object Storage\"\"}\",d-1,2026-11-02T00:00:00Z,INV-14-10,2026-11-03T00:00:00Z,"
						+ "Issued,Example Cloud,USD,2026-12-03T00:00:00Z,Net 30,\n"
						// Nordic's invoice says 55.00, its cost rows hold 30.00 + 20.00 +
						// 2.50 = 52.50
						+ "55.00,acct-13,USD,Usage,2026-11-01T00:00:00Z,2026-10-01T00:00:00Z,2026-11-02T00:00:00Z,GPU Cloud,,d-2,"
						+ "2026-11-02T00:00:00Z,INV-13-10,2026-11-03T00:00:00Z,Issued,Nordic GPU Cloud,USD,,Net 30,\n");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		Map<String, String> formats = new HashMap<>();
		for (JsonNode file : summary.get("inputs")) {
			formats.put(file.get("file").asString(), file.get("format").asString());
			assertThat(file.get("rowsRejected").asLong()).as(file.get("file").asString()).isZero();
		}
		assertThat(formats).containsEntry("focus-1.3.csv", "focus-1.3")
			.containsEntry("focus-1.4.csv", "focus-1.4")
			.containsEntry("contract-commitments.csv", "focus-contract-commitment")
			.containsEntry("billing-periods.csv", "focus-billing-period")
			.containsEntry("invoice-detail.csv", "focus-invoice-detail");
		// 30.00 + 20.00 + 2.50 + 7.25; the commitment's 120,000 is a term, not a charge,
		// and the invoice's line
		// restates the 7.25 already charged
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("59.75");
		// each invoice of the Invoice Detail dataset against the cost rows that name it
		JsonNode invoices = summary.get("invoices");
		assertThat(invoices.size()).isEqualTo(2);
		JsonNode example = invoices.get(0).get("invoiceId").asString().equals("INV-14-10") ? invoices.get(0)
				: invoices.get(1);
		JsonNode nordic = example == invoices.get(0) ? invoices.get(1) : invoices.get(0);
		assertThat(example.get("reconciled").asBoolean()).isTrue();
		assertThat(example.get("costRowsTotal").decimalValue()).isEqualByComparingTo("7.25");
		assertThat(nordic.get("reconciled").asBoolean()).isFalse();
		assertThat(nordic.get("invoiceTotal").decimalValue()).isEqualByComparingTo("55.00");
		assertThat(nordic.get("costRowsTotal").decimalValue()).isEqualByComparingTo("52.50");
		assertThat(nordic.get("difference").decimalValue()).isEqualByComparingTo("-2.50");
		assertThat(summary.get("notes").toString())
			.contains("Invoice INV-13-10 of Nordic GPU Cloud does NOT reconcile");
		// the split rows belong to the workloads their allocation names, not to the
		// node's own tag
		Map<String, BigDecimal> costByWorkload = new HashMap<>();
		Map<String, BigDecimal> gpuHoursByWorkload = new HashMap<>();
		for (JsonNode workload : summary.get("workloads")) {
			costByWorkload.put(workload.get("name").asString(), workload.get("cost").decimalValue());
			gpuHoursByWorkload.put(workload.get("name").asString(), workload.get("gpuHours").decimalValue());
		}
		assertThat(costByWorkload).doesNotContainKey("platform");
		assertThat(gpuHoursByWorkload.get("chat")).isEqualByComparingTo("6");
		assertThat(gpuHoursByWorkload.get("search")).isEqualByComparingTo("4");
		// 30.00 GPU + 2.50 storage
		assertThat(costByWorkload.get("chat")).isEqualByComparingTo("32.50");
		// 20.00 GPU + 7.25 storage
		assertThat(costByWorkload.get("search")).isEqualByComparingTo("27.25");
	}

}
