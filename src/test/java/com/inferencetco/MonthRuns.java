package com.inferencetco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import com.inferencetco.cli.CliRun;

/**
 * Runs October 2026 on a folder as a user would, expects success, and reads back the JSON
 * summary.
 */
public final class MonthRuns {

	private MonthRuns() {
	}

	/**
	 * Reports go to {@code work/out}, the database to {@code work/data-out}; {@code more}
	 * options are added (such as {@code --allow-empty-month} for a folder of usage or
	 * telemetry without a bill).
	 */
	public static JsonNode october(Path work, Path input, String out, String... more) throws IOException {
		List<String> args = new ArrayList<>(List.of("run", "--month", "2026-10", "--input", input.toString(),
				"--output", work.resolve(out).toString(), "--data", work.resolve("data-" + out).toString()));
		args.addAll(List.of(more));
		CliRun run = CliRun.of(args.toArray(String[]::new));
		assertThat(run.exitCode()).as(run.toString()).isZero();
		return SummaryJson.read(work.resolve(out).resolve("tco-2026-10.json"));
	}

}
