package com.inferencetco.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.inferencetco.ingest.aws.AwsCurFields;
import com.inferencetco.ingest.aws.AwsCurNormalizer;
import com.inferencetco.ingest.azure.AzureCostNormalizer;
import com.inferencetco.ingest.focus.FocusNormalizer;
import com.inferencetco.ingest.openai.OpenAiUsageNormalizer;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.RowOutcome;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;

class NormalizersTest {

	private static final BillingMonth OCTOBER = BillingMonth.parse("2026-10");

	@Test
	void awsGpuInstanceHoursBecomeGpuHoursByModel() {
		RowOutcome outcome = new AwsCurNormalizer(OCTOBER, AwsCurFields.LEGACY).normalize(awsRow("Usage", "AmazonEC2",
				"EUC1-BoxUsage:p5.48xlarge", "24", "2359.68", "Hrs", "p5.48xlarge", "doc-summarizer"));
		NormalizedLine line = only(outcome);
		assertThat(line.kind()).isEqualTo(RecordKind.GPU_HOURS);
		assertThat(line.category()).isEqualTo(CostCategory.GPU_COMPUTE);
		// 24 instance-hours x 8 GPUs
		assertThat(line.gpuHours()).isEqualByComparingTo("192");
		assertThat(line.dimensions().model()).isEqualTo("H100");
		assertThat(line.dimensions().workload()).isEqualTo("doc-summarizer");
		assertThat(line.cost()).isEqualByComparingTo("2359.68");
	}

	@Test
	void awsBedrockTokenBlocksBecomeSingleTokens() {
		NormalizedLine input = only(new AwsCurNormalizer(OCTOBER, AwsCurFields.LEGACY).normalize(awsRow("Usage",
				"AmazonBedrock", "EUC1-Claude4.6Sonnet-input-tokens", "1250", "3.75", "1K tokens", "", "")));
		assertThat(input.tokens()).isEqualByComparingTo("1250000");
		assertThat(input.tokenType()).isEqualTo(TokenType.INPUT);
		assertThat(input.dimensions().workload()).isEqualTo("AmazonBedrock Claude4.6Sonnet");
		NormalizedLine cacheRead = only(
				new AwsCurNormalizer(OCTOBER, AwsCurFields.LEGACY).normalize(awsRow("Usage", "AmazonBedrock",
						"EUC1-Claude4.6Sonnet-cache-read-input-token-count", "420", "0.126", "1K tokens", "", "")));
		assertThat(cacheRead.tokenType()).isEqualTo(TokenType.CACHED_INPUT);
	}

	@Test
	void awsEgressAmountIsAlreadyInGigabytes() {
		NormalizedLine line = only(new AwsCurNormalizer(OCTOBER, AwsCurFields.LEGACY).normalize(
				awsRow("Usage", "AmazonEC2", "EUC1-DataTransfer-Out-Bytes", "58.0645", "5.225805", "GB", "", "")));
		assertThat(line.kind()).isEqualTo(RecordKind.EGRESS);
		assertThat(line.egressGb()).isEqualByComparingTo("58.0645");
	}

	@Test
	void awsCreditsAndTaxKeepTheirSign() {
		NormalizedLine credit = only(new AwsCurNormalizer(OCTOBER, AwsCurFields.LEGACY)
			.normalize(awsRow("Credit", "AmazonEC2", "", "0", "-2500.00", "", "", "")));
		assertThat(credit.category()).isEqualTo(CostCategory.CREDITS);
		assertThat(credit.cost()).isEqualByComparingTo("-2500");
		NormalizedLine tax = only(new AwsCurNormalizer(OCTOBER, AwsCurFields.LEGACY)
			.normalize(awsRow("Tax", "AWSSupportBusiness", "", "0", "12.35", "", "", "")));
		assertThat(tax.category()).isEqualTo(CostCategory.TAX);
	}

