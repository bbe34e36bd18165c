package com.inferencetco.ingest.focus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * A FOCUS export whose billing periods carry a time-zone offset is billed in the month it
 * names.
 */
class BillingPeriodOffsetsTest {

	@TempDir
	Path work;

	@Test
	void periodsWrittenWithAnOffsetAreBilledInTheMonthTheyName() throws IOException {
		// October as a provider in UTC+2 and one in UTC-7 write it; in UTC the first
		// starts on 30 September
		String header = "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,ChargePeriodStart,"
				+ "ChargePeriodEnd,EffectiveCost,ProviderName,ServiceName,Tags\n";
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("focus.csv"), header
				+ "10.00,USD,2026-10-01T00:00:00+02:00,2026-11-01T00:00:00+01:00,Usage,2026-10-02T00:00:00+02:00,"
				+ "2026-10-03T00:00:00+02:00,10.00,X,Y,\n"
				+ "5.25,USD,2026-10-01T00:00:00-07:00,2026-11-01T00:00:00-07:00,Usage,2026-10-02T00:00:00-07:00,"
				+ "2026-10-03T00:00:00-07:00,5.25,X,Y,\n"
				// and a row of September, written with an offset too, stays September's
				+ "1.00,USD,2026-09-01T00:00:00+02:00,2026-10-01T00:00:00+02:00,Usage,2026-09-02T00:00:00+02:00,"
				+ "2026-09-03T00:00:00+02:00,1.00,X,Y,\n");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		// 10.00 + 5.25 in October; the September row is rejected as another month's
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("15.25");
		assertThat(summary.get("inputs").get(0).get("rowsRejected").asLong()).isEqualTo(1);
	}

}
