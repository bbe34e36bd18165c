package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.DecisionAssertions;
import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;
import com.inferencetco.report.WorkbookDecisions;

/**
 * Capacity the account has committed to is not avoidable (issue 27): two p5.48xlarge (8
 * H100 each) run all of October (744 hours) for the workload "training", once under a
 * Savings Plan and once under reserved instances, both at 20.00 an instance-hour against
 * 55.04 on demand. The invoice charges 2 x 744 x 20.00 = 29,760.00 either way; the GPUs
 * are 2 x 8 x 744 = 11,904 H100-hours, counted once. Renting the same GPUs at 2.50 would
 * cost 11,904 x 2.50 = 29,760.00 more on top of the commitment, which keeps being billed:
 * no decision may claim a saving.
 */
class CommittedCapacityFunctionalTests {

	static final String HEADER = "identity/LineItemId,bill/PayerAccountId,bill/BillingPeriodStartDate,lineItem/UsageAccountId,"
			+ "lineItem/LineItemType,lineItem/UsageStartDate,lineItem/ProductCode,lineItem/UsageType,"
			+ "lineItem/UsageAmount,lineItem/CurrencyCode,lineItem/UnblendedCost,pricing/unit,product/instanceType,"
			+ "lineItem/ResourceId,resourceTags/user:workload\n";

	@TempDir
	Path work;

	@Test
	void gpusUnderASavingsPlanAreNotToldToRentCheaper() throws IOException {
		StringBuilder cur = new StringBuilder(HEADER);
		for (String instance : new String[] { "i-1", "i-2" }) {
			// on-demand cost of the covered usage: 744 x 55.04 = 40,949.76, cancelled by
			// the negation
			cur.append(line("SavingsPlanCoveredUsage", "AmazonEC2", "USE1-BoxUsage:p5.48xlarge", "744", "40949.76",
					"p5.48xlarge", instance, "training"));
			cur.append(line("SavingsPlanNegation", "AmazonEC2", "USE1-BoxUsage:p5.48xlarge", "744", "-40949.76",
					"p5.48xlarge", instance, "training"));
		}
		// the plan's fee: 1,488 instance-hours x 20.00
		cur.append(line("SavingsPlanRecurringFee", "ComputeSavingsPlans", "ComputeSP:3yrNoUpfront", "1488", "29760.00",
				"", "", ""));
		JsonNode summary = run(cur);
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("29760.00");
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).isEqualByComparingTo("11904");
		// the covered usage nets to what the invoice charges for it: nothing; the fee is
		// not GPU time
		assertThat(summary.get("totals").get("byCategory").get("gpu-compute").decimalValue()).isEqualByComparingTo("0");
		JsonNode training = workload(summary, "training");
		assertThat(training.get("gpuHours").decimalValue()).isEqualByComparingTo("11904");
		assertThat(training.get("decision").get("action").asString()).isEqualTo("keep-dedicated");
		noWorkloadClaimsASaving(summary);
	}

	@Test
	void gpusUnderReservedInstancesAreCountedOnceAndNotToldToRentCheaper() throws IOException {
		StringBuilder cur = new StringBuilder(HEADER);
		for (String instance : new String[] { "i-1", "i-2" }) {
			cur.append(line("DiscountedUsage", "AmazonEC2", "USE1-BoxUsage:p5.48xlarge", "744", "0", "p5.48xlarge",
					instance, "training"));
		}
		// the reservation's fee: 1,488 reserved instance-hours x 20.00 (no GPU time of
		// its own)
		cur.append(
				line("RIFee", "AmazonEC2", "USE1-HeavyUsage:p5.48xlarge", "1488", "29760.00", "p5.48xlarge", "", ""));
		JsonNode summary = run(cur);
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("29760.00");
		assertThat(summary.get("gpuHours").get("H100").decimalValue()).as("11,904, not 23,808")
			.isEqualByComparingTo("11904");
		// the fee is money for GPUs: GPU compute
		assertThat(summary.get("totals").get("byCategory").get("gpu-compute").decimalValue())
			.isEqualByComparingTo("29760.00");
		JsonNode training = workload(summary, "training");
		assertThat(training.get("gpuHours").decimalValue()).isEqualByComparingTo("11904");
		assertThat(training.get("decision").get("action").asString()).isEqualTo("keep-dedicated");
		JsonNode fee = workload(summary, "AmazonEC2");
		assertThat(fee.get("gpuHours").decimalValue()).isEqualByComparingTo("0");
		assertThat(fee.get("decision").get("action").asString()).isEqualTo("none");
		noWorkloadClaimsASaving(summary);
	}

	private static void noWorkloadClaimsASaving(JsonNode summary) {
		for (JsonNode w : summary.get("workloads")) {
			DecisionAssertions.neverLosesMoney(w.get("decision"));
			assertThat(w.get("decision").get("monthlySaving").decimalValue()).as(w.get("name").asString())
				.isEqualByComparingTo("0");
		}
	}

	private static String line(String type, String product, String usageType, String amount, String cost,
			String instanceType, String resource, String workload) {
		return String.join(",", type + "-" + resource, "111111111111", "2026-10-01T00:00:00Z", "222222222222", type,
				"2026-10-01T00:00:00Z", product, usageType, amount, "USD", cost, "Hrs", instanceType, resource,
				workload) + "\n";
	}

	private JsonNode run(StringBuilder cur) throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("cur-2026-10.csv"), cur);
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		// the workbook's formulas reach the same decisions
		try (var wb = new XSSFWorkbook(Files.newInputStream(work.resolve("out/tco-2026-10.xlsx")))) {
			var sheet = wb.getSheet("Workloads");
			var evaluator = wb.getCreationHelper().createFormulaEvaluator();
			for (var row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(0) != null) {
					WorkbookDecisions.assertRowStatesTheDecision(sheet, row, evaluator,
							workload(summary, row.getCell(0).getStringCellValue()));
				}
			}
		}
		return summary;
	}

	private static JsonNode workload(JsonNode summary, String name) {
		for (JsonNode w : summary.get("workloads")) {
			if (w.get("name").asString().equals(name)) {
				return w;
			}
		}
		throw new AssertionError("no workload " + name + " in " + summary.get("workloads"));
	}

}
