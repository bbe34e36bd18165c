package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.MonthRuns;

/**
 * Workloads and owners named like spreadsheet criteria ({@code support*},
 * {@code <>nobody}, {@code doc?summarizer}, {@code =support-chat}, {@code *}) are names,
 * never patterns: the workbook's actuals are the JSON's (a SUMIF would read
 * {@code support*} as every workload starting with "support" and {@code <>nobody} as
 * every owner but one). The sample month with its telemetry and serving metrics mapped to
 * workloads of those names, and owners of those names (a budget for a name that is no
 * workload is exit 2 since issue 29, so the names are real).
 */
class NamesThatLookLikeCriteriaTest {

	@TempDir
	Path work;

	@Test
	void workloadBudgetsNamedLikePatternsMatchOnlyThatName() throws IOException {
		Path budgets = Files.writeString(work.resolve("budgets.csv"),
				"workload,budget\nsupport*,1000\ndoc?summarizer,2000\n=support-chat,3000\nsupport-chat,5000\n");
		Path metrics = Files.writeString(work.resolve("metrics.csv"),
				"metric,workload,units\nconversations,support*,100\nconversations,support-chat,120000\n");
		JsonNode summary = MonthRuns.october(work, sampleWithCriteriaNames(), "out", "--budgets", budgets.toString(),
				"--business-metrics", metrics.toString());
		double supportChat = fullyLoaded(summary, "support-chat");
		assertThat(supportChat).isPositive();
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			Sheet budget = wb.getSheet("Budget");
			// support*, doc?summarizer and =support-chat have their own actuals in the
			// JSON
			// and in the workbook; support-chat's own budget gets its cost alone
			for (int row = 1; row <= 4; row++) {
				JsonNode line = summary.get("budgets").get(row - 1);
				assertThat(budget.getRow(row).getCell(1).getStringCellValue())
					.isEqualTo(line.get("workload").asString());
				assertThat(evaluator.evaluate(budget.getRow(row).getCell(3)).getNumberValue())
					.as(line.get("workload").asString())
					.isCloseTo(line.get("actual").asDouble(), within(0.005));
			}
			assertThat(evaluator.evaluate(budget.getRow(1).getCell(3)).getNumberValue())
				.isCloseTo(fullyLoaded(summary, "support*"), within(0.005));
			assertThat(evaluator.evaluate(budget.getRow(4).getCell(3)).getNumberValue()).isCloseTo(supportChat,
					within(0.005));
			Sheet units = wb.getSheet("Unit costs");
			assertThat(units.getRow(1).getCell(1).getStringCellValue()).isEqualTo("support*");
			assertThat(evaluator.evaluate(units.getRow(1).getCell(3)).getNumberValue())
				.isCloseTo(fullyLoaded(summary, "support*"), within(0.005));
			// 120,000 conversations of support-chat: its fully loaded cost / 120,000
			assertThat(evaluator.evaluate(units.getRow(2).getCell(4)).getNumberValue()).isCloseTo(supportChat / 120000,
					within(1e-9));
		}
	}

	@Test
	void ownerBudgetsNamedLikeCriteriaMatchOnlyThatOwner() throws IOException {
		Path budgets = Files.writeString(work.resolve("budgets.csv"), "owner,budget\n<>nobody,1000\n*,2000\n");
		JsonNode summary = MonthRuns.october(work, sampleWithCriteriaNames(), "out", "--budgets", budgets.toString());
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			Sheet budget = wb.getSheet("Budget");
			// <>nobody owns doc?summarizer, * owns support-chat (support* is shared: it
			// serves no inference): each owner's actual is its own workload's, never
			// every
			// other owner's or all of them
			String[] owned = { "doc?summarizer", "support-chat" };
			for (int row = 1; row <= 2; row++) {
				double actual = summary.get("budgets").get(row - 1).get("actual").asDouble();
				assertThat(actual).isCloseTo(fullyLoaded(summary, owned[row - 1]), within(0.005));
				assertThat(evaluator.evaluate(budget.getRow(row).getCell(3)).getNumberValue()).isCloseTo(actual,
						within(0.005));
			}
			assertThat(fullyLoaded(summary, "doc?summarizer")).as("the served tokens' workload has a cost share")
				.isLessThan(summary.get("totals").get("tco").asDouble() / 2);
			// the Showback sheet's owners add up to the workloads' fully loaded costs
			Sheet showback = wb.getSheet("Showback");
			double workloads = 0;
			double owners = 0;
			boolean ownerSection = false;
			for (int r = 1; r <= showback.getLastRowNum(); r++) {
				var row = showback.getRow(r);
				if (row == null || row.getCell(0) == null) {
					continue;
				}
				String first = row.getCell(0).getStringCellValue();
				if (first.equals("Owner")) {
					ownerSection = true;
				}
				else if (!ownerSection && row.getCell(7) != null && !first.equals("Total") && row.getCell(1) != null) {
					workloads += evaluator.evaluate(row.getCell(7)).getNumberValue();
				}
				else if (ownerSection && !first.equals("Total") && row.getCell(4) != null) {
					owners += evaluator.evaluate(row.getCell(4)).getNumberValue();
				}
			}
			assertThat(owners).isPositive().isCloseTo(workloads, within(0.005));
		}
	}

	/**
	 * The sample month, its code-assist host's telemetry attributed to "support*", the
	 * doc-summarizer host's to "=support-chat", its served model's tokens to
	 * "doc?summarizer"; "doc?summarizer" owned by "<>nobody" and support-chat by "*".
	 */
	private Path sampleWithCriteriaNames() throws IOException {
		Path sample = Path.of("input-samples/2026-10");
		Path input = work.resolve("in");
		try (var files = Files.walk(sample)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = input.resolve(sample.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		Path assumptions = input.resolve("assumptions.yaml");
		String yaml = Files.readString(assumptions);
		for (String[] mapping : new String[][] { { "vm-codeassist-01: code-assist", "vm-codeassist-01: \"support*\"" },
				{ "ip-10-0-1-23: doc-summarizer", "ip-10-0-1-23: \"=support-chat\"" },
				{ "meta-llama/Llama-3.3-70B-Instruct: doc-summarizer",
						"meta-llama/Llama-3.3-70B-Instruct: \"doc?summarizer\"" } }) {
			assertThat(yaml).contains(mapping[0]);
			yaml = yaml.replace(mapping[0], mapping[1]);
		}
		Files.writeString(assumptions, yaml + "owners: {\"doc?summarizer\": \"<>nobody\", support-chat: \"*\"}\n");
		return input;
	}

	private static double fullyLoaded(JsonNode summary, String workload) {
		for (JsonNode w : summary.get("workloads")) {
			if (w.get("name").asString().equals(workload)) {
				return w.get("fullyLoadedCost").asDouble();
			}
		}
		throw new AssertionError("no workload " + workload);
	}

}
