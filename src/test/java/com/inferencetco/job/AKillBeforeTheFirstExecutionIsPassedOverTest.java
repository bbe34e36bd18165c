package com.inferencetco.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.inferencetco.ExitCode;
import com.inferencetco.model.BillingMonth;

/**
 * A process killed after Spring Batch created a run's job instance but before its first
 * execution leaves an instance with no execution, which Spring Batch refuses to start
 * again ("Cannot find any job execution for job instance"; seen once in the kill
 * harness). The next run passes over its run number and completes.
 */
@SpringBootTest
class AKillBeforeTheFirstExecutionIsPassedOverTest {

	@TempDir
	Path work;

	@Autowired
	MonthEndRunner runner;

	@Autowired
	JobRepository jobRepository;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:orphan-instance;DB_CLOSE_DELAY=-1");
	}

	@Test
	void theRunAfterAnInstanceWithoutExecutionTakesTheNextRunNumber() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("focus.csv"), "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
				+ "ChargeCategory,ChargePeriodStart,ChargePeriodEnd,EffectiveCost,ProviderName,ServiceName,Tags\n"
				+ "12.50,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,"
				+ "12.50,X,Y,\n");
		// what the killed process left: run 1's instance, no execution
		JobParameters runOne = new JobParametersBuilder().addString(RunParameters.BILLING_MONTH, "2026-10")
			.addString(RunParameters.INPUT_DIR, input.toAbsolutePath().toString())
			.addLong(RunParameters.RUN_NUMBER, 1L)
			.toJobParameters();
		jobRepository.createJobInstance(MonthEndJobConfiguration.JOB_NAME, runOne);

		RunResult result = runner.run(new RunRequest(BillingMonth.parse("2026-10"), input.toAbsolutePath(),
				work.resolve("out"), null, List.of()));

		assertThat(result.exitCode()).as(result.message()).isEqualTo(ExitCode.SUCCESS);
		assertThat(result.model().cost()).isEqualByComparingTo("12.50");
		assertThat(jobRepository.getJobInstances(MonthEndJobConfiguration.JOB_NAME, 0, 10)).hasSize(2);
	}

}
