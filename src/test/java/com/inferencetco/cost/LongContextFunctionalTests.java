package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * The context a workload's requests hold comes from its tokens per request where the
 * usage export counts requests (issue 28): a 20k-in/2k-out RAG workload is estimated at
 * its 22,000-token context, not at the default 2,048. Both workloads call llama-3.3-70b
 * (70.6B parameters, 80 layers, 8 KV heads of 128: 2 x 80 x 8 x 128 = 163,840 KV values a
 * token, FP8: one byte each) on H100s (80 GB, 3.35 TB/s, 1,978.9 FP8 TFLOPS), 2 a replica
 * (70.6 GB of weights need more than 65 % of one). The roofline as the README states it,
 * at the default efficiency 0.5.
 */
class LongContextFunctionalTests {

	/** One October day in Unix seconds: 2026-10-01T00:00:00Z. */
	private static final long OCTOBER_1 = 1790812800L;

	@TempDir
	Path work;

	@Test
	void aRagWorkloadIsEstimatedAtTheContextItsRequestsHold() throws IOException {
		// rag and chat each: 200,000,000 input and 20,000,000 output tokens a day; rag's
		// export counts 10,000 requests a day: 22,000 tokens a request
		JsonNode summary = run();
		JsonNode rag = DecidedMonth.workload(summary, "rag");
		JsonNode chat = DecidedMonth.workload(summary, "chat");
		assertThat(rag.get("throughputBasis").asString())
			.isEqualTo("roofline estimate: H100 x2, 91 % input, 22,000-token context (its tokens per request), "
					+ "17 streams a replica to keep 50 tokens/s per stream (perStreamTokensPerSecond)");
		assertThat(chat.get("throughputBasis").asString()).isEqualTo("roofline estimate: H100 x2, 91 % input, "
				+ "188 streams a replica to keep 50 tokens/s per stream (perStreamTokensPerSecond)");
		assertThat(rag.get("tokensPerSecondPerGpu").asDouble()).isCloseTo(perGpu(22_000), within(0.01));
		assertThat(chat.get("tokensPerSecondPerGpu").asDouble()).isCloseTo(perGpu(2_048), within(0.01));
		// about 1,816 against 5,941: the default context overstated the RAG workload's
		// throughput threefold
		assertThat(perGpu(22_000)).isCloseTo(1815.68, within(0.01));
		assertThat(perGpu(2_048)).isCloseTo(5940.88, within(0.01));
		assertThat(rag.get("decision").get("throughput").get("used").asDouble()).isCloseTo(perGpu(22_000),
				within(0.01));
	}

	/**
	 * Tokens per second per GPU for 20 input and 2 output tokens in 22: prefill is
	 * 1,978.9 TFLOPS / (2 x 70.6B) x 0.5; decode runs the largest batch B whose KV cache
	 * fits beside the weights, B = floor((160 GB - 70.6 GB) / (163,840 x context bytes)),
	 * and whose step keeps 50 tokens/s a stream, B = floor((6.7 TB/s / 50 - 70.6 GB) /
	 * KV), at B x 6.7 TB/s / (70.6 GB + B x KV) per replica, half per GPU, x 0.5; the mix
	 * takes (20/22) / prefill + (2/22) / decode seconds a token.
	 */
	private static double perGpu(int context) {
		double prefill = 1978.9e12 / (2 * 70.6e9) * 0.5;
		double kv = 163_840.0 * context;
		double batch = Math.min(Math.floor((160e9 - 70.6e9) / kv), Math.floor((6.7e12 / 50 - 70.6e9) / kv));
		double decode = batch * 6.7e12 / (70.6e9 + batch * kv) / 2 * 0.5;
		return 1 / (20.0 / 22 / prefill + 2.0 / 22 / decode);
	}

	private JsonNode run() throws IOException {
		StringBuilder usage = new StringBuilder("{\"object\": \"page\", \"data\": [");
		StringBuilder costs = new StringBuilder("{\"object\": \"page\", \"data\": [");
		for (int day = 0; day < 31; day++) {
			long start = OCTOBER_1 + day * 86_400L;
			String bucket = (day == 0 ? "" : ",") + "{\"object\": \"bucket\", \"start_time\": " + start
					+ ", \"end_time\": " + (start + 86_400) + ", \"results\": [";
			usage.append(bucket).append(usageResult("rag", ", \"num_model_requests\": 10000")).append(',');
			usage.append(usageResult("chat", "")).append("]}");
			costs.append(bucket)
				.append(cost("rag", "input", "180.00", 200_000_000))
				.append(',')
				.append(cost("rag", "output", "18.00", 20_000_000))
				.append(',')
				.append(cost("chat", "input", "180.00", 200_000_000))
				.append(',')
				.append(cost("chat", "output", "18.00", 20_000_000))
				.append("]}");
		}
		usage.append("], \"has_more\": false}");
		costs.append("], \"has_more\": false}");
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("usage-completions-2026-10.json"), usage);
		Files.writeString(input.resolve("costs-2026-10.json"), costs);
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		return SummaryJson.read(work.resolve("out/tco-2026-10.json"));
	}

	private static String usageResult(String project, String requests) {
		return "{\"object\": \"organization.usage.completions.result\", \"input_tokens\": 200000000, "
				+ "\"output_tokens\": 20000000" + requests + ", \"project_id\": \"" + project
				+ "\", \"model\": \"llama-3.3-70b\"}";
	}

	private static String cost(String project, String direction, String amount, long tokens) {
		return "{\"object\": \"organization.costs.result\", \"amount\": {\"value\": " + amount
				+ ", \"currency\": \"usd\"}, \"line_item\": \"llama-3.3-70b, " + direction + "\", \"project_id\": \""
				+ project + "\", \"quantity\": " + tokens + ", \"quantity_unit\": \"tokens\"}";
	}

}
