package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.DecisionAssertions;

/**
 * Every GPU line is GPU time of its model, and the alternative rents the GPUs it needs
 * (issue 27). October has 744 hours; rent 2.50 per H100-hour at a specialized provider;
 * no engineering overhead (engineeringFte 0), so the fixed costs of self-hosting are zero
 * and a saving is the difference of the two rents.
 */
class GpuLinesAndOffersFunctionalTests {

	static final String HEADER = "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,"
			+ "ChargePeriodStart,ChargePeriodEnd,ConsumedQuantity,ConsumedUnit,EffectiveCost,ProviderName,ServiceName,"
			+ "SkuMeter,ChargeDescription,SkuPriceDetails,ResourceId,Tags\n";

	@TempDir
	Path work;

	@Test
	void googlesPerGpuSkusInAFocusExportAreAFleetToRentCheaper() throws IOException {
		// 8 H100 billed by Google per GPU-hour at 11.06: 192 GPU-hours a day, 2,123.52;
		// the month 5,952 GPU-hours, 65,829.12. Renting 8 H100 at 2.50: 8 x 2.50 x 744 =
		// 14,880.00; saves 50,949.12
		StringBuilder focus = new StringBuilder(HEADER);
		for (int day = 1; day <= 31; day++) {
			focus.append(line(day, "2123.52", "192", "hour", "Google Cloud", "Compute Engine",
					"Nvidia H100 80GB GPU running in Americas", "Nvidia H100 80GB GPU running in Americas", "",
					"gpu-fleet", "training"));
		}
		JsonNode summary = run(focus);
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).isEqualByComparingTo("5952");
		assertThat(summary.get("totals").get("byCategory").get("gpu-compute").decimalValue())
			.isEqualByComparingTo("65829.12");
		JsonNode decision = workload(summary, "training").get("decision");
		assertThat(decision.get("action").asString()).isEqualTo("rent-cheaper");
		assertThat(decision.get("currentMonthlyCost").decimalValue()).isEqualByComparingTo("65829.12");
		assertThat(decision.get("alternativeMonthlyCost").decimalValue()).isEqualByComparingTo("14880.00");
		assertThat(decision.get("monthlySaving").decimalValue()).isEqualByComparingTo("50949.12");
		assertThat(decision.get("gpusNeeded").asInt()).isEqualTo(8);
	}

	@Test
	void gpusUnderAGoogleCommittedUseDiscountAreNotToldToRentCheaper() throws IOException {
		// the same fleet in Google's BigQuery export under a committed-use discount: each
		// day's usage (2,123.52 on demand) is cancelled by its COMMITTED_USAGE_DISCOUNT
		// credit; the commitment's fee, 5,952 x 5.00 = 29,760.00, is its own line
		StringBuilder gcp = new StringBuilder("billing_account_id,service.description,sku.description,"
				+ "usage_start_time,project.id,labels,cost,currency,usage.amount,usage.unit,"
				+ "usage.amount_in_pricing_units,usage.pricing_unit,credits,invoice.month,cost_type\n");
		for (int day = 1; day <= 31; day++) {
			gcp.append(String
				.format("X,Compute Engine,Nvidia H100 80GB GPU running in Americas,2026-10-%02d 00:00:00 UTC,"
						+ "training,,2123.52,USD,691200,seconds,192,hour,\"[{\"\"name\"\":\"\"Committed use discount: GPU\"\","
						+ "\"\"amount\"\":-2123.52,\"\"type\"\":\"\"COMMITTED_USAGE_DISCOUNT\"\"}]\",202610,regular\n",
						day));
		}
		gcp.append("X,Compute Engine,Commitment v1: Nvidia H100 80GB GPU in Americas for 1 Year,"
				+ "2026-10-01 00:00:00 UTC,training,,29760.00,USD,5952,hour,5952,hour,[],202610,regular\n");
		JsonNode summary = DecidedMonth.run(work, "gcp-billing-2026-10.csv", gcp);
		DecisionAssertions.everyDecisionNeverLosesMoney(summary);
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("29760.00");
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).isEqualByComparingTo("5952");
		assertThat(summary.get("totals").get("byCategory").get("gpu-compute").decimalValue()).isEqualByComparingTo("0");
		assertThat(summary.get("totals").get("byCategory").get("credits").decimalValue()).isEqualByComparingTo("0");
		JsonNode decision = workload(summary, "training").get("decision");
		assertThat(decision.get("action").asString()).isEqualTo("keep-dedicated");
		assertThat(decision.get("monthlySaving").decimalValue()).isEqualByComparingTo("0");
		// the fee is the committed GPU time's effective cost: 29,760.00 / 5,952 = 5.00 an
		// hour, sunk now; at the term's end 8 H100 rented at 2.50: 8 x 2.50 x 744 =
		// 14,880.00, saving 29,760.00 - 14,880.00 = 14,880.00
		assertThat(decision.get("currentMonthlyCost").decimalValue()).isEqualByComparingTo("29760.00");
		JsonNode commitment = decision.get("commitment");
		assertThat(commitment.get("type").asString()).isEqualTo("committed-use");
		assertThat(commitment.get("commitments").asString())
			.isEqualTo("Committed use discount H100 (its end is not in the export)");
		assertThat(commitment.get("coveredGpuHours").decimalValue()).isEqualByComparingTo("5952");
		assertThat(commitment.get("monthlyCommitted").decimalValue()).isEqualByComparingTo("29760.00");
		assertThat(commitment.get("effectiveGpuHourlyRate").decimalValue()).isEqualByComparingTo("5.00");
		assertThat(commitment.get("endsOn").isNull()).isTrue();
		JsonNode atEnd = commitment.get("atEnd");
		assertThat(atEnd.get("action").asString()).isEqualTo("rent-cheaper");
		assertThat(atEnd.get("alternativeMonthlyCost").decimalValue()).isEqualByComparingTo("14880.00");
		assertThat(atEnd.get("monthlySaving").decimalValue()).isEqualByComparingTo("14880.00");
	}

	@Test
	void aGoogleCommitmentsFeeIsSharedByTheWorkloadsItCovers() throws IOException {
		// one H100 commitment in us-central1 covers two projects' GPUs: "chat" 3 GPUs all
		// month (2,232 GPU-hours), "batch" 1 GPU (744); its fee, 2,976 x 3.00 = 8,928.00,
		// is billed to a third project. Shared by covered hours: chat 8,928.00 x 2,232 /
		// 2,976 = 6,696.00, batch 8,928.00 x 744 / 2,976 = 2,232.00 (3.00 an hour)
		StringBuilder gcp = new StringBuilder("billing_account_id,service.description,sku.description,"
				+ "usage_start_time,project.id,labels,cost,currency,usage.amount,usage.unit,"
				+ "usage.amount_in_pricing_units,usage.pricing_unit,credits,invoice.month,cost_type,location.region\n");
		String[][] projects = { { "chat", "3" }, { "batch", "1" } };
		for (String[] p : projects) {
			int hours = 744 * Integer.parseInt(p[1]);
			String onDemand = new BigDecimal(hours).multiply(new BigDecimal("11.06")).toPlainString();
			gcp.append(
					String.format("X,Compute Engine,Nvidia H100 80GB GPU running in Americas,2026-10-01 00:00:00 UTC,"
							+ "%s,,%s,USD,%d,seconds,%d,hour,\"[{\"\"name\"\":\"\"Committed use discount: GPU\"\","
							+ "\"\"amount\"\":-%s,\"\"type\"\":\"\"COMMITTED_USAGE_DISCOUNT\"\"}]\",202610,regular,"
							+ "us-central1\n", p[0], onDemand, hours * 3600, hours, onDemand));
		}
		gcp.append("X,Compute Engine,Commitment v1: Nvidia H100 80GB GPU in Americas for 1 Year,"
				+ "2026-10-01 00:00:00 UTC,commitments,,8928.00,USD,2976,hour,2976,hour,[],202610,regular,"
				+ "us-central1\n");
		JsonNode summary = DecidedMonth.run(work, "gcp-billing-2026-10.csv", gcp);
		DecisionAssertions.everyDecisionNeverLosesMoney(summary);
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("8928.00");
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).isEqualByComparingTo("2976");
		JsonNode chat = workload(summary, "chat").get("decision").get("commitment");
		assertThat(chat.get("commitments").asString())
			.isEqualTo("Committed use discount H100 in us-central1 (its end is not in the export)");
		assertThat(chat.get("monthlyCommitted").decimalValue()).isEqualByComparingTo("6696.00");
		assertThat(chat.get("coveredGpuHours").decimalValue()).isEqualByComparingTo("2232");
		JsonNode batch = workload(summary, "batch").get("decision").get("commitment");
		assertThat(batch.get("monthlyCommitted").decimalValue()).isEqualByComparingTo("2232.00");
		assertThat(batch.get("effectiveGpuHourlyRate").decimalValue()).isEqualByComparingTo("3.00");
	}

	@Test
	void oneGpuIsOfferedAOneGpuInstance() throws IOException {
		// one p5.4xlarge (1 H100) all month at 6.88: 5,118.72; renting one H100 at 2.50:
		// 1 x 2.50 x 744 = 1,860.00 (not an 8-GPU instance: 14,880.00, which costs more
		// than today); saves 3,258.72
		StringBuilder focus = new StringBuilder(HEADER);
		for (int day = 1; day <= 31; day++) {
			focus.append(line(day, "165.12", "24", "Hours", "AWS", "Amazon EC2", "p5.4xlarge instance hours", "",
					"\"{\"\"GpuCount\"\": 1, \"\"InstanceType\"\": \"\"p5.4xlarge\"\"}\"", "i-1", "eval"));
		}
		JsonNode summary = run(focus);
		JsonNode decision = workload(summary, "eval").get("decision");
		assertThat(decision.get("action").asString()).isEqualTo("rent-cheaper");
		assertThat(decision.get("currentMonthlyCost").decimalValue()).isEqualByComparingTo("5118.72");
		assertThat(decision.get("alternativeMonthlyCost").decimalValue()).isEqualByComparingTo("1860.00");
		assertThat(decision.get("monthlySaving").decimalValue()).isEqualByComparingTo("3258.72");
		assertThat(decision.get("gpusNeeded").asInt()).isEqualTo(1);
		assertThat(decision.get("instancesNeeded").asInt()).isEqualTo(1);
	}

	private static String line(int day, String cost, String quantity, String unit, String provider, String service,
			String meter, String description, String details, String resource, String workload) {
		String start = String.format("2026-10-%02dT00:00:00Z", day);
		String end = day == 31 ? "2026-11-01T00:00:00Z" : String.format("2026-10-%02dT00:00:00Z", day + 1);
		return String.join(",", cost, "USD", "2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z", "Usage", start, end,
				quantity, unit, cost, provider, service, meter, description, details, resource,
				"\"{\"\"workload\"\": \"\"" + workload + "\"\"}\"") + "\n";
	}

	private JsonNode run(StringBuilder focus) throws IOException {
		JsonNode summary = DecidedMonth.run(work, "focus-2026-10.csv", focus);
		DecisionAssertions.everyDecisionNeverLosesMoney(summary);
		return summary;
	}

	private static JsonNode workload(JsonNode summary, String name) {
		return DecidedMonth.workload(summary, name);
	}

}
