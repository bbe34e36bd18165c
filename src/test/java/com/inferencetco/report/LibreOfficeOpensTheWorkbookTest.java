package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * The workbook opened by LibreOffice (headless, where it is installed): it converts
 * without complaint, no cell is an error, and the total it shows is the JSON summary's.
 */
class LibreOfficeOpensTheWorkbookTest {

	@TempDir
	Path work;

	@Test
	void libreOfficeOpensTheWorkbookWithoutErrorCells() throws Exception {
		Path soffice = Path.of("/usr/bin/soffice");
		assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed here");
		Path input = Files.createDirectories(work.resolve("in"));
		Files.copy(Path.of("input-samples/2026-10/azure/ea-cost-details-2026-10.csv"), input.resolve("azure.csv"));
		Files.copy(Path.of("input-samples/2026-10/openai/costs-2026-10.json"), input.resolve("costs.json"));
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();

		Path converted = Files.createDirectories(work.resolve("lo"));
		Process process = new ProcessBuilder(soffice.toString(), "--headless",
				"-env:UserInstallation=file://" + work.resolve("profile"), "--convert-to", "xlsx", "--outdir",
				converted.toString(), work.resolve("out/tco-2026-10.xlsx").toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
		assertThat(process.exitValue()).isZero();

		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(converted.resolve("tco-2026-10.xlsx")))) {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						boolean error = cell.getCellType() == CellType.ERROR || cell.getCellType() == CellType.FORMULA
								&& cell.getCachedFormulaResultType() == CellType.ERROR;
						assertThat(error).as(sheet.getSheetName() + "!" + cell.getAddress()).isFalse();
					}
				}
			}
			var ref = new AreaReference(wb.getName("TCO_Total").getRefersToFormula(), wb.getSpreadsheetVersion())
				.getFirstCell();
			double tco = wb.getSheet(ref.getSheetName())
				.getRow(ref.getRow())
				.getCell(ref.getCol())
				.getNumericCellValue();
			assertThat(tco).isCloseTo(
					SummaryJson.read(work.resolve("out/tco-2026-10.json")).get("totals").get("tco").asDouble(),
					within(0.005));
		}
	}

}
