package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.MonthRuns;

/**
 * The sample month's showback: every cost allocated to a workload and an owner, the fully
 * loaded costs adding up to the TCO to the cent, the same figures in the JSON, the
 * workbook's Showback sheet and the PDF.
 */
class EveryCostAllocatedReportsTest {

	@TempDir
	static Path work;

	static JsonNode summary;

	@BeforeAll
	static void runTheSampleMonth() throws IOException {
		Path input = work.resolve("in");
		Files.createDirectories(input);
		try (var files = Files.walk(Path.of("input-samples/2026-10"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = input.resolve(Path.of("input-samples/2026-10").relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		// two teams own four of the workloads; the others are their own owners
		Files.writeString(input.resolve("assumptions.yaml"),
				Files.readString(input.resolve("assumptions.yaml"))
						+ "\nowners: {doc-summarizer: knowledge, contract-review: knowledge, support-chat: care, "
						+ "sales-copilot: care}\n");
		summary = MonthRuns.october(work, input, "out");
	}

	@Test
	void theFullyLoadedCostsAddUpToTheTcoExactly() {
		BigDecimal fullyLoaded = BigDecimal.ZERO;
		BigDecimal ownOfReceivers = BigDecimal.ZERO;
		BigDecimal ownOfShared = BigDecimal.ZERO;
		for (JsonNode w : summary.get("workloads")) {
			fullyLoaded = fullyLoaded.add(w.get("fullyLoadedCost").decimalValue());
			BigDecimal own = w.get("cost").decimalValue().add(w.get("estimatedCost").decimalValue());
			boolean shared = w.get("sharedCost").asBoolean();
			// by default a workload is shared when it serves no inference
			assertThat(shared).as(w.get("name").asString())
				.isEqualTo(w.get("decision").get("action").asString().equals("none"));
			if (shared) {
				assertThat(w.get("fullyLoadedCost").decimalValue()).isZero();
				ownOfShared = ownOfShared.add(own);
			}
			else {
				assertThat(w.get("fullyLoadedCost").decimalValue()).isGreaterThanOrEqualTo(own);
				ownOfReceivers = ownOfReceivers.add(own);
			}
		}
		JsonNode totals = summary.get("totals");
		assertThat(fullyLoaded).isEqualByComparingTo(totals.get("tco").decimalValue());
		// the pools: what the shared workloads cost, and the modelled categories
		JsonNode allocation = summary.get("allocation");
		assertThat(allocation.get("method").asString()).isEqualTo("cost");
		assertThat(allocation.get("sharedCost").decimalValue()).isEqualByComparingTo(ownOfShared);
		BigDecimal modelled = totals.get("byCategory")
			.get("engineering-overhead")
			.decimalValue()
			.add(totals.get("byCategory").get("compliance").decimalValue())
			.add(totals.get("byCategory").get("on-prem").decimalValue());
		// the modelled pool is the modelled categories (the TCO is rounded to 20
		// significant digits, hence the 1e-9)
		assertThat(allocation.get("modelledCost").decimalValue()).isCloseTo(modelled, within(new BigDecimal("1e-9")));
		// own + shared + modelled = tco
		assertThat(ownOfReceivers.add(ownOfShared).add(allocation.get("modelledCost").decimalValue()))
			.isEqualByComparingTo(totals.get("tco").decimalValue());
	}

	@Test
	void theShowbackByOwnerAddsUpAndNamesTheTeams() {
		BigDecimal total = BigDecimal.ZERO;
		JsonNode knowledge = null;
		for (JsonNode owner : summary.get("showback")) {
			BigDecimal parts = owner.get("direct")
				.decimalValue()
				.add(owner.get("shared").decimalValue())
				.add(owner.get("modelled").decimalValue());
			assertThat(parts).as(owner.get("owner").asString()).isEqualByComparingTo(owner.get("total").decimalValue());
			total = total.add(owner.get("total").decimalValue());
			if (owner.get("owner").asString().equals("knowledge")) {
				knowledge = owner;
			}
		}
		assertThat(total).isEqualByComparingTo(summary.get("totals").get("tco").decimalValue());
		// knowledge owns doc-summarizer and contract-review: its total is theirs
		assertThat(knowledge).isNotNull();
		BigDecimal theirs = BigDecimal.ZERO;
		for (JsonNode w : summary.get("workloads")) {
			if (w.get("owner").asString().equals("knowledge")) {
				theirs = theirs.add(w.get("fullyLoadedCost").decimalValue());
			}
		}
		assertThat(knowledge.get("workloads")).hasSize(2);
		assertThat(knowledge.get("total").decimalValue()).isEqualByComparingTo(theirs);
		// the largest owner first
		assertThat(summary.get("showback").get(0).get("total").decimalValue())
			.isGreaterThanOrEqualTo(summary.get("showback").get(1).get("total").decimalValue());
	}

	@Test
	void theWorkbookShowsTheSameShowbackAndChecksItAgainstTheTco() throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			Sheet sheet = wb.getSheet("Showback");
			Row check = null;
			Row knowledge = null;
			for (Row row : sheet) {
				String first = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
				if (first.equals("Fully loaded costs add up to the TCO")) {
					check = row;
				}
				if (first.equals("knowledge")) {
					knowledge = row;
				}
			}
			assertThat(evaluator.evaluate(check.getCell(7)).getBooleanValue()).isTrue();
			// the owner's fully loaded cost, as SUMIF over the workloads, equals the
			// JSON's
			JsonNode fromJson = null;
			for (JsonNode owner : summary.get("showback")) {
				if (owner.get("owner").asString().equals("knowledge")) {
					fromJson = owner;
				}
			}
			assertThat(evaluator.evaluate(knowledge.getCell(4)).getNumberValue())
				.isCloseTo(fromJson.get("total").asDouble(), within(0.005));
		}
	}

	@Test
	void thePdfHasTheShowbackByOwner() throws IOException {
		try (var pdf = Loader.loadPDF(work.resolve("out/tco-2026-10.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Showback: every cost allocated")
				.contains("knowledge")
				.contains("in proportion to their own cost");
		}
	}

}
