package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * A cost per million tokens only where the tokens are the workload's (issue 29): GPUs
 * that serve no tokens are never divided by the tokens an API served beside them, nor by
 * other workloads' tokens.
 */
class UnitCostsFunctionalTests {

	@TempDir
	Path work;

	@Test
	void gpusThatServeNoTokensAreNotPricedPerToken() throws IOException {
		// "rerank": 1 H100 all month at 2.00 (744 x 2.00 = 1,488.00) and 10,000,000 API
		// tokens at 1.00 per million (10.00): its tokens cost 10.00 / 10 = 1.00 per
		// million, not (1,488.00 + 10.00) / 10 = 149.80. "chat": 20,000,000 tokens at
		// 0.50 (10.00): 0.50 per million. The month: (10.00 + 10.00) / 30 = 0.6667 per
		// million, not the TCO over 30 million tokens.
		FocusMonth bill = new FocusMonth();
		for (int day = 1; day <= 31; day++) {
			bill.gpuHours("rerank", day, 24, "2.00", "gpu_1x_h100", 1, "H100", "vm-1");
		}
		bill.tokens("rerank", 1, 10_000_000, "1.00", "gemini-2.5-flash");
		bill.tokens("chat", 1, 20_000_000, "0.50", "gemini-2.5-flash");
		JsonNode summary = DecidedMonth.run(work, "focus-2026-10.csv", bill.toString());
		assertThat(DecidedMonth.workload(summary, "rerank").get("costPerMillionTokens").decimalValue())
			.isEqualByComparingTo("1.00");
		assertThat(DecidedMonth.workload(summary, "chat").get("costPerMillionTokens").decimalValue())
			.isEqualByComparingTo("0.50");
		try (var wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			var sheet = wb.getSheet("Summary");
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			int found = 0;
			for (var row : sheet) {
				if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
						&& row.getCell(0).getStringCellValue().startsWith("Own cost per million")) {
					assertThat(evaluator.evaluate(row.getCell(1)).getNumberValue()).isCloseTo(20.0 / 30, within(1e-9));
					found++;
				}
			}
			assertThat(found).as("the Summary's cost per million tokens").isEqualTo(1);
		}
		try (var pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("Own cost per million tokens (of the workloads whose tokens they are) 0.67 USD");
		}
	}

}
