package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.DecisionAssertions;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;
import com.inferencetco.report.WorkbookDecisions;

/**
 * A workload calling a closed-weight model is compared with self-hosting only through an
 * open-weight substitute the assumptions name, and a model whose size the catalog cannot
 * tell is never priced as the 70B default unless the user says so (issue 28). The chat
 * workload sends 2,150,400,000 tokens a day for 31 days at 2.50 per million: 5,376.00 a
 * day, 166,656.00 a month. With the assumptions of {@link DecisionsFunctionalTests}
 * (2,000 tokens/s per GPU, 60 % target, 8-GPU instances at 2.50, engineering 8,862.50).
 */
class ClosedWeightModelsFunctionalTests {

	@TempDir
	Path work;

	@Test
	void aClosedWeightModelWithoutASubstituteGetsNoSelfHostedAlternative() throws IOException {
		JsonNode decision = decide("gpt-4o", "");
		assertThat(decision.get("action").asString()).isEqualTo("stay-serverless");
		assertThat(decision.get("currentMonthlyCost").decimalValue()).isEqualByComparingTo("166656.00");
		assertThat(decision.get("monthlySaving").decimalValue()).isEqualByComparingTo("0");
		assertThat(decision.get("alternatives")).isEmpty();
		assertThat(decision.get("substituteModel").isNull()).isTrue();
		assertThat(decision.get("reason").asString()).contains("gpt-4o is a closed-weight model")
			.contains("substitutes: {gpt-4o: llama-3.3-70b}");
	}

	@Test
	void aNamedOpenWeightSubstituteIsSizedAndTheReasonSaysTheModelChanges() throws IOException {
		JsonNode decision = decide("gpt-4o", "substitutes: {gpt-4o: llama-3.3-70b}\n");
		// llama-3.3-70b takes 2 GPUs a replica; the busiest day, 2,150,400,000 / 86,400 =
		// 24,888.9 tokens/s, over 2,000 x 2 x 0.60 = 2,400 a replica: 11 replicas, 22
		// GPUs, 3 instances of 8 = 24 GPUs x 2.50 x 744 = 44,640 + 8,862.50 = 53,502.50;
		// saves 166,656.00 - 53,502.50 = 113,153.50
		assertThat(decision.get("action").asString()).isEqualTo("switch-to-dedicated");
		assertThat(decision.get("alternativeMonthlyCost").decimalValue()).isEqualByComparingTo("53502.50");
		assertThat(decision.get("monthlySaving").decimalValue()).isEqualByComparingTo("113153.50");
		assertThat(decision.get("gpusNeeded").asInt()).isEqualTo(24);
		assertThat(decision.get("substituteModel").asString()).isEqualTo("llama-3.3-70b");
		assertThat(decision.get("reason").asString())
			.contains("serving llama-3.3-70b in place of gpt-4o (the switch changes the model)");
		try (var pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("in place of gpt-4o (the switch changes the model)");
		}
	}

	@Test
	void aModelOfUnknownSizeIsComparedOnlyAtTheSizeTheUserGives() throws IOException {
		JsonNode unsized = decide("deepseek-v3", "");
		assertThat(unsized.get("action").asString()).isEqualTo("stay-serverless");
		assertThat(unsized.get("alternatives")).isEmpty();
		assertThat(unsized.get("reason").asString()).contains("the catalog does not know the size of deepseek-v3")
			.contains("modelParametersBillions");
		// said to be a 70B model, it is sized as one: the same 24 GPUs as above
		JsonNode sized = decide("deepseek-v3", "modelParametersBillions: 70\n");
		assertThat(sized.get("action").asString()).isEqualTo("switch-to-dedicated");
		assertThat(sized.get("alternativeMonthlyCost").decimalValue()).isEqualByComparingTo("53502.50");
		assertThat(sized.get("substituteModel").isNull()).isTrue();
	}

	@Test
	void aSubstituteTheCatalogCannotSizeIsRefusedNamingTheKey() throws IOException {
		Path input = Files.createDirectories(work.resolve("refused"));
		chatMonth().write(input.resolve("focus-2026-10.csv"));
		Files.writeString(input.resolve("assumptions.yaml"), "substitutes: {gpt-4o: gpt-4o-mini}\n");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out-refused").toString(), "--data", work.resolve("data-refused").toString());
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.stderr()).contains("key 'substitutes.gpt-4o'").contains("found 'gpt-4o-mini'");
	}

	private static FocusMonth chatMonth() {
		return chatMonth("gpt-4o");
	}

	private static FocusMonth chatMonth(String model) {
		FocusMonth bill = new FocusMonth();
		for (int day = 1; day <= 31; day++) {
			bill.tokens("chat", day, 2_150_400_000L, "2.50", model);
		}
		return bill;
	}

	private JsonNode decide(String model, String moreAssumptions) throws IOException {
		Path input = work.resolve("in");
		chatMonth(model).write(input.resolve("focus-2026-10.csv"));
		Files.writeString(input.resolve("assumptions.yaml"), DecisionsFunctionalTests.ASSUMPTIONS + moreAssumptions);
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		JsonNode chat = DecidedMonth.workload(summary, "chat");
		DecisionAssertions.neverLosesMoney(chat.get("decision"));
		WorkbookDecisions.assertWorkloadRowStatesTheDecision(work.resolve("out/tco-2026-10.xlsx"), chat);
		return chat.get("decision");
	}

}
