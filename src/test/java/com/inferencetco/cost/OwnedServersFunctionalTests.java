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
import com.inferencetco.report.WorkbookDecisions;
import com.inferencetco.report.WorkbookDecisions.WhatIf;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * Workloads served on the company's own server (issue 27): vLLM counts their tokens, no
 * bill charges GPU time. The server's capital is sunk; its running cost is what a
 * decision can save: 10 kW x PUE 1.5 x 744 h x 0.10 = 1,116.00 of power plus 10 kW x
 * 200.00 = 2,000.00 of colocation, no operations staff: 3,116.00 a month. The API price
 * is 0.90 per million; renting is 2.50 per H100-hour at 2,000 tokens/s per GPU and 60 %.
 */
class OwnedServersFunctionalTests {

	private static final String SEVENTY_B = "meta-llama/Llama-3.3-70B-Instruct";

	static final String ASSUMPTIONS = """
			onPremServersOwned: 1
			onPremServerPowerKw: 10
			onPremPue: 1.5
			onPremPricePerKwh: 0.10
			onPremColocationPerKwMonth: 200
			onPremOpsFtePerServer: 0
			engineeringFte: 0
			serverlessPricePerMillion: 0.90
			dedicatedGpuHourlyRate: 2.50
			dedicatedTokensPerSecond: 2000
			workloadsByModel: {meta-llama/Llama-3.3-70B-Instruct: chat}
			""";

	@TempDir
	Path work;

	@Test
	void anOwnedServerServingFortyBillionTokensIsKept() throws IOException {
		// 40,000,000 prompt and 13,440,000 generated tokens an hour, 744 hours:
		// 39,759,360,000 tokens. On the API: 39,759.36 million x 0.90 = 35,783.42; rented
		// for its busiest hour (53,440,000 tokens: 14,844 tokens/s; replicas of 2 H100
		// at
		// 2,400 tokens/s: 7, 14 GPUs, 2 instances of 8): 16 x 2.50 x 744 = 29,760.00.
		// Both
		// cost more than the server's 3,116.00.
		JsonNode chat = workload(run(40_000_000L, 13_440_000L), "chat");
		assertThat(chat.get("deployment").asString()).isEqualTo("owned");
		JsonNode decision = chat.get("decision");
		assertThat(decision.get("action").asString()).isEqualTo("keep-owned");
		assertThat(decision.get("currentMonthlyCost").decimalValue()).isEqualByComparingTo("3116.00");
		assertThat(decision.get("monthlySaving").decimalValue()).isEqualByComparingTo("0");
		assertThat(alternative(decision, "rent-cheaper").get("monthlyCost").decimalValue())
			.isEqualByComparingTo("29760.00");
		assertThat(alternative(decision, "move-to-serverless").get("monthlyCost").decimalValue())
			.isEqualByComparingTo("35783.424");
		assertThat(decision.get("reason").asString()).contains("capital").contains("sunk");
		assertThat(decision.get("sizedOn").asString()).endsWith("(53,440,000 tokens): 14,844 tokens/s");
		// the workbook decides it live: at a rent of 0.10 the 16 GPUs cost 16 x 0.10 x
		// 744 = 1,190.40, and switching the server off saves 3,116.00 - 1,190.40 =
		// 1,925.60
		WhatIf cheapRent = WorkbookDecisions.whatIf(work.resolve("out/tco-2026-10.xlsx"), "chat",
				"Dedicated_GpuHourlyRate", 0.10);
		assertThat(cheapRent.action()).isEqualTo("rent-cheaper");
		assertThat(cheapRent.saving()).isCloseTo(1925.60, within(0.005));
	}

	@Test
	void anOwnedServerThatBarelyServesIsToldToMoveToTheApi() throws IOException {
		// 1,000,000 prompt tokens an hour: 744,000,000 tokens, 669.60 on the API;
		// switching
		// the server off saves 3,116.00 - 669.60 = 2,446.40 a month
		JsonNode decision = workload(run(1_000_000L, 0L), "chat").get("decision");
		assertThat(decision.get("action").asString()).isEqualTo("move-to-serverless");
		assertThat(decision.get("currentMonthlyCost").decimalValue()).isEqualByComparingTo("3116.00");
		assertThat(decision.get("alternativeMonthlyCost").decimalValue()).isEqualByComparingTo("669.60");
		assertThat(decision.get("monthlySaving").decimalValue()).isEqualByComparingTo("2446.40");
	}

	@Test
	void aCompanyThatServesOnlyOnItsOwnServersReportsItsMonthWhenItSaysSo() throws IOException {
		Path input = month(40_000_000L, 13_440_000L, false);
		CliRun refused = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
		assertThat(refused.stderr()).contains("--allow-empty-month").contains("onPremServersOwned");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString(), "--allow-empty-month");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		assertThat(workload(summary, "chat").get("decision").get("action").asString()).isEqualTo("keep-owned");
	}

	@Test
	void anIdleOwnedServerIsNamedWithWhatSwitchingItOffSaves() throws IOException {
		// no serving metrics: the server served nothing; its running cost is 3,116.00
		Path input = month(0L, 0L, true);
		Files.delete(input.resolve("vllm-prompt.json"));
		Files.delete(input.resolve("vllm-generation.json"));
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		assertThat(summary.get("notes").toString()).contains("1 owned server(s) (onPremServersOwned) served no tokens")
			.contains("saves their running cost, 3,116.00 a month");
	}

	/**
	 * A month of hourly vLLM counters for the 70B model, and (billed) one invoiced
	 * storage line of 100.00.
	 */
	private Path month(long promptPerHour, long generatedPerHour, boolean billed) throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("vllm-prompt.json"),
				ServingMetrics.counter("vllm:prompt_tokens_total", SEVENTY_B, promptPerHour));
		Files.writeString(input.resolve("vllm-generation.json"),
				ServingMetrics.counter("vllm:generation_tokens_total", SEVENTY_B, generatedPerHour));
		if (billed) {
			Files.writeString(input.resolve("focus.csv"), GpuLinesAndOffersFunctionalTests.HEADER
					+ "100.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-01T00:00:00Z,"
					+ "2026-11-01T00:00:00Z,1,GB-Month,100.00,Example Cloud,Object Storage,Storage,,,bucket-1,\n");
		}
		Files.writeString(input.resolve("assumptions.yaml"), ASSUMPTIONS);
		return input;
	}

	private JsonNode run(long promptPerHour, long generatedPerHour) throws IOException {
		Path input = month(promptPerHour, generatedPerHour, true);
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		DecisionAssertions.everyDecisionNeverLosesMoney(summary);
		for (JsonNode w : summary.get("workloads")) {
			WorkbookDecisions.assertWorkloadRowStatesTheDecision(work.resolve("out/tco-2026-10.xlsx"), w);
		}
		return summary;
	}

	private static JsonNode workload(JsonNode summary, String name) {
		return DecidedMonth.workload(summary, name);
	}

	private static JsonNode alternative(JsonNode decision, String action) {
		for (JsonNode a : decision.get("alternatives")) {
			if (a.get("action").asString().equals(action)) {
				return a;
			}
		}
		throw new AssertionError("no alternative " + action + " in " + decision);
	}

}
