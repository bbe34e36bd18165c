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
 * What dedicated GPUs served is set against the throughput assumed (issue 28). One H100
 * all October (744 GPU-hours at 2.40) serves Llama 3.3 70B, counted by vLLM. The
 * assumptions say 2,000 tokens/s per GPU and 0.90 a million serverless.
 */
class MeasuredThroughputFunctionalTests {

	@TempDir
	Path work;

	@Test
	void aMeasuredThroughputFarBelowTheAssumedOneIsStatedBesideTheDecision() throws IOException {
		// DCGM sees the GPU busy half the time: 1,116,000,000 / (744 x 3,600 x 0.5) =
		// 833.33 tokens/s while busy, under half the assumed 2,000. Busy time is not
		// spare
		// capacity, so the 2,000 stays the capacity (utilization 1,116,000,000 / (2,000 x
		// 3,600 x 744) = 20.8 %), and the reason says how far apart the two are
		JsonNode w = run(true, 1_000_000, 500_000);
		JsonNode throughput = w.get("decision").get("throughput");
		assertThat(throughput.get("assumed").asDouble()).isEqualTo(2000.0);
		assertThat(throughput.get("measured").asDouble()).isCloseTo(833.3333, within(1e-4));
		assertThat(throughput.get("used").asDouble()).isEqualTo(2000.0);
		assertThat(w.get("utilization").asDouble()).isCloseTo(1.116e9 / (2000.0 * 3600 * 744), within(1e-9));
		assertThat(w.get("decision").get("reason").asString())
			.contains("throughput: 833 tokens/s per GPU measured while busy (50.0 % of the time) against 2,000 "
					+ "assumed (dedicatedTokensPerSecond), the assumed figure is kept as their capacity");
		// without busy telemetry the average over every GPU-second, 416.67, is stated
		// the same way
		JsonNode average = run(false, 1_000_000, 500_000);
		assertThat(average.get("decision").get("throughput").get("measured").asDouble()).isCloseTo(416.6667,
				within(1e-4));
		assertThat(average.get("decision").get("reason").asString())
			.contains("417 tokens/s per GPU measured on average against 2,000 assumed");
	}

	@Test
	void aMeasuredThroughputAboveTheAssumedOneIsUsed() throws IOException {
		// 18,000,000 + 9,000,000 tokens an hour on one GPU: 27,000,000 / 3,600 = 7,500
		// tokens/s on average, 3.75 times the assumed 2,000: the GPU proved more, so
		// 7,500
		// is its capacity (utilization 100 %) and the break-even is 2.40 x 10^6 / (0.90 x
		// 7,500 x 3,600) = 9.88 %
		JsonNode w = run(false, 18_000_000, 9_000_000);
		JsonNode throughput = w.get("decision").get("throughput");
		assertThat(throughput.get("measured").asDouble()).isCloseTo(7500.0, within(1e-9));
		assertThat(throughput.get("used").asDouble()).isCloseTo(7500.0, within(1e-9));
		assertThat(w.get("utilization").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(w.get("breakEvenUtilization").asDouble()).isCloseTo(2.40e6 / (0.90 * 7500 * 3600), within(1e-9));
		assertThat(w.get("decision").get("reason").asString())
			.contains("7,500 tokens/s per GPU measured on average against 2,000 assumed")
			.contains("the measured figure is used");
	}

	@Test
	void gpusServingASpeechModelAreNeverComparedWithATokenPrice() throws IOException {
		// vLLM serving Whisper: speech is priced per minute of audio, so its tokens are
		// not moved to a per-token API at the 70B-class 0.90 (which would "save"
		// 10,648.10
		// - 1,004.40); with nothing cheaper to rent, the GPU is kept
		JsonNode w = run(false, 1_000_000, 500_000, "openai/whisper-large-v3");
		JsonNode decision = w.get("decision");
		assertThat(decision.get("action").asString()).isEqualTo("keep-dedicated");
		assertThat(decision.get("alternatives").toString()).doesNotContain("move-to-serverless");
		assertThat(decision.get("reason").asString()).contains("speech models are not priced per token");
		assertThat(w.get("serverlessPricePerMillion").isNull()).isTrue();
		assertThat(w.get("breakEvenUtilization").isNull()).isTrue();
	}

	private JsonNode run(boolean busyTelemetry, long promptPerHour, long generatedPerHour) throws IOException {
		return run(busyTelemetry, promptPerHour, generatedPerHour, "meta-llama/Llama-3.3-70B-Instruct");
	}

	private JsonNode run(boolean busyTelemetry, long promptPerHour, long generatedPerHour, String model)
			throws IOException {
		Path input = Files.createDirectories(work.resolve("in-" + busyTelemetry + "-" + promptPerHour));
		FocusMonth bill = new FocusMonth();
		for (int day = 1; day <= 31; day++) {
			bill.gpuHours("house", day, 24, "2.40", "gpu_1x_h100", 1, "H100", "vm-1");
		}
		bill.write(input.resolve("focus-2026-10.csv"));
		Files.writeString(input.resolve("vllm-prompt.json"),
				ServingMetrics.counter("vllm:prompt_tokens_total", model, promptPerHour));
		Files.writeString(input.resolve("vllm-generation.json"),
				ServingMetrics.counter("vllm:generation_tokens_total", model, generatedPerHour));
		if (busyTelemetry) {
			Files.writeString(input.resolve("dcgm-util.json"), ServingMetrics.busy(50));
		}
		Files.writeString(input.resolve("assumptions.yaml"), DecisionsFunctionalTests.ASSUMPTIONS
				+ "workloadsByModel: {\"" + model + "\": house}\nworkloadsByHost: {gpu-01: house}\n");
		Path out = work.resolve("out-" + input.getFileName());
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output", out.toString(),
				"--data", work.resolve("data-" + input.getFileName()).toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(out.resolve("tco-2026-10.json"));
		DecisionAssertions.everyDecisionNeverLosesMoney(summary);
		JsonNode house = DecidedMonth.workload(summary, "house");
		WorkbookDecisions.assertWorkloadRowStatesTheDecision(out.resolve("tco-2026-10.xlsx"), house);
		return house;
	}

}
