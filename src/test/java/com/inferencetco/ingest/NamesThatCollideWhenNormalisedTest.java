package com.inferencetco.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.MonthRuns;

/**
 * Files whose names look alike are each read once, as themselves: a name holding a
 * backslash (a valid character on Linux and macOS) beside the folder it seems to name,
 * names differing only in case, and "café" written with a composed é and with an e and a
 * combining accent.
 */
class NamesThatCollideWhenNormalisedTest {

	private static final String HEADER = "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,"
			+ "ChargePeriodStart,ChargePeriodEnd,EffectiveCost,ProviderName,ServiceName,Tags\n";

	@TempDir
	Path work;

	@Test
	void eachFileIsReadOnceAsItselfAndTheTotalIsTheirSum() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.createDirectories(input.resolve("a"));
		bill(input.resolve("a\\b.csv"), "0.10");
		bill(input.resolve("a").resolve("b.csv"), "0.20");
		bill(input.resolve("Bill.csv"), "4.00");
		bill(input.resolve("bill.csv"), "8.00");
		bill(input.resolve("caf\u00e9.csv"), "1.00");
		bill(input.resolve("cafe\u0301.csv"), "2.00");
		JsonNode summary = MonthRuns.october(work, input, "out");
		// 0.10 + 0.20 + 4.00 + 8.00 + 1.00 + 2.00
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("15.30");
		List<String> files = new ArrayList<>();
		for (JsonNode file : summary.get("inputs")) {
			files.add(file.get("file").asString() + "=" + file.get("sourceCost").decimalValue().setScale(2));
		}
		assertThat(files).containsExactlyInAnyOrder("a\\b.csv=0.10", "a/b.csv=0.20", "Bill.csv=4.00", "bill.csv=8.00",
				"caf\u00e9.csv=1.00", "cafe\u0301.csv=2.00");
	}

	private static void bill(Path file, String cost) throws IOException {
		Files.writeString(file, HEADER + cost + ",USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,"
				+ "2026-10-02T00:00:00Z,2026-10-03T00:00:00Z," + cost + ",Nordic,Storage,\n");
	}

}
