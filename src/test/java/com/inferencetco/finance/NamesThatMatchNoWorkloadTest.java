package com.inferencetco.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.cli.CliRun;

/**
 * A budget, a business metric or an assumptions mapping for a name the month does not
 * have is a typo: exit 2 naming the file, the line and the closest names (issue 29), in
 * run and in validate, never a budget at −100 % beside the real workload's overrun. The
 * month: the sample's Azure EA export, whose workloads are code-assist and support-chat.
 */
class NamesThatMatchNoWorkloadTest {

	@TempDir
	Path work;

	@Test
	void aBudgetForATypoIsExit2WithTheNameItMeant() throws IOException {
		Path input = month("");
		Path budgets = Files.writeString(work.resolve("budgets.csv"),
				"workload,budget\nsupport-chat,700\ncode-asist,5000\n");
		CliRun run = run(input, "--budgets", budgets.toString());
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.stderr()).contains(budgets + ": line 3, column 'workload': 'code-asist' matches no workload "
				+ "of the month or of an earlier month on record; did you mean code-assist?");
		assertThat(Files.exists(work.resolve("out/tco-2026-10.json"))).as("no report").isFalse();
		CliRun validate = CliRun.of("validate", "--month", "2026-10", "--input", input.toString(), "--budgets",
				budgets.toString());
		assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(2);
		assertThat(validate.stderr() + validate.stdout()).contains("'code-asist' matches no workload");
		// fixed, the same command resumes and reports the month
		Files.writeString(budgets, "workload,budget\nsupport-chat,700\ncode-assist,5000\n");
		CliRun fixed = run(input, "--budgets", budgets.toString());
		assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
	}

	@Test
	void aNameNoWorkloadResemblesListsTheMonthsWorkloads() throws IOException {
		Path input = month("");
		Path metrics = Files.writeString(work.resolve("metrics.csv"),
				"metric,workload,units\nconversations,contract-review,1200\n");
		CliRun run = run(input, "--business-metrics", metrics.toString());
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.stderr()).contains(metrics + ": line 2, column 'workload': 'contract-review' matches no "
				+ "workload of the month or of an earlier month on record; the month's workloads are code-assist, "
				+ "support-chat");
	}

	@Test
	void ownersAndDisplayNamesOfNoWorkloadAreNamedWithTheirLines() throws IOException {
		Path input = month("owners: {code-asist: developer-platform}\ndisplayNames:\n  support-chat: Support chat\n"
				+ "  suport-chat: Support\n");
		CliRun run = run(input);
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.stderr())
			.contains("assumptions.yaml: line 1, key 'owners': 'code-asist' matches no workload of the month "
					+ "or of an earlier month on record; did you mean code-assist?")
			.contains("assumptions.yaml: line 4, key 'displayNames': 'suport-chat' matches no workload of the month "
					+ "or of an earlier month on record; did you mean support-chat?")
			.doesNotContain("'support-chat' matches");
	}

	@Test
	void theClosestNamesAreThoseWithinAFewEdits() {
		Set<String> known = Set.of("doc-summarizer", "code-assist", "support-chat");
		// one letter dropped: 1 edit; the others are more than a third of the name away
		assertThat(UnknownNames.closest("doc-sumarizer", known)).containsExactly("doc-summarizer");
		assertThat(UnknownNames.distance("doc-sumarizer", "doc-summarizer")).isEqualTo(1);
		assertThat(UnknownNames.distance("kitten", "sitting")).isEqualTo(3);
		assertThat(UnknownNames.closest("billing", known)).isEmpty();
	}

	private Path month(String assumptions) throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.copy(Path.of("input-samples/2026-10/azure/ea-cost-details-2026-10.csv"), input.resolve("azure.csv"));
		if (!assumptions.isEmpty()) {
			Files.writeString(input.resolve("assumptions.yaml"), assumptions);
		}
		return input;
	}

	private CliRun run(Path input, String... more) {
		String[] args = { "run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString() };
		String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		return CliRun.of(all);
	}

}
