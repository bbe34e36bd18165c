package com.inferencetco.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * Layouts found in the wild that the formats table promises, each written to the
 * provider's documented columns: Azure's pay-as-you-go usage details, a GPU VM known only
 * by its meter name, OpenAI's embeddings, moderations and token-less usage pages, and the
 * ECB's daily rates file.
 */
class ExportsInTheWildTest {

	@TempDir
	Path work;

	private JsonNode run(Path input) throws IOException {
		return com.inferencetco.MonthRuns.october(work, input, "out");
	}

	@Test
	void azurePayAsYouGoUsageDetailsWithAGpuVmNamedByItsMeter() throws IOException {
		Path input = Files.createDirectories(work.resolve("azure"));
		Files.writeString(input.resolve("usage-details.csv"),
				"SubscriptionGuid,SubscriptionName,ResourceGroup,"
						+ "ResourceLocation,UsageDateTime,MeterCategory,MeterSubcategory,MeterId,MeterName,MeterRegion,"
						+ "UsageQuantity,ResourceRate,PreTaxCost,ConsumedService,ResourceType,InstanceId,Tags,OfferId,"
						+ "AdditionalInfo,Currency\n"
						// a GPU VM: no AdditionalInfo, the size is in the meter name; 24
						// hours of one H100
						+ "0f1e2d3c-0000-4000-8000-000000000001,Prod,rg-ai,westeurope,2026-10-02,Virtual Machines,"
						+ "NCads H100 v5 Series,m-1,NC40ads H100 v5,EU West,24,6.98,167.52,Microsoft.Compute,"
						+ "Microsoft.Compute/virtualMachines,/subscriptions/0f1e/rg-ai/vm-chat-1,"
						+ "\"{\"\"workload\"\": \"\"chat\"\"}\",MS-AZR-0003P,,USD\n"
						+ "0f1e2d3c-0000-4000-8000-000000000001,Prod,rg-ai,westeurope,2026-10-02,Storage,Premium SSD,m-2,"
						+ "P30 Disks,EU West,1,12.48,12.48,Microsoft.Compute,Microsoft.Compute/disks,/subscriptions/0f1e/rg-ai/disk-1,"
						+ "\"{\"\"workload\"\": \"\"chat\"\"}\",MS-AZR-0003P,,USD\n");
		JsonNode summary = run(input);
		assertThat(summary.get("inputs").get(0).get("format").asString()).isEqualTo("azure-ea");
		assertThat(summary.get("inputs").get(0).get("rowsRejected").asLong()).isZero();
		assertThat(summary.get("currency").asString()).isEqualTo("USD");
		// 167.52 + 12.48
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("180.00");
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).isEqualByComparingTo("24");
	}

	@Test
	void azureUsageDetailsWithGermanHeadersReadAsTheirEnglishLayout() throws IOException {
		Path input = Files.createDirectories(work.resolve("azure-de"));
		// a German-language account's download: German column names and dates,
		// comma-separated with decimal points as Azure writes its files
		Files.writeString(input.resolve("nutzungsdetails.csv"), "Abonnement-GUID,Abonnementname,Ressourcengruppe,"
				+ "Ressourcenstandort,Nutzungsdatum,Kategorie der Verbrauchseinheit,"
				+ "Unterkategorie der Verbrauchseinheit,ID der Verbrauchseinheit,Name der Verbrauchseinheit,"
				+ "Region der Verbrauchseinheit,Verbrauchte Menge,Maßeinheit,Kosten vor Steuern,Verbrauchter Dienst,"
				+ "Instanz-ID,Tags,Zusätzliche Informationen,Währung\n"
				// 24 hours of one H100, the VM size in the meter name
				+ "0f1e2d3c-0000-4000-8000-000000000001,Prod,rg-ai,germanywestcentral,02.10.2026,Virtual Machines,"
				+ "NCads H100 v5 Series,m-1,NC40ads H100 v5,DE West Central,24,1 Hour,167.52,Microsoft.Compute,"
				+ "/subscriptions/0f1e/rg-ai/vm-chat-1,\"{\"\"workload\"\": \"\"chat\"\"}\",,USD\n"
				// 100 GB out to the internet
				+ "0f1e2d3c-0000-4000-8000-000000000001,Prod,rg-ai,germanywestcentral,3.10.2026,Bandwidth,"
				+ "Rtn Preference: MGN,m-3,Standard Data Transfer Out,DE West Central,100,1 GB,8.70,Microsoft.Compute,"
				+ "/subscriptions/0f1e/rg-ai/vm-chat-1,\"{\"\"workload\"\": \"\"chat\"\"}\",,USD\n");
		JsonNode summary = run(input);
		assertThat(summary.get("inputs").get(0).get("format").asString()).isEqualTo("azure-ea");
		assertThat(summary.get("inputs").get(0).get("rowsRejected").asLong()).isZero();
		// 167.52 + 8.70
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("176.22");
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).isEqualByComparingTo("24");
		assertThat(summary.get("egressGb").decimalValue()).isEqualByComparingTo("100");
	}

	@Test
	void azureGermanHeadersWithTheEnglishNameInParenthesesReadExactly() throws IOException {
		Path input = Files.createDirectories(work.resolve("azure-de-en"));
		// the German download's other header form: "Abonnement-GUID (SubscriptionGuid)"
		Files.writeString(input.resolve("nutzungsdetails.csv"), "Abonnement-GUID (SubscriptionGuid),"
				+ "Ressourcengruppe (ResourceGroup),Nutzungsdatum (UsageDateTime),"
				+ "Kategorie der Verbrauchseinheit (MeterCategory),Name der Verbrauchseinheit (MeterName),"
				+ "Verbrauchte Menge (UsageQuantity),Kosten vor Steuern (PreTaxCost),Instanz-ID (InstanceId),"
				+ "Tags (Tags),Währung (Currency)\n"
				+ "0f1e,rg-ai,2026-10-02,Virtual Machines,NC40ads H100 v5,24,167.52,/subscriptions/0f1e/rg-ai/vm-1,"
				+ "\"{\"\"workload\"\": \"\"chat\"\"}\",USD\n"
				+ "0f1e,rg-ai,2026-10-03,Storage,P30 Disks,1,12.48,/subscriptions/0f1e/rg-ai/disk-1,"
				+ "\"{\"\"workload\"\": \"\"chat\"\"}\",USD\n");
		readsTheAzureVmAndDisk(run(input));
	}

	@Test
	void azurePayAsYouGoUsageDetailsInCamelCaseReadAsThePascalCaseLayout() throws IOException {
		Path input = Files.createDirectories(work.resolve("azure-camel"));
		Files.writeString(input.resolve("usage-details.csv"),
				"subscriptionGuid,subscriptionName,resourceGroup,resourceLocation,usageDateTime,meterCategory,"
						+ "meterSubcategory,meterId,meterName,meterRegion,usageQuantity,resourceRate,preTaxCost,"
						+ "consumedService,resourceType,instanceId,tags,offerId,additionalInfo,currency\n"
						+ "0f1e,Prod,rg-ai,westeurope,2026-10-02,Virtual Machines,NCads H100 v5 Series,m-1,"
						+ "NC40ads H100 v5,EU West,24,6.98,167.52,Microsoft.Compute,Microsoft.Compute/virtualMachines,"
						+ "/subscriptions/0f1e/rg-ai/vm-chat-1,\"{\"\"workload\"\": \"\"chat\"\"}\",MS-AZR-0003P,,USD\n"
						+ "0f1e,Prod,rg-ai,westeurope,2026-10-02,Storage,Premium SSD,m-2,P30 Disks,EU West,1,12.48,12.48,"
						+ "Microsoft.Compute,Microsoft.Compute/disks,/subscriptions/0f1e/rg-ai/disk-1,"
						+ "\"{\"\"workload\"\": \"\"chat\"\"}\",MS-AZR-0003P,,USD\n");
		// as the PascalCase file of the same layout
		readsTheAzureVmAndDisk(run(input));
	}

	/**
	 * An Azure usage file of one H100 VM for 24 hours (167.52) and a disk (12.48): read
	 * as azure-ea, nothing rejected, 167.52 + 12.48 = 180.00, 24 H100-hours.
	 */
	private static void readsTheAzureVmAndDisk(JsonNode summary) {
		assertThat(summary.get("inputs").get(0).get("format").asString()).isEqualTo("azure-ea");
		assertThat(summary.get("inputs").get(0).get("rowsRejected").asLong()).isZero();
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("180.00");
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).isEqualByComparingTo("24");
	}

	@Test
	void openAiEmbeddingsAndModerationsCountTokensAndTokenlessPagesAreCounted() throws IOException {
		Path input = Files.createDirectories(work.resolve("openai"));
		String bucket = "{\"object\": \"bucket\", \"start_time\": 1790812800, \"end_time\": 1790899200, \"results\": [";
		Files.writeString(input.resolve("usage-embeddings.json"),
				"{\"object\": \"page\", \"has_more\": false, \"data\": [" + bucket
						+ "{\"object\": \"organization.usage.embeddings.result\", \"input_tokens\": 5000000, "
						+ "\"num_model_requests\": 900, \"model\": \"text-embedding-3-small\", \"project_id\": \"proj_search\"}]}]}");
		Files.writeString(input.resolve("usage-moderations.json"),
				"{\"object\": \"page\", \"has_more\": false, \"data\": [" + bucket
						+ "{\"object\": \"organization.usage.moderations.result\", \"input_tokens\": 250000, "
						+ "\"num_model_requests\": 40, \"model\": \"omni-moderation-latest\", \"project_id\": \"proj_chat\"}]}]}");
		Files.writeString(input.resolve("usage-images.json"), "{\"object\": \"page\", \"has_more\": false, \"data\": ["
				+ bucket
				+ "{\"object\": \"organization.usage.images.result\", \"images\": 120, \"num_model_requests\": 60, "
				+ "\"size\": \"1024x1024\", \"source\": \"image.generation\", \"model\": \"gpt-image-1\"}]}]}");
		// usage pages, no bill
		JsonNode summary = com.inferencetco.MonthRuns.october(work, input, "out", "--allow-empty-month");
		Map<String, String> formats = new HashMap<>();
		for (JsonNode file : summary.get("inputs")) {
			formats.put(file.get("file").asString(), file.get("format").asString());
			assertThat(file.get("rowsRead").asLong()).isEqualTo(1);
			assertThat(file.get("rowsRejected").asLong()).isZero();
		}
		assertThat(formats).containsEntry("usage-embeddings.json", "openai-usage")
			.containsEntry("usage-moderations.json", "openai-usage")
			.containsEntry("usage-images.json", "openai-usage-without-tokens");
		// 5,000,000 embedding tokens + 250,000 moderation tokens, all input; the images
		// page adds none
		assertThat(summary.get("tokens").get("input").decimalValue()).isEqualByComparingTo("5250000");
		assertThat(summary.get("tokens").get("output").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void theEcbDailyFileConvertsAnotherCurrency() throws IOException {
		Path input = Files.createDirectories(work.resolve("ecb"));
		// the daily file as the ECB publishes it: long dates, a space after each comma, a
		// trailing comma
		Files.writeString(input.resolve("eurofxref.csv"),
				"Date, USD, JPY, GBP, \n30 October 2026, 1.0850, 162.50, 0.8650, \n");
		Files.writeString(input.resolve("focus.csv"), "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
				+ "ChargeCategory,ChargePeriodStart,ChargePeriodEnd,EffectiveCost,ProviderName,ServiceName,Tags\n"
				+ "100.00,EUR,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-30T00:00:00Z,2026-10-31T00:00:00Z,"
				+ "100.00,Nordic,Storage,\n");
		Files.writeString(input.resolve("assumptions.yaml"), "currency: USD\n");
		JsonNode summary = run(input);
		assertThat(summary.get("currency").asString()).isEqualTo("USD");
		// 100.00 EUR charged on 30 October, at that day's 1.0850 USD per euro (a daily
		// file holds one day)
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("108.50");
	}

	@Test
	void theReportCurrencyIsDecidedByTheRowsOfTheMonth() throws IOException {
		Path input = Files.createDirectories(work.resolve("currency"));
		String header = "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,ChargePeriodStart,"
				+ "ChargePeriodEnd,EffectiveCost,ProviderName,ServiceName,Tags\n";
		Files.writeString(input.resolve("october.csv"), header + "40.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,"
				+ "Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,40.00,Nordic,Storage,\n");
		// last month's bill of another provider, in euros, left in the folder: its rows
		// are all September's
		Files.writeString(input.resolve("september-eur.csv"), header + "9.00,EUR,2026-09-01T00:00:00Z,"
				+ "2026-10-01T00:00:00Z,Usage,2026-09-02T00:00:00Z,2026-09-03T00:00:00Z,9.00,Other,Storage,\n");
		JsonNode summary = run(input);
		assertThat(summary.get("currency").asString()).isEqualTo("USD");
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("40.00");
	}

	@Test
	void aGoogleExportFlattenedWithPandasKeepsItsCreditsAndLabels() throws IOException {
		Path input = Files.createDirectories(work.resolve("pandas"));
		// pandas writes the nested columns as Python literals: single quotes, None,
		// Decimal('...')
		Files.writeString(input.resolve("billing-export.csv"), "billing_account_id,service.description,sku.description,"
				+ "usage_start_time,usage_end_time,project.id,labels,location.region,cost,currency,usage.amount,usage.unit,"
				+ "usage.amount_in_pricing_units,usage.pricing_unit,credits,invoice.month,cost_type\n"
				+ "01A2B3-C4D5E6-F7G8H9,Compute Engine,Nvidia H100 80GB GPU running in Americas,2026-10-01 00:00:00 UTC,"
				+ "2026-10-02 00:00:00 UTC,lumora-search,\"[{'key': 'workload', 'value': 'search-rerank'}]\",us-central1,"
				+ "88.00,USD,86400,seconds,24,hour,\"[{'name': 'Sustained use discount', 'amount': Decimal('-8.80'), "
				+ "'full_name': None, 'id': '', 'type': 'SUSTAINED_USAGE_DISCOUNT'}]\",202610,regular\n");
		JsonNode summary = run(input);
		assertThat(summary.get("inputs").get(0).get("rowsRejected").asLong()).isZero();
		// 88.00 less the 8.80 credit
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("79.20");
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).isEqualByComparingTo("24");
		assertThat(summary.get("workloads").get(0).get("name").asString()).isEqualTo("search-rerank");
	}

	@Test
	void nvidiaSmiWithoutTheNameColumnCountsByHostAndSaysSoWhenNoWorkloadIsKnown() throws IOException {
		String log = "timestamp, index, utilization.gpu [%], memory.used [MiB]\n"
				+ "2026/10/01 02:00:00.000, 0, 40 %, 61234 MiB\n2026/10/01 03:00:00.000, 0, 60 %, 61234 MiB\n";
		Path mapped = Files.createDirectories(work.resolve("mapped"));
		Files.writeString(mapped.resolve("gpu-host-7.nvidia-smi.csv"), log);
		Files.writeString(mapped.resolve("assumptions.yaml"), "workloadsByHost:\n  gpu-host-7: code-assist\n");
		// telemetry alone makes no bill: the month is reported because it is asked for
		JsonNode withHost = com.inferencetco.MonthRuns.october(work, mapped, "out-mapped", "--allow-empty-month");
		// two samples, 40 % and 60 %: busy half the time
		assertThat(withHost.get("workloads").get(0).get("name").asString()).isEqualTo("code-assist");
		assertThat(withHost.get("workloads").get(0).get("gpuBusy").decimalValue()).isEqualByComparingTo("0.5");
		Path unmapped = Files.createDirectories(work.resolve("unmapped"));
		Files.writeString(unmapped.resolve("gpu-host-7.nvidia-smi.csv"), log);
		JsonNode without = com.inferencetco.MonthRuns.october(work, unmapped, "out-unmapped", "--allow-empty-month");
		assertThat(without.get("notes").toString()).contains("2 GPU utilization samples name no workload");
	}

}
