package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.cli.CliRun;

/** With an earlier month in the database, the reports show the change and the trend. */
class MonthOverMonthTest {

	static final String HEADER = "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,"
			+ "ChargePeriodStart,ChargePeriodEnd,EffectiveCost,ProviderName,ServiceName,Tags\n";

	@TempDir
	Path work;

	@Test
	void octoberShowsTheChangeFromSeptemberAndATrendChart() throws IOException {
		Path september = Files.createDirectories(work.resolve("2026-09"));
		Files.writeString(september.resolve("focus.csv"), HEADER
				+ "800.00,USD,2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,Usage,2026-09-02T00:00:00Z,2026-09-03T00:00:00Z,800.00,X,Y,\n");
		Path october = Files.createDirectories(work.resolve("2026-10"));
		Files.writeString(october.resolve("focus.csv"), HEADER
				+ "1000.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1000.00,X,Y,\n");
		String data = work.resolve("data").toString();
		assertThat(CliRun
			.of("run", "--month", "2026-09", "--input", september.toString(), "--output",
					work.resolve("out").toString(), "--data", data)
			.exitCode()).isZero();
		assertThat(CliRun
			.of("run", "--month", "2026-10", "--input", october.toString(), "--output", work.resolve("out").toString(),
					"--data", data)
			.exitCode()).isZero();
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			var summary = wb.getSheet("Summary");
			var charts = summary.getDrawingPatriarch().getCharts();
			assertThat(charts).anySatisfy(c -> assertThat(c.getTitleText().getString()).contains("by month"));
			// (1,000 - 800) / 800 = 25 %
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			boolean found = false;
			for (var row : summary) {
				if (row.getCell(0) != null
						&& row.getCell(0).getStringCellValue().startsWith("Change of invoiced cost")) {
					assertThat(evaluator.evaluate(row.getCell(1)).getNumberValue()).isEqualTo(0.25);
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
		// page 1 of the PDF states the change with its sign and amount: 1,000 - 800 =
		// +200.00, +25.0 %
		try (var pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			var stripper = new PDFTextStripper();
			stripper.setEndPage(1);
			assertThat(stripper.getText(pdf).replaceAll("\\s+", " "))
				.contains("+200.00 USD (+25.0 %) against 2026-09: 1,000.00 USD this month");
		}
	}

}
