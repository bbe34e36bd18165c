package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * The compliance cost (48,000 one-off over 36 months + 18,500 a year = 2,875.00 a month
 * by default) is modelled where the assumptions' complianceApplies says (issue 27): by
 * default only for a month that self-hosts, so a company that only calls APIs (here 1.00
 * of tokens) is not charged 2,875.00 of audits it does not run. The workbook's formula
 * follows the named choice.
 */
class ComplianceScopeFunctionalTests {

	@TempDir
	Path work;

	@Test
	void anApiOnlyMonthCarriesNoComplianceCostByDefault() throws IOException {
		JsonNode totals = run("").get("totals");
		assertThat(totals.get("byCategory").get("compliance").decimalValue()).isEqualByComparingTo("0");
		assertThat(totals.get("tco").decimalValue()).isEqualByComparingTo("1.00");
		assertThat(workbookValue("Compliance_PerMonth")).isZero();
		assertThat(workbookValue("TCO_Total")).isEqualTo(1.00);
	}

	@Test
	void anApiOnlyMonthCarriesItWhenTheAssumptionsSayAlways() throws IOException {
		JsonNode totals = run("complianceApplies: always\n").get("totals");
		assertThat(totals.get("byCategory").get("compliance").decimalValue()).isEqualByComparingTo("2875");
		assertThat(totals.get("tco").decimalValue()).isEqualByComparingTo("2876.00");
		assertThat(workbookValue("Compliance_PerMonth")).isEqualTo(2875.0);
		assertThat(workbookValue("TCO_Total")).isEqualTo(2876.0);
	}

	@Test
	void anUnknownScopeIsAUsageErrorNamingTheKey() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("focus.csv"),
				new FocusMonth().tokens("chat", 1, 1_000_000L, "1", "gpt-4o").toString());
		Files.writeString(input.resolve("assumptions.yaml"), "complianceApplies: sometimes\n");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.stderr()).contains("complianceApplies").contains("self-hosting, always or never");
	}

	private JsonNode run(String assumptions) throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		// 1,000,000 tokens at 1.00 per million: 1.00
		Files.writeString(input.resolve("focus.csv"),
				new FocusMonth().tokens("chat", 1, 1_000_000L, "1", "gpt-4o").toString());
		Files.writeString(input.resolve("assumptions.yaml"), assumptions);
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		return SummaryJson.read(work.resolve("out/tco-2026-10.json"));
	}

	/** A named cell of the workbook as POI evaluates its formula. */
	private double workbookValue(String name) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			CellReference ref = new AreaReference(wb.getName(name).getRefersToFormula(), null).getFirstCell();
			var cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
			var value = wb.getCreationHelper().createFormulaEvaluator().evaluate(cell);
			assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
			return value.getNumberValue();
		}
	}

}
