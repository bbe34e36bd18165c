package com.inferencetco.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.inferencetco.model.SourceKind;
import com.inferencetco.store.ResourceMonthRow;

/**
 * Past its limit, the Detail sheet sums the remaining lines so that it still adds up to
 * what was invoiced.
 */
class DetailSheetTest {

	@Test
	void linesPastTheLimitAreSummedIntoClosingRowsThatKeepTheSheetAddingUp() throws IOException {
		// five billed lines and one usage line, the sheet limited to three
		BigDecimal[] billed = { new BigDecimal("500.00"), new BigDecimal("120.50"), new BigDecimal("80.25"),
				new BigDecimal("10.10"), new BigDecimal("0.15") };
		byte[] xlsx;
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			DetailSheet detail = new DetailSheet(wb.createSheet("Detail"), new WorkbookStyles(wb, "USD"), "USD", 3);
			for (int i = 0; i < billed.length; i++) {
				detail.add(line("i-" + i, SourceKind.BILL, billed[i]));
			}
			detail.add(line("i-usage", SourceKind.USAGE, new BigDecimal("7.00")));
			detail.finish(wb);
			wb.write(out);
			xlsx = out.toByteArray();
		}

		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheet("Detail");
			assertThat(sheet.getRow(0).getCell(17).getStringCellValue()).isEqualTo("Cost (USD)");
			// the three largest lines as they are
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("i-0");
			assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("i-2");
			// then 10.10 + 0.15 = 10.25 billed over two lines of 2 source lines each, and
			// the usage line apart
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("2 smaller lines, summed");
			assertThat(sheet.getRow(4).getCell(17).getNumericCellValue()).isEqualTo(10.25);
			assertThat(sheet.getRow(4).getCell(10).getNumericCellValue()).isEqualTo(4);
			assertThat(sheet.getRow(4).getCell(18).getStringCellValue()).isEqualTo("yes");
			assertThat(sheet.getRow(5).getCell(17).getNumericCellValue()).isEqualTo(7.0);
			assertThat(sheet.getRow(5).getCell(18).getStringCellValue()).isEqualTo("no");
			assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).contains("6 lines").contains("--detail-csv");
			// what counts toward the invoice adds up: 500 + 120.50 + 80.25 + 10.25 =
			// 711.00
			double invoiced = 0;
			for (int r = 1; r <= 5; r++) {
				if (sheet.getRow(r).getCell(18).getStringCellValue().equals("yes")) {
					invoiced += sheet.getRow(r).getCell(17).getNumericCellValue();
				}
			}
			assertThat(invoiced).isEqualTo(711.00);
		}
	}

	private static ResourceMonthRow line(String resource, SourceKind source, BigDecimal cost) {
		return new ResourceMonthRow("chat", "AWS", "Amazon EC2", resource, "compute", "COST", "", "Hrs", "USD", source,
				LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 2, BigDecimal.ONE, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, cost, cost);
	}

}
