package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tools.jackson.databind.JsonNode;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;
import com.inferencetco.report.WorkbookDecisions;

/**
 * One bill run through the month-end job with rent 2.50 per H100-hour, no engineering
 * overhead and owned servers too dear to staff to buy (so the fixed costs of self-hosting
 * are zero and a saving is the difference of two rents): the JSON summary, after checking
 * that every row of the Workloads sheet states the JSON's decision (its formulas
 * evaluated by POI).
 */
final class DecidedMonth {

	/**
	 * Rent 2.50, no engineering, and a quarter of an administrator per owned server (more
	 * than the sourced default of 0.05): at that staffing buying never pays back within
	 * the life, so these cases compare rents only.
	 */
	static final String ASSUMPTIONS = "engineeringFte: 0\ndedicatedGpuHourlyRate: 2.50\nonPremOpsFtePerServer: 0.25\n";

	private DecidedMonth() {
	}

	static JsonNode run(Path work, String file, CharSequence bill) throws IOException {
		return run(work, file, bill, ASSUMPTIONS);
	}

	/**
	 * Runs the month of one bill under these assumptions; every Workloads row states the
	 * JSON's decision.
	 */
	static JsonNode run(Path work, String file, CharSequence bill, String assumptions) throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve(file), bill);
		Files.writeString(input.resolve("assumptions.yaml"), assumptions);
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		try (var wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			var sheet = wb.getSheet("Workloads");
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			for (var row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(0) != null) {
					WorkbookDecisions.assertRowStatesTheDecision(sheet, row, evaluator,
							workload(summary, row.getCell(0).getStringCellValue()));
				}
			}
		}
		return summary;
	}

	static JsonNode workload(JsonNode summary, String name) {
		for (JsonNode w : summary.get("workloads")) {
			if (w.get("name").asString().equals(name)) {
				return w;
			}
		}
		throw new AssertionError("no workload " + name + " in " + summary.get("workloads"));
	}

}
