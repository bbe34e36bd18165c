package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * A reader edits two assumptions in the workbook and LibreOffice recalculates it: every
 * workload's decision on the Workloads sheet then equals what the engine decides when the
 * month is run with the same assumptions. (Where LibreOffice is installed; .ci/run on our
 * machines has it.)
 */
class LibreOfficeRecalculatesTheDecisionsTest {

	@TempDir
	Path work;

	@Test
	void editedAssumptionsRecalculateToTheEnginesDecisions() throws Exception {
		assumeTrue(LibreOfficeRun.installed(), "LibreOffice is not installed here");
		// the sample month as shipped: serverless 0.90 per million, dedicated H100 at
		// 2.50 an hour
		JsonNode before = runSample(work.resolve("before"), Map.of());

		// a reader halves the serverless price and finds H100 rent at 0.50 an hour
		Path edited = work.resolve("edited.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("before/out/tco-2026-10.xlsx")));
				OutputStream out = Files.newOutputStream(edited)) {
			set(wb, "Serverless_PricePerMillion", 0.45);
			set(wb, "Dedicated_GpuHourlyRate", 0.50);
			wb.setForceFormulaRecalculation(true);
			wb.write(out);
		}
		Path converted = work.resolve("lo");
		Path recalculated = LibreOfficeRun.convert(edited, "xlsx", converted, work);

		// the engine, run with the same two assumptions
		JsonNode after = runSample(work.resolve("after"), Map.of("serverlessPricePerMillion: 0.90",
				"serverlessPricePerMillion: 0.45", "dedicatedGpuHourlyRate: 2.50", "dedicatedGpuHourlyRate: 0.50"));
		Map<String, JsonNode> engine = byName(after);
		Map<String, JsonNode> earlier = byName(before);
		int changedActions = 0;
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(recalculated))) {
			Sheet sheet = wb.getSheet("Workloads");
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				String name = row.getCell(0).getStringCellValue();
				// LibreOffice's recalculated values (no evaluator of ours) against the
				// engine's decision
				WorkbookDecisions.assertRowStatesTheDecision(sheet, row, null, engine.get(name));
				if (!engine.get(name)
					.get("decision")
					.get("action")
					.asString()
					.equals(earlier.get(name).get("decision").get("action").asString())) {
					changedActions++;
				}
			}
		}
		assertThat(changedActions).as("actions that the edit changed").isPositive();
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(recalculated))) {
			// the calculator is prefilled from the largest workload, doc-summarizer,
			// whose price is the named assumption
			assertThat(named(wb, "BE_ServerlessPricePerMillion")).isCloseTo(0.45, within(1e-12));
			assertThat(named(wb, "BE_BreakEvenUtilization"))
				.isCloseTo(engine.get("doc-summarizer").get("breakEvenUtilization").asDouble(), within(1e-9));
		}

		// and printed, the month's workbook takes a few pages, the Detail sheet's month
		// per workload and resource too
		Path printed = LibreOfficeRun.convert(work.resolve("before/out/tco-2026-10.xlsx"), "pdf", converted, work);
		try (var pdf = Loader.loadPDF(printed.toFile())) {
			assertThat(pdf.getNumberOfPages()).isLessThan(30);
			assertThat(new PDFTextStripper().getText(pdf)).contains("Counts toward the invoice").contains("First day");
		}
		// dedicated break-evens priced at the named serverless price doubled:
		// doc-summarizer 12.29e6 / (0.45 x 2,000 x 3,600)
		assertThat(engine.get("doc-summarizer").get("breakEvenUtilization").asDouble())
			.isCloseTo(2 * earlier.get("doc-summarizer").get("breakEvenUtilization").asDouble(), within(1e-9));
	}

	private JsonNode runSample(Path dir, Map<String, String> edits) throws IOException {
		Path input = dir.resolve("in");
		try (Stream<Path> files = Files.walk(Path.of("input-samples/2026-10"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = input.resolve(Path.of("input-samples/2026-10").relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		String assumptions = Files.readString(input.resolve("assumptions.yaml"));
		for (var edit : edits.entrySet()) {
			assertThat(assumptions).contains(edit.getKey());
			assumptions = assumptions.replace(edit.getKey(), edit.getValue());
		}
		Files.writeString(input.resolve("assumptions.yaml"), assumptions);
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				dir.resolve("out").toString(), "--data", dir.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		return SummaryJson.read(dir.resolve("out/tco-2026-10.json"));
	}

	private static Map<String, JsonNode> byName(JsonNode summary) {
		Map<String, JsonNode> workloads = new HashMap<>();
		summary.get("workloads").forEach(w -> workloads.put(w.get("name").asString(), w));
		return workloads;
	}

	private static double named(XSSFWorkbook wb, String name) {
		CellReference ref = new AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion())
			.getFirstCell();
		return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getNumericCellValue();
	}

	private static void set(XSSFWorkbook wb, String name, double value) {
		CellReference ref = new AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion())
			.getFirstCell();
		wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(value);
	}

}
