package com.inferencetco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.inferencetco.SummaryJson;

/**
 * OCI writes a usage report beside each cost report: the same lines' quantities without
 * their cost. Found beside the cost report, it is skipped with a note (it stopped the
 * month with exit 3, "not a supported export"), and the month is the cost report's.
 */
class AnOciUsageReportIsSkippedWithANoteTest {

	@TempDir
	Path work;

	@Test
	void theCostReportIsTheBillAndTheUsageReportANote() throws Exception {
		Path input = Files.createDirectories(work.resolve("oci"));
		Files.copy(Path.of("input-samples/2026-10/oci/cost-report-2026-10.csv"), input.resolve("cost-report.csv"));
		Files.writeString(input.resolve("usage-report.csv"), "lineItem/referenceNo,lineItem/tenantId,"
				+ "lineItem/intervalUsageStart,lineItem/intervalUsageEnd,product/service,product/resource,"
				+ "product/compartmentId,product/region,product/resourceId,usage/consumedQuantity,usage/billedQuantity,"
				+ "usage/consumedQuantityUnits,usage/consumedQuantityMeasure,lineItem/isCorrection\n"
				+ "ref-1,tenancy-1,2026-10-01T00:00Z,2026-10-01T01:00Z,COMPUTE,GPU.A10,comp-1,eu-frankfurt-1,"
				+ "ocid1.instance.1,1,1,HOURS,HOURS,false\n");
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = SummaryJson.read(work.resolve("out/tco-2026-10.json"));
		assertThat(summary.get("skippedInputs").toString()).contains("usage-report.csv")
			.contains("an OCI usage report (quantities without cost)");
		assertThat(summary.get("inputs")).hasSize(1);
		assertThat(summary.get("inputs").get(0).get("format").asString()).isEqualTo("oci-cost");
	}

}