	@Test
	void netUnblendedCostWinsWhenFilled() {
		SourceRecordStub row = new SourceRecordStub("bill/BillingPeriodStartDate", "2026-10-01T00:00:00.000Z",
				"lineItem/UsageStartDate", "2026-10-05T00:00:00.000Z", "lineItem/LineItemType", "Usage",
				"lineItem/ProductCode", "AmazonS3", "lineItem/UsageType", "EUC1-Requests-Tier1", "lineItem/UsageAmount",
				"1000", "lineItem/CurrencyCode", "USD", "lineItem/UnblendedCost", "5.00", "lineItem/NetUnblendedCost",
				"4.50");
		RowOutcome outcome = new AwsCurNormalizer(OCTOBER, AwsCurFields.LEGACY).normalize(row);
		assertThat(outcome.invoicedCost()).isEqualByComparingTo("4.50");
	}

	@Test
	void aRowBilledInAnotherMonthIsRejectedWithItsCost() {
		RowOutcome outcome = new FocusNormalizer(BillingMonth.parse("2024-09"))
			.normalize(new SourceRecordStub(1000, "BilledCost", "0.24", "BillingCurrency", "USD", "BillingPeriodStart",
					"2024-10-01 00:00:00", "ChargePeriodStart", "2024-10-01 00:00:00", "ChargeCategory", "Usage"));
		assertThat(outcome).isInstanceOf(RowOutcome.Rejected.class);
		RowOutcome.Rejected rejected = (RowOutcome.Rejected) outcome;
		assertThat(rejected.column()).isEqualTo("BillingPeriodStart");
		assertThat(rejected.reason()).contains("2024-10").contains("outside the month 2024-09");
		assertThat(rejected.invoicedCost()).isEqualByComparingTo("0.24");
		assertThat(rejected.line()).isEqualTo(1000);
	}

	@Test
	void anUnparsableCostIsRejectedNamingTheColumn() {
		RowOutcome outcome = new FocusNormalizer(OCTOBER).normalize(new SourceRecordStub("BilledCost", "12,50",
				"BillingCurrency", "EUR", "BillingPeriodStart", "2026-10-01T00:00:00Z"));
		assertThat(outcome).isInstanceOf(RowOutcome.Rejected.class);
		assertThat(((RowOutcome.Rejected) outcome).column()).isEqualTo("BilledCost");
		assertThat(outcome.invoicedCost()).isNull();
	}

	@Test
	void focusGpuCountFromSkuPriceDetailsAndTokensFromBlocks() {
		NormalizedLine gpu = only(new FocusNormalizer(OCTOBER).normalize(focusRow("H100 SXM instance", "24", "Hours",
				"24", "Hours", "{\"GpuCount\": 2, \"InstanceType\": \"H100-2-80G\"}", "59.76")));
		assertThat(gpu.kind()).isEqualTo(RecordKind.GPU_HOURS);
		assertThat(gpu.gpuHours()).isEqualByComparingTo("48");
		assertThat(gpu.dimensions().model()).isEqualTo("H100");
		NormalizedLine tokens = only(new FocusNormalizer(OCTOBER)
			.normalize(focusRow("Llama output tokens", "900000", "Tokens", "900", "1000 Tokens", null, "0.711")));
		assertThat(tokens.tokens()).isEqualByComparingTo("900000");
		assertThat(tokens.tokenType()).isEqualTo(TokenType.OUTPUT);
	}

	@Test
	void azureOpenAiMeterNamesGiveDirectionAndCaching() {
		assertThat(tokenTypeOf("gpt-4o-mini-0718-Inp-glbl Tokens")).isEqualTo(TokenType.INPUT);
		assertThat(tokenTypeOf("gpt-4o-mini-0718-Outp-regnl Tokens")).isEqualTo(TokenType.OUTPUT);
		assertThat(tokenTypeOf("gpt 4.1 Opt glbl Tokens")).isEqualTo(TokenType.OUTPUT);
		assertThat(tokenTypeOf("5.4 mini cd Inp Gl 1M Tokens")).isEqualTo(TokenType.CACHED_INPUT);
		assertThat(tokenTypeOf("gpt-4o-mini-0718-cached-Inp-glbl Tokens")).isEqualTo(TokenType.CACHED_INPUT);
	}

