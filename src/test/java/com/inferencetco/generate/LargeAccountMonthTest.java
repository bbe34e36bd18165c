package com.inferencetco.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.IndependentSums;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * A month shaped like a large account (thousands of resources, each with its own tags),
 * read in many blocks so that the blocks' parts are merged per key: every resource-day is
 * stored once, and the workbook's Detail sheet (the month per resource) and the detail
 * CSV (every stored line) both add up to the invoiced total.
 */
class LargeAccountMonthTest {

	@TempDir
	Path work;

	@Test
	void everyResourceDayIsStoredOnceAndTheDetailSheetAndCsvAddUpToTheInvoice() throws IOException {
		Path input = work.resolve("in");
		assertThat(CliRun
			.of("generate", "--month", "2026-10", "--rows", "30000", "--resources", "5000", "--tags", "8", "--output",
					input.toString())
			.exitCode()).isZero();
		Path export = input.resolve("focus-2026-10.csv.gz");

		// what the file holds, counted independently of the job
		Set<String> resources = new HashSet<>();
		Set<String> resourceDays = new HashSet<>();
		JsonMapper json = JsonMapper.builder().build();
		for (CSVRecord row : IndependentSums.csvRecords(export, 0)) {
			if (row.get("ChargeCategory").equals("Usage")) {
				resources.add(row.get("ResourceId"));
				resourceDays.add(row.get("ResourceId") + "@" + row.get("ChargePeriodStart").substring(0, 10));
				assertThat(json.readTree(row.get("Tags")).size()).as("tags of a resource").isEqualTo(8);
			}
		}
		BigDecimal billed = IndependentSums.csvColumn(export, "BilledCost");
		// Pareto-skewed over 5,000 resources: most of them bill, none beyond the 5,000
		assertThat(resources).hasSizeBetween(2_000, 5_000);

		// blocks of 3,000 keys per thread: the 30,000 rows are read in many blocks, each
		// key met in several
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString(), "--detail-csv",
				"--inference-tco.ingest.block-keys=3000");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo(billed);

		// the detail CSV: each resource-day once (every resource bills one kind of
		// usage), plus the tax and the credit
		long lines = 0;
		BigDecimal invoiced = BigDecimal.ZERO;
		Set<String> stored = new HashSet<>();
		for (CSVRecord line : IndependentSums.csvRecords(work.resolve("out/tco-2026-10-detail.csv"), 0)) {
			lines++;
			stored.add(line.get("resource") + "@" + line.get("day"));
			if (line.get("counts_toward_invoice").equals("true")) {
				invoiced = invoiced.add(new BigDecimal(line.get("report_cost")));
			}
		}
		assertThat(lines).isEqualTo(resourceDays.size() + 2);
		assertThat(stored).containsAll(resourceDays);
		assertThat(invoiced).isEqualByComparingTo(billed);

		// the Detail sheet: the month per resource, plus the tax and the credit, adding
		// up to the same total
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			long rows = 0;
			double sheetInvoiced = 0;
			for (Row row : wb.getSheet("Detail")) {
				if (row.getRowNum() == 0 || row.getCell(18) == null) {
					continue;
				}
				rows++;
				if (row.getCell(18).getStringCellValue().equals("yes")) {
					sheetInvoiced += row.getCell(17).getNumericCellValue();
				}
			}
			assertThat(rows).isEqualTo(resources.size() + 2);
			assertThat(sheetInvoiced).isCloseTo(billed.doubleValue(), within(0.01));
		}
	}

}
