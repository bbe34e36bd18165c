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
 * Dedicated GPUs are compared with the per-token price of the model they actually serve
 * (issue 28): a 405B model is not priced at the 70B-class price the assumptions set, and
 * a model nothing prices is a decision to measure that names the missing price and the
 * price it must stay under. With the assumptions of {@link DecisionsFunctionalTests}
 * (among them serverlessPricePerMillion 0.90 for 70B-class models, engineering 8,862.50;
 * without that price for the model nothing prices).
 */
class ServedModelPricesFunctionalTests {

	@TempDir
	Path work;

	@Test
	void a405BModelIsPricedByItsHostsNotAtTheSeventyBClassPrice() throws IOException {
		// two p5.48xlarge (16 H100) all October at 55.04 an hour: 81,899.52 + 8,862.50 =
		// 90,762.02; vLLM counts 20,160,000 prompt and 6,720,000 generated tokens an
		// hour of Llama 3.1 405B: 744 x 26,880,000 = 19,998,720,000 a month
		FocusMonth bill = new FocusMonth();
		for (int day = 1; day <= 31; day++) {
			bill.gpuHours("big-model", day, 48, "55.04", "p5.48xlarge", 8, "H100", "i-p5");
		}
		JsonNode workload = run(bill, "meta-llama/Llama-3.1-405B-Instruct", 20_160_000, 6_720_000, "big-model",
				DecisionsFunctionalTests.ASSUMPTIONS);
		JsonNode decision = workload.get("decision");
		// at the 70B-class 0.90 the move would cost 17,998.85 and "save" 72,763.17; the
		// hosts of the 405B model charge several times that, so renting the same 16 GPUs
		// at 2.50 is right: 16 x 2.50 x 744 = 29,760 + 8,862.50 = 38,622.50, saving
		// 52,139.52
		assertThat(decision.get("action").asString()).isEqualTo("rent-cheaper");
		assertThat(decision.get("currentMonthlyCost").decimalValue()).isEqualByComparingTo("90762.02");
		assertThat(decision.get("alternativeMonthlyCost").decimalValue()).isEqualByComparingTo("38622.50");
		assertThat(decision.get("monthlySaving").decimalValue()).isEqualByComparingTo("52139.52");
		JsonNode move = alternative(decision, "move-to-serverless");
		assertThat(move.get("sizing").asString()).contains("host(s) of").doesNotContain("serverlessPricePerMillion");
		// the hosts the shipped LiteLLM map lists for Meta-Llama-3.1-405B-Instruct (Azure
		// AI, Hyperbolic, Nebius, SambaNova) charge 0.12, 1.00, 5.00 and 5.33 a million
		// input tokens (median 3.00) and 0.30, 3.00, 10.00 and 16.00 output (median
		// 6.50): 14,999,040,000 x 3.00 + 4,999,680,000 x 6.50 = 44,997.12 + 32,497.92 =
		// 77,495.04; 3.875 a million at the workload's 3:1 mix
		assertThat(move.get("monthlyCost").decimalValue()).isEqualByComparingTo("77495.04");
		assertThat(workload.get("serverlessPricePerMillion").asDouble()).isCloseTo(3.875, within(1e-9));
	}

	@Test
	void aModelNothingPricesIsMeasuredNamingThePriceItMustStayUnder() throws IOException {
		// one H100 all month at 2.40 (below the 2.50 rent: nothing to rent cheaper):
		// 744 x 2.40 = 1,785.60 + 8,862.50 engineering = 10,648.10; vLLM counts 1,000,000
		// prompt and 500,000 generated tokens an hour of a house model the catalog does
		// not know: 744 x 1,500,000 = 1,116,000,000 served tokens
		FocusMonth bill = new FocusMonth();
		for (int day = 1; day <= 31; day++) {
			bill.gpuHours("house", day, 24, "2.40", "gpu_1x_h100", 1, "H100", "vm-1");
		}
		// the assumptions set no serverless price of their own (a class price set by the
		// user would price a model of unknown size)
		JsonNode workload = run(bill, "acme/house-model-v2", 1_000_000, 500_000, "house",
				DecisionsFunctionalTests.ASSUMPTIONS.replace("serverlessPricePerMillion: 0.90\n", ""));
		JsonNode decision = workload.get("decision");
		// moving ends the fixed costs (the only self-hosted workload), so it saves the
		// minimum of 100 if the tokens cost less than (10,648.10 - 100) x 10^6 /
		// 1,116,000,000 = 9.4517 per million
		assertThat(decision.get("action").asString()).isEqualTo("measure");
		assertThat(decision.get("currentMonthlyCost").decimalValue()).isEqualByComparingTo("10648.10");
		assertThat(decision.get("missing").asString()).contains("the per-token price of acme/house-model-v2")
			.contains("modelPrices or serverlessPricePerMillion")
			.contains("if they cost less than 9.45");
		assertThat(workload.get("serverlessPricePerMillion").isNull()).isTrue();
		assertThat(workload.get("breakEvenUtilization").isNull()).isTrue();
		assertThat(decision.get("alternatives").toString()).doesNotContain("move-to-serverless");
	}

	private JsonNode run(FocusMonth bill, String model, long promptPerHour, long generatedPerHour, String workload,
			String assumptions) throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		bill.write(input.resolve("focus-2026-10.csv"));
		Files.writeString(input.resolve("vllm-prompt.json"),
				ServingMetrics.counter("vllm:prompt_tokens_total", model, promptPerHour));
		Files.writeString(input.resolve("vllm-generation.json"),
				ServingMetrics.counter("vllm:generation_tokens_total", model, generatedPerHour));
		Files.writeString(input.resolve("assumptions.yaml"),
				assumptions + "workloadsByModel: {\"" + model + "\": " + workload + "}\n");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		DecisionAssertions.everyDecisionNeverLosesMoney(summary);
		JsonNode found = DecidedMonth.workload(summary, workload);
		WorkbookDecisions.assertWorkloadRowStatesTheDecision(work.resolve("out/tco-2026-10.xlsx"), found);
		return found;
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
