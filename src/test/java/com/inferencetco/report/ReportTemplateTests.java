package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.cli.CliRun;

/** A user's own template changes the look of the reports, never their numbers. */
class ReportTemplateTests {

	@TempDir
	Path work;

	@Test
	void ownTemplateChangesTheLookNotTheNumbers() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.copy(Path.of("input-samples/2026-10/azure/ea-cost-details-2026-10.csv"), input.resolve("azure.csv"));
		// given a copy of the template folder with another company, colour and header
		// fill
		Path template = Files.createDirectories(work.resolve("acme-templates"));
		Files.writeString(template.resolve("branding.properties"),
				"company.name=Acme Finance\ncolor.primary=#8b0000\ncolor.accent=#222222\npdf.font=\nlogo=\n");
		try (InputStream in = Files.newInputStream(Path.of("report-templates/workbook-template.xlsx"));
				XSSFWorkbook wb = new XSSFWorkbook(in);
				OutputStream out = Files.newOutputStream(template.resolve("workbook-template.xlsx"))) {
			var cell = wb.getSheet("Template").getRow(0).getCell(0);
			cell.setCellValue("Acme Finance");
			XSSFCellStyle header = wb.getSheet("Template").getRow(1).getCell(0).getCellStyle();
			header.setFillForegroundColor(new XSSFColor(new byte[] { (byte) 0x8b, 0, 0 }, null));
			wb.write(out);
		}

		CliRun standard = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("standard").toString(), "--data", work.resolve("data1").toString());
		CliRun branded = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("branded").toString(), "--data", work.resolve("data2").toString(), "--template",
				template.toString(), "--paper", "letter");

		assertThat(standard.exitCode()).as(standard.toString()).isZero();
		assertThat(branded.exitCode()).as(branded.toString()).isZero();
		// the numbers: identical JSON
		assertThat(Files.readString(work.resolve("branded/tco-2026-10.json")))
			.isEqualTo(Files.readString(work.resolve("standard/tco-2026-10.json")));
		// the look: the company in the workbook's title, the template's header fill
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("branded/tco-2026-10.xlsx")))) {
			assertThat(wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue()).startsWith("Acme Finance");
			CellStyle header = wb.getSheet("Workloads").getRow(0).getCell(0).getCellStyle();
			assertThat(((XSSFCellStyle) header).getFillForegroundXSSFColor().getRGB()).containsExactly((byte) 0x8b,
					(byte) 0, (byte) 0);
			assertThat(wb.getSheet("Template")).isNull();
		}
		try (PDDocument pdf = Loader.loadPDF(work.resolve("branded/tco-2026-10.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Acme Finance");
			// US Letter: 612 x 792 points
			var box = pdf.getPage(0).getMediaBox();
			assertThat(Math.max(box.getWidth(), box.getHeight())).isEqualTo(792f);
			assertThat(Math.min(box.getWidth(), box.getHeight())).isEqualTo(612f);
		}
		try (PDDocument pdf = Loader.loadPDF(work.resolve("standard/tco-2026-10.pdf").toFile())) {
			// the built-in template names no company
			assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("Lumora")
				.contains("LLM inference total cost of ownership — 2026-10");
			// A4: 595 x 842 points
			var box = pdf.getPage(0).getMediaBox();
			assertThat(Math.max(box.getWidth(), box.getHeight())).isEqualTo(842f);
		}
	}

	@Test
	void aGeneratedMonthNamesNoSampleCompanyAndTheAssumptionsNameTheirs() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.copy(Path.of("input-samples/2026-10/azure/ea-cost-details-2026-10.csv"), input.resolve("azure.csv"));
		CliRun plain = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("plain").toString(), "--data", work.resolve("data1").toString());
		assertThat(plain.exitCode()).as(plain.toString()).isZero();
		// no report of the built-in template carries the sample company, not even in the
		// workbook's parts (its template once held the sample's name and logo)
		for (String report : new String[] { "tco-2026-10.json", "tco-2026-10.xlsx", "tco-2026-10.pdf" }) {
			assertThat(reportText(work.resolve("plain").resolve(report))).as(report)
				.doesNotContainIgnoringCase("lumora");
		}
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("plain/tco-2026-10.xlsx")))) {
			assertThat(wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Inference TCO 2026-10");
			assertThat(wb.getAllPictures()).isEmpty();
		}
		Files.writeString(input.resolve("assumptions.yaml"), "companyName: Nordlicht Versicherung AG\n");
		CliRun named = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("named").toString(), "--data", work.resolve("data2").toString());
		assertThat(named.exitCode()).as(named.toString()).isZero();
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("named/tco-2026-10.xlsx")))) {
			assertThat(wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Nordlicht Versicherung AG — Inference TCO 2026-10");
		}
		try (PDDocument pdf = Loader.loadPDF(work.resolve("named/tco-2026-10.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf))
				.contains("Nordlicht Versicherung AG: LLM inference total cost of ownership — 2026-10");
		}
	}

	/**
	 * A report's text: the PDF's extracted text, the workbook's parts unzipped, or the
	 * file.
	 */
	private static String reportText(Path report) throws IOException {
		String name = report.getFileName().toString();
		if (name.endsWith(".pdf")) {
			try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
				return new PDFTextStripper().getText(pdf);
			}
		}
		if (name.endsWith(".xlsx")) {
			StringBuilder text = new StringBuilder();
			try (var zip = new java.util.zip.ZipFile(report.toFile())) {
				for (var entry : java.util.Collections.list(zip.entries())) {
					text.append(entry.getName()).append('\n');
					try (var in = zip.getInputStream(entry)) {
						text.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
					}
				}
			}
			return text.toString();
		}
		return Files.readString(report);
	}

}