	@Test
	void azureGpuVmSizeComesFromAdditionalInfo() {
		NormalizedLine line = only(new AzureCostNormalizer(OCTOBER, SourceKind.BILL)
			.normalize(new SourceRecordStub("Date", "10/3/2026", "BillingPeriodStartDate", "10/1/2026", "MeterCategory",
					"Virtual Machines", "MeterName", "NC40ads H100 v5", "Quantity", "24", "UnitOfMeasure", "1 Hour",
					"CostInBillingCurrency", "167.52", "BillingCurrencyCode", "USD", "ChargeType", "Usage",
					"AdditionalInfo", "{\"ServiceType\":\"Standard_NC40ads_H100_v5\",\"VCPUs\":40}", "Tags",
					"\"workload\": \"code-assist\",\"env\": \"prod\"")));
		assertThat(line.gpuHours()).isEqualByComparingTo("24");
		assertThat(line.dimensions().model()).isEqualTo("H100");
		assertThat(line.dimensions().workload()).isEqualTo("code-assist");
	}

	@Test
	void openAiCachedTokensArePartOfInputNotAdded() {
		RowOutcome outcome = new OpenAiUsageNormalizer(OCTOBER).normalize(new SourceRecordStub("bucket.start_time",
				"1790812800", "input_tokens", "1000", "input_cached_tokens", "400", "input_cache_write_tokens", "100",
				"output_tokens", "500", "model", "gpt-4.1-mini", "project_id", "proj_a"));
		var records = ((RowOutcome.Normalized) outcome).records();
		BigDecimal input = records.stream()
			.filter(r -> r.tokenType() != TokenType.OUTPUT)
			.map(NormalizedLine::tokens)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// uncached 500 + cached 400 + cache write 100 = input_tokens 1000
		assertThat(input).isEqualByComparingTo("1000");
		assertThat(records).anySatisfy(r -> {
			assertThat(r.tokenType()).isEqualTo(TokenType.CACHED_INPUT);
			assertThat(r.tokens()).isEqualByComparingTo("400");
		});
		assertThat(records.get(0).dimensions().workload()).isEqualTo("proj_a");
		assertThat(outcome.invoicedCost()).isNull();
	}

	@Test
	void anHourlyOpenAiBucketKeepsItsHourAndADailyOneOnlyItsDay() {
		// 1790812800 is 2026-10-01T00:00:00Z; the bucket from 15:00 to 16:00 UTC
		long start = 1790812800L + 15 * 3600;
		var hourly = ((RowOutcome.Normalized) new OpenAiUsageNormalizer(OCTOBER).normalize(new SourceRecordStub(
				"bucket.start_time", Long.toString(start), "bucket.end_time", Long.toString(start + 3600),
				"input_tokens", "1000", "output_tokens", "500", "model", "llama-3.3-70b", "project_id", "proj_a")))
			.records();
		assertThat(hourly).isNotEmpty()
			.allSatisfy(r -> assertThat(r.usageHour()).isEqualTo(15))
			.allSatisfy(r -> assertThat(r.spanDays()).isEqualTo(1));
		var daily = ((RowOutcome.Normalized) new OpenAiUsageNormalizer(OCTOBER)
			.normalize(new SourceRecordStub("bucket.start_time", "1790812800", "bucket.end_time",
					Long.toString(1790812800L + 86_400), "input_tokens", "1000", "model", "llama-3.3-70b")))
			.records();
		assertThat(daily).isNotEmpty().allSatisfy(r -> assertThat(r.usageHour()).isEqualTo(NormalizedLine.NO_HOUR));
	}

