package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.cli.CliRun;

/**
 * The same inputs give the same reports: a byte-identical JSON summary, and a workbook
 * and PDF whose content is identical (every cell, formula and page of text; the documents
 * are dated at the end of the billing month, not when they were written).
 */
class ReproducibleReportsTest {

	@TempDir
	Path work;

	@Test
	void twoRunsOfTheSameInputsGiveTheSameReports() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		for (String file : List.of("azure/ea-cost-details-2026-10.csv", "openai/costs-2026-10.json",
				"openai/usage-completions-2026-10.json", "focus/nordic-gpu-cloud-focus-1.2-2026-10.csv")) {
			Files.copy(Path.of("input-samples/2026-10").resolve(file), input.resolve(Path.of(file).getFileName()));
		}
		for (String name : List.of("a", "b")) {
			CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
					work.resolve(name).toString(), "--data", work.resolve("data-" + name).toString());
			assertThat(run.exitCode()).as(run.toString()).isZero();
		}
		assertThat(Files.readAllBytes(work.resolve("b/tco-2026-10.json")))
			.isEqualTo(Files.readAllBytes(work.resolve("a/tco-2026-10.json")));
		assertThat(cells(work.resolve("b/tco-2026-10.xlsx"))).isEqualTo(cells(work.resolve("a/tco-2026-10.xlsx")));
		assertThat(text(work.resolve("b/tco-2026-10.pdf"))).isEqualTo(text(work.resolve("a/tco-2026-10.pdf")));
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("a/tco-2026-10.xlsx")))) {
			assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant().toString())
				.isEqualTo("2026-10-31T23:59:59Z");
		}
		try (PDDocument pdf = Loader.loadPDF(work.resolve("a/tco-2026-10.pdf").toFile())) {
			assertThat(pdf.getDocumentInformation().getCreationDate().toInstant().toString())
				.isEqualTo("2026-10-31T23:59:59Z");
		}
	}

	private static List<String> cells(Path xlsx) throws IOException {
		List<String> cells = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + format.formatCellValue(cell)
								+ (cell.getCellType() == CellType.FORMULA ? " {" + cell.getCellFormula() + "}" : ""));
					}
				}
			}
		}
		return cells;
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
