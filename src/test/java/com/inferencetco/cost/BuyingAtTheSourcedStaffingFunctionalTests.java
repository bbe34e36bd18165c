package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.DecisionAssertions;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;
import com.inferencetco.report.WorkbookDecisions;

/**
 * Buying can win at the defaults (issue 27): operations staff default to one
 * administrator per 20 servers (0.05 FTE, the conventional staffing ratio TechTarget
 * cites) instead of an unsourced quarter of one, at which owning cost more per GPU-hour
 * than renting and no purchase ever paid back. Two p5.48xlarge all October (744 hours) at
 * 55.04 an hour, with the assumptions of {@link DecisionsFunctionalTests} but the
 * staffing left to its default.
 */
class BuyingAtTheSourcedStaffingFunctionalTests {

	@TempDir
	Path work;

	@Test
	void sixteenHyperscalerGpusAllMonthAreBoughtWhenTwoServersPayBackWithinTheirLife() throws IOException {
		FocusMonth bill = new FocusMonth();
		for (int day = 1; day <= 31; day++) {
			bill.gpuHours("big-model", day, 48, "55.04", "p5.48xlarge", 8, "H100", "i-p5");
		}
		Path input = work.resolve("in");
		bill.write(input.resolve("focus-2026-10.csv"));
		Files.writeString(input.resolve("assumptions.yaml"), """
				dedicatedGpuHourlyRate: 2.50
				dedicatedTokensPerSecond: 2000
				targetUtilization: 0.60
				serverlessPricePerMillion: 0.90
				engineeringLoadingFactor: 1.418
				""");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		JsonNode workload = DecidedMonth.workload(summary, "big-model");
		JsonNode decision = workload.get("decision");
		DecisionAssertions.neverLosesMoney(decision);
		// today: 48 x 55.04 x 31 = 81,899.52 + engineering 150,000 x 1.418 x 0.5 / 12 =
		// 8,862.50: 90,762.02. Renting the 16 GPUs at 2.50 for 744 hours: 29,760 +
		// 8,862.50 = 38,622.50.
		// A server: capital recovery of 320,000 less the residual 96,000 discounted 3
		// years at 8 %, per month; power 10.2 kW x 1.58 x 744 h x 0.15 = 1,798.55;
		// colocation 10.2 x 194.95 = 1,988.49; staff 0.05 x 150,000 x 1.418 / 12 = 886.25
		double growth = Math.pow(1.08, 3);
		double net = 320000 - 96000 / growth;
		double running = 10.2 * 1.58 * 744 * 0.15 + 10.2 * 194.95 + 0.05 * 150000 * 1.418 / 12;
		assertThat(running).isCloseTo(4673.29, within(0.005));
		double perServer = net * (0.08 * growth / (growth - 1)) / 12 + running;
		double buy = 2 * perServer + 8862.50;
		// about 33,975.66: below the cheaper rent, and the 2 servers pay back the net
		// capex from the rent they replace in 2 x 243,792 / (29,760 - 2 x 4,673.29) =
		// 23.9 months, within the 36-month life
		assertThat(buy).isCloseTo(33975.66, within(0.01));
		double payback = 2 * net / (29760 - 2 * running);
		assertThat(payback).isCloseTo(23.885, within(0.001));
		assertThat(decision.get("action").asString()).isEqualTo("buy");
		assertThat(decision.get("serversNeeded").asInt()).isEqualTo(2);
		assertThat(decision.get("gpusNeeded").asInt()).isEqualTo(16);
		assertThat(decision.get("currentMonthlyCost").decimalValue()).isEqualByComparingTo("90762.02");
		assertThat(decision.get("alternativeMonthlyCost").asDouble()).isCloseTo(buy, within(0.01));
		assertThat(decision.get("monthlySaving").asDouble()).isCloseTo(90762.02 - buy, within(0.01));
		assertThat(decision.get("paybackMonths").asDouble()).isCloseTo(payback, within(1e-6));
		// the server price decides: at 1.5 times it (480,000) a server costs
		// (480,000 - 144,000 / 1.08^3) x CRF / 12 + running, 2 of them 41,858.95 with the
		// engineering, more than the rent of 38,622.50; at 1.25 times, 37,917.30, less
		double dearer = (480000 - 144000 / growth) * (0.08 * growth / (growth - 1)) / 12 + running;
		assertThat(2 * dearer + 8862.50).isGreaterThan(38622.50);
		JsonNode capex = deciding(decision, "onPremServerCapex");
		assertThat(capex.get("flipsAt").asDouble()).isEqualTo(480000.0);
		assertThat(capex.get("flipsTo").asString()).isEqualTo("rent-cheaper");
		// the staffing default and its source are stated beside every figure that uses it
		assertThat(Parameter.OPS_FTE_PER_SERVER.source()).contains("20 servers").contains("TechTarget");
		WorkbookDecisions.assertWorkloadRowStatesTheDecision(work.resolve("out/tco-2026-10.xlsx"), workload);
	}

	private static JsonNode deciding(JsonNode decision, String parameter) {
		for (JsonNode d : decision.get("decidingDefaultDetails")) {
			if (d.get("parameter").asString().equals(parameter)) {
				return d;
			}
		}
		throw new AssertionError("no deciding default " + parameter + " in " + decision.get("decidingDefaultDetails"));
	}

}
