package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * One truth in three artifacts: per total and per workload, the JSON, the workbook as
 * LibreOffice recalculates it, and the PDF's text state the same figures. Run on the
 * sample month (bills in EUR and USD, converted at ECB rates) and on a generated month of
 * 400 resources.
 */
class ThreeReportsAgreeTest {

	@TempDir
	Path work;

	@Test
	void theSampleMonthWithTwoCurrenciesStatesTheSameFiguresEverywhere() throws Exception {
		Path input = work.resolve("in");
		try (Stream<Path> files = Files.walk(Path.of("input-samples/2026-10"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = input.resolve(Path.of("input-samples/2026-10").relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		assertAgree(run(input));
	}

	@Test
	void aGeneratedMonthStatesTheSameFiguresEverywhere() throws Exception {
		Path input = work.resolve("in");
		assertThat(CliRun
			.of("generate", "--month", "2026-10", "--rows", "5000", "--output", input.toString(), "--seed", "11")
			.exitCode()).isZero();
		assertAgree(run(input));
	}

	private Path run(Path input) {
		Path out = work.resolve("out");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output", out.toString(),
				"--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		return out;
	}

	private void assertAgree(Path out) throws Exception {
		assumeTrue(LibreOfficeRun.installed(), "LibreOffice is not installed here");
		JsonNode summary = SummaryJson.read(out.resolve("tco-2026-10.json"));
		String currency = summary.get("currency").asString();
		Path recalculated = LibreOfficeRun.convert(out.resolve("tco-2026-10.xlsx"), "xlsx", work.resolve("lo"), work);
		String[] pdfLines;
		try (var pdf = Loader.loadPDF(out.resolve("tco-2026-10.pdf").toFile())) {
			pdfLines = new PDFTextStripper().getText(pdf).split("\\R");
		}
		String pdfText = String.join(" ", pdfLines);
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(recalculated))) {
			// totals
			for (String[] total : new String[][] { { "TCO_Total", "tco" }, { "Cost_Total", "cost" } }) {
				double expected = summary.get("totals").get(total[1]).asDouble();
				assertThat(named(wb, total[0])).as(total[0]).isCloseTo(expected, within(0.005));
				assertThat(pdfText).as("PDF " + total[1])
					.contains(money(summary.get("totals").get(total[1]), currency));
			}
			// workloads
			Sheet sheet = wb.getSheet("Workloads");
			int rows = 0;
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				JsonNode w = workload(summary, row.getCell(0).getStringCellValue());
				WorkbookDecisions.assertRowStatesTheDecision(sheet, row, null, w);
				assertThat(WorkbookDecisions.cell(sheet, row, "Cost").getNumericCellValue())
					.isCloseTo(w.get("cost").asDouble(), within(0.005));
				String line = pdfRow(pdfLines, w);
				// the PDF allocates rounding so that shown cents add up to the total: a
				// part may show one cent apart
				assertThat(line).as(line)
					.containsAnyOf(withinACent(w.get("cost"), currency))
					.containsAnyOf(withinACent(w.get("decision").get("monthlySaving"), currency))
					.containsAnyOf(withinACent(w.get("fullyLoadedCost"), currency))
					.contains(money(w.get("decision").get("currentMonthlyCost"), currency) + " "
							+ money(w.get("decision").get("alternativeMonthlyCost"), currency))
					.contains(MoneyFormat.percent(decimal(w.get("breakEvenUtilization"))));
				rows++;
			}
			assertThat(rows).isEqualTo(summary.get("workloads").size());
		}
	}

	/**
	 * The workloads table's line of a workload in the PDF: its name, deployment and
	 * figures, left to right.
	 */
	private static String pdfRow(String[] lines, JsonNode w) {
		String start = w.get("name").asString() + " " + w.get("deployment").asString() + " ";
		return Arrays.stream(lines)
			.filter(l -> l.startsWith(start))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no PDF row for " + start));
	}

	private static double named(XSSFWorkbook wb, String name) {
		CellReference ref = new AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion())
			.getFirstCell();
		return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getNumericCellValue();
	}

	private static JsonNode workload(JsonNode summary, String name) {
		for (JsonNode w : summary.get("workloads")) {
			if (w.get("name").asString().equals(name)) {
				return w;
			}
		}
		throw new AssertionError("no workload " + name + " in the JSON");
	}

	private static BigDecimal decimal(JsonNode value) {
		return value == null || value.isNull() ? null : value.decimalValue();
	}

	private static String[] withinACent(JsonNode value, String currency) {
		BigDecimal cent = new BigDecimal("0.01");
		BigDecimal v = value.decimalValue();
		return new String[] { MoneyFormat.money(v, currency), MoneyFormat.money(v.subtract(cent), currency),
				MoneyFormat.money(v.add(cent), currency) };
	}

	private static String money(JsonNode value, String currency) {
		return MoneyFormat.money(value.decimalValue(), currency);
	}

}