	@Test
	void aMonthLongFocusTokenLineCoversItsThirtyOneDaysAndAGpuLineKeepsNoHour() {
		NormalizedLine tokens = only(new FocusNormalizer(OCTOBER).normalize(focusPeriodRow("2026-10-01T00:00:00Z",
				"2026-11-01T00:00:00Z", "1500000000", "Tokens", "llama-3.3-70b input tokens")));
		assertThat(tokens.kind()).isEqualTo(RecordKind.TOKEN_USAGE);
		assertThat(tokens.usageHour()).isEqualTo(NormalizedLine.NO_HOUR);
		assertThat(tokens.spanDays()).isEqualTo(31);
		NormalizedLine hour = only(new FocusNormalizer(OCTOBER).normalize(focusPeriodRow("2026-10-14T15:00:00Z",
				"2026-10-14T16:00:00Z", "1000000", "Tokens", "llama-3.3-70b input tokens")));
		assertThat(hour.usageHour()).isEqualTo(15);
		assertThat(hour.usageDay()).isEqualTo(java.time.LocalDate.of(2026, 10, 14));
	}

	private static SourceRecordStub focusPeriodRow(String start, String end, String quantity, String unit,
			String meter) {
		return new SourceRecordStub("BilledCost", "1.00", "BillingCurrency", "USD", "BillingPeriodStart",
				"2026-10-01T00:00:00Z", "ChargeCategory", "Usage", "ChargePeriodStart", start, "ChargePeriodEnd", end,
				"ConsumedQuantity", quantity, "ConsumedUnit", unit, "ProviderName", "Example Cloud", "ServiceName",
				"Serverless Inference", "ServiceCategory", "AI and Machine Learning", "SkuMeter", meter);
	}

	private static TokenType tokenTypeOf(String meterName) {
		NormalizedLine line = only(
				new AzureCostNormalizer(OCTOBER, SourceKind.BILL).normalize(new SourceRecordStub("Date", "10/3/2026",
						"MeterCategory", "Azure OpenAI", "MeterName", meterName, "Quantity", "1000", "UnitOfMeasure",
						"1K", "CostInBillingCurrency", "0.01", "BillingCurrencyCode", "USD", "ChargeType", "Usage")));
		assertThat(line.kind()).isEqualTo(RecordKind.TOKEN_USAGE);
		return line.tokenType();
	}

	private static SourceRecordStub awsRow(String type, String product, String usageType, String amount, String cost,
			String unit, String instanceType, String workload) {
		return new SourceRecordStub("bill/BillingPeriodStartDate", "2026-10-01T00:00:00.000Z",
				"lineItem/UsageStartDate", "2026-10-05T00:00:00.000Z", "lineItem/LineItemType", type,
				"lineItem/ProductCode", product, "lineItem/UsageType", usageType, "lineItem/UsageAmount", amount,
				"lineItem/CurrencyCode", "USD", "lineItem/UnblendedCost", cost, "pricing/unit", unit,
				"product/instanceType", instanceType, "resourceTags/user:workload", workload);
	}

	private static SourceRecordStub focusRow(String meter, String consumed, String consumedUnit, String pricing,
			String pricingUnit, String details, String cost) {
		return new SourceRecordStub("BilledCost", cost, "BillingCurrency", "USD", "BillingPeriodStart",
				"2026-10-01T00:00:00Z", "ChargePeriodStart", "2026-10-04T00:00:00Z", "ChargeCategory", "Usage",
				"SkuMeter", meter, "ConsumedQuantity", consumed, "ConsumedUnit", consumedUnit, "PricingQuantity",
				pricing, "PricingUnit", pricingUnit, "SkuPriceDetails", details == null ? "" : details, "ServiceName",
				"GPU Cloud", "ProviderName", "Nordic GPU Cloud");
	}

	private static NormalizedLine only(RowOutcome outcome) {
		assertThat(outcome).isInstanceOf(RowOutcome.Normalized.class);
		var records = ((RowOutcome.Normalized) outcome).records();
		assertThat(records).hasSize(1);
		return records.get(0);
	}

}
