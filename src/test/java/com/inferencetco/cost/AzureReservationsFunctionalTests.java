package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.DecisionAssertions;

/**
 * An Azure reservation (issue 27): one NC40ads H100 v5 (1 H100) runs all October under a
 * reservation bought for 744 x 3.00 = 2,232.00. The actual export bills the purchase and
 * the usage at 0; the amortized export spreads the purchase over the usage, 24 x 3.00 =
 * 72.00 a day. GPU-hours once (744), no saving while the reservation runs; at its end
 * renting one H100 at 2.50 costs 1,860.00 and saves 372.00 a month.
 */
class AzureReservationsFunctionalTests {

	static final String HEADER = "BillingAccountId,BillingPeriodStartDate,Date,MeterCategory,MeterName,Quantity,"
			+ "UnitOfMeasure,CostInBillingCurrency,BillingCurrencyCode,ChargeType,Tags,ResourceId,PricingModel,"
			+ "ReservationId\n";

	static final String RESERVATION = "/providers/Microsoft.Capacity/reservationOrders/o-1/reservations/r-1";

	@TempDir
	Path work;

	@Test
	void reservedGpuTimeIsCountedOnceAndKeptUntilTheReservationEnds() throws IOException {
		StringBuilder actual = new StringBuilder(HEADER);
		StringBuilder amortized = new StringBuilder(HEADER);
		for (int day = 1; day <= 31; day++) {
			actual.append(row(day, "24", "0", "Usage"));
			amortized.append(row(day, "24", "72.00", "Usage"));
		}
		actual.append(row(1, "1", "2232.00", "Purchase"));
		amortized.append(row(1, "1", "0", "Purchase"));
		Files.createDirectories(work.resolve("in"));
		Files.writeString(work.resolve("in/ea-amortizedcost-2026-10.csv"), amortized);
		JsonNode summary = DecidedMonth.run(work, "ea-actualcost-2026-10.csv", actual);
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("2232.00");
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).isEqualByComparingTo("744");
		JsonNode decision = DecidedMonth.workload(summary, "training").get("decision");
		assertThat(decision.get("action").asString()).isEqualTo("keep-dedicated");
		assertThat(decision.get("monthlySaving").decimalValue()).isEqualByComparingTo("0");
		JsonNode commitment = decision.get("commitment");
		assertThat(commitment.get("commitments").asString())
			.isEqualTo("Azure reservation " + RESERVATION + " (its end is not in the export)");
		assertThat(commitment.get("type").asString()).isEqualTo("reservation");
		assertThat(commitment.get("monthlyCommitted").decimalValue()).isEqualByComparingTo("2232.00");
		assertThat(commitment.get("coveredGpuHours").decimalValue()).isEqualByComparingTo("744");
		assertThat(commitment.get("committedCost").decimalValue()).isEqualByComparingTo("2232.00");
		assertThat(commitment.get("effectiveGpuHourlyRate").decimalValue()).isEqualByComparingTo("3.00");
		assertThat(commitment.get("atEnd").get("action").asString()).isEqualTo("rent-cheaper");
		assertThat(commitment.get("atEnd").get("monthlySaving").decimalValue()).isEqualByComparingTo("372.00");
		DecisionAssertions.everyDecisionNeverLosesMoney(summary);
	}

	@Test
	void anAmortizedViewThatDisagreesWithTheInvoiceCommitsNothing() throws IOException {
		// the invoice bills the GPU on demand (72.00 a day, 2,232.00); an amortized file
		// calling the same usage reserved does not make it sunk
		StringBuilder actual = new StringBuilder(HEADER);
		StringBuilder amortized = new StringBuilder(HEADER);
		for (int day = 1; day <= 31; day++) {
			actual.append(row(day, "24", "72.00", "Usage").replace(",Reservation,", ",OnDemand,"));
			amortized.append(row(day, "24", "72.00", "Usage"));
		}
		Files.createDirectories(work.resolve("in"));
		Files.writeString(work.resolve("in/ea-amortizedcost-2026-10.csv"), amortized);
		JsonNode summary = DecidedMonth.run(work, "ea-actualcost-2026-10.csv", actual);
		JsonNode decision = DecidedMonth.workload(summary, "training").get("decision");
		assertThat(decision.get("commitment").isNull()).isTrue();
		// renting one H100 at 2.50 saves 2,232.00 - 1,860.00 = 372.00 today
		assertThat(decision.get("action").asString()).isEqualTo("rent-cheaper");
		assertThat(decision.get("monthlySaving").decimalValue()).isEqualByComparingTo("372.00");
	}

	private static String row(int day, String quantity, String cost, String chargeType) {
		return String.join(",", "ea-1", "2026-10-01", String.format("2026-10-%02d", day), "Virtual Machines",
				"NC40ads H100 v5", quantity, "1 Hour", cost, "USD", chargeType,
				"\"\"\"workload\"\": \"\"training\"\"\"", "/subscriptions/s-1/vm-1", "Reservation", RESERVATION) + "\n";
	}

}
