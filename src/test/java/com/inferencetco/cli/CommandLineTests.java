package com.inferencetco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.job.DataFolderLock;

/**
 * The command line as cron and CI see it: exit codes, messages that name the file and
 * option, --help.
 */
class CommandLineTests {

	static final String FOCUS_HEADER = "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,"
			+ "ChargePeriodStart,ChargePeriodEnd,EffectiveCost,ProviderName,ServiceName,Tags\n";

	@TempDir
	Path work;

	@Test
	void helpListsTheCommandsAndExitCodes() {
		CliRun help = CliRun.of("--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.stdout()).contains("run")
			.contains("validate")
			.contains("breakeven")
			.contains("3 input rejected");
		assertThat(CliRun.of("run", "--help").exitCode()).isZero();
		assertThat(CliRun.of("validate", "--help").stdout()).contains("--month");
		assertThat(CliRun.of("breakeven", "--help").stdout()).contains("--gpu-hourly-rate");
	}

	@Test
	void wrongOptionsAreUsageErrorsNamingTheOption() {
		CliRun noMonth = CliRun.of("run", "--input", work.toString(), "--output", work.toString());
		assertThat(noMonth.exitCode()).isEqualTo(2);
		assertThat(noMonth.stderr()).contains("--month");
		CliRun badMonth = CliRun.of("run", "--month", "2026-13", "--input", work.toString(), "--output",
				work.toString());
		assertThat(badMonth.exitCode()).isEqualTo(2);
		assertThat(badMonth.stderr()).contains("--month").contains("YYYY-MM");
		CliRun unknown = CliRun.of("run", "--month", "2026-10", "--input", work.toString(), "--output", work.toString(),
				"--colour");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.stderr()).contains("--colour");
	}

	@Test
	void badIngestTuningIsAUsageErrorNamingTheOption() {
		for (String[] bad : new String[][] { { "--inference-tco.ingest.block-rows=abc", "block-rows", "whole number" },
				{ "--inference-tco.ingest.threads=-1", "threads", "at least 0" },
				{ "--inference-tco.ingest.block-keys=0", "block-keys", "at least 1" },
				{ "--inference-tco.ingest.blok-rows=5", "blok-rows", "expected one of" } }) {
			CliRun run = CliRun.of("run", "--month", "2026-10", "--input", "input-samples/2026-10", "--output",
					work.resolve("out").toString(), "--data", work.resolve("data").toString(), bad[0]);
			assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
			assertThat(run.stderr()).contains(bad[1]).contains(bad[2]);
		}
		assertThat(work.resolve("data")).doesNotExist();
	}

	@Test
	void aDistributedRunNeedsPostgresAndAWorkerTimeoutItCanRead() {
		CliRun onH2 = CliRun.of("run", "--month", "2026-10", "--input", "input-samples/2026-10", "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString(), "--distributed");
		assertThat(onH2.exitCode()).as(onH2.toString()).isEqualTo(2);
		assertThat(onH2.stderr()).contains("--distributed needs PostgreSQL").contains("--spring.datasource.url");
		CliRun badTimeout = CliRun.of("run", "--month", "2026-10", "--input", "input-samples/2026-10", "--output",
				work.resolve("out").toString(), "--distributed", "--worker-timeout", "soon",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test");
		assertThat(badTimeout.exitCode()).as(badTimeout.toString()).isEqualTo(2);
		assertThat(badTimeout.stderr()).contains("--worker-timeout").contains("90s, 10m or 2h");
		CliRun workerOnH2 = CliRun.of("worker");
		assertThat(workerOnH2.exitCode()).isEqualTo(2);
		assertThat(workerOnH2.stderr()).contains("PostgreSQL");
		assertThat(work.resolve("data")).doesNotExist();
	}

	@Test
	void aMissingInputFolderIsExit2() {
		CliRun run = CliRun.of("run", "--month", "2026-10", "--input", work.resolve("nowhere").toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.stderr()).contains("nowhere").contains("no such folder");
		assertThat(work.resolve("data")).doesNotExist();
	}

	@Test
	void aFileOfNoSupportedFormatIsExit3NamingItAndTheFormatsTried() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("good.csv"), FOCUS_HEADER
				+ "1.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1.00,X,Y,\n");
		Files.writeString(input.resolve("payroll.csv"), "name,salary\nada,1\n");
		CliRun run = runMonth(input);
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.stderr()).contains("payroll.csv")
			.contains("not a supported export")
			.contains("focus-1.2")
			.contains("aws-cur-legacy");
		assertThat(work.resolve("out/tco-2026-10.json")).doesNotExist();

		CliRun ignored = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
				work.resolve("out").toString(), "--data", work.resolve("data").toString(), "--ignore", "payroll*");
		assertThat(ignored.exitCode()).as(ignored.toString()).isZero();
	}

	@Test
	void aTruncatedGzipIsExit3NamingTheFile() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		StringBuilder csv = new StringBuilder(FOCUS_HEADER);
		for (int i = 0; i < 5000; i++) {
			csv.append("1.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,")
				.append("2026-10-03T00:00:00Z,1.00,Provider ")
				.append(i)
				.append(",Service,\n");
		}
		Path full = work.resolve("full.csv.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(full))) {
			out.write(csv.toString().getBytes());
		}
		byte[] bytes = Files.readAllBytes(full);
		Files.write(input.resolve("focus.csv.gz"), Arrays.copyOf(bytes, bytes.length / 2));
		CliRun run = runMonth(input);
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
		assertThat(run.stderr()).contains("focus.csv.gz");
	}

	@Test
	void mixedCurrenciesWithoutRatesAreExit3() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("usd.csv"), FOCUS_HEADER
				+ "1.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1.00,X,Y,\n");
		Files.writeString(input.resolve("eur.csv"), FOCUS_HEADER
				+ "1.00,EUR,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1.00,X,Y,\n");
		CliRun run = runMonth(input);
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.stderr()).contains("EUR").contains("USD").contains("exchange rate");
	}

	@Test
	void aCurrencyWithoutAnExchangeRateIsExit3NamingTheCurrencyAndDay() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("gbp.csv"), FOCUS_HEADER
				+ "1.00,GBP,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1.00,X,Y,\n");
		Files.writeString(input.resolve("usd.csv"), FOCUS_HEADER
				+ "1.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1.00,X,Y,\n");
		Files.writeString(input.resolve("eurofxref.csv"), "Date,USD,JPY,\n2026-10-01,1.0800,162.50,\n");
		Files.writeString(input.resolve("assumptions.yaml"), "currency: USD\n");
		CliRun run = runMonth(input);
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
		assertThat(run.stderr()).contains("no exchange rate for GBP on 2026-10-02");

		// with the rate, the pound is converted through the euro: 1 GBP = 1.08 / 0.86 USD
		Files.writeString(input.resolve("eurofxref.csv"), "Date,USD,GBP,\n2026-10-01,1.0800,0.8600,\n");
		CliRun converted = runMonth(input);
		assertThat(converted.exitCode()).as(converted.toString()).isZero();
		JsonNode summary = JsonMapper.builder()
			.enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build()
			.readTree(Files.readString(work.resolve("out/tco-2026-10.json")));
		assertThat(summary.get("totals").get("cost").decimalValue().doubleValue()).isCloseTo(1.0 + 1.08 / 0.86,
				Offset.offset(1e-12));
	}

	@Test
	void usageNoInvoiceCoversIsEstimatedFromTheCatalogOrTheUsersPrices() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.copy(Path.of("input-samples/2026-10/openai/usage-completions-2026-10.json"), input.resolve("usage.json"));
		// usage without any bill is no month of its own (exit 3) unless asked for
		assertThat(runMonth(input).exitCode()).isEqualTo(3);
		CliRun run = runMonth(input, "--allow-empty-month");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode summary = readSummary();
		// gpt-4.1-mini at 0.40 / 0.10 (cached) / 1.60 per million: uncached 77.5M x 0.40
		// = 31.00, cached 24.8M x
		// 0.10 = 2.48, output 20.925M x 1.60 = 33.48; 66.96 in all, none of it invoiced
		assertThat(summary.get("totals").get("cost").decimalValue()).isEqualByComparingTo("0");
		assertThat(summary.get("totals").get("estimatedCost").decimalValue()).isEqualByComparingTo("66.96");
		// the user's own price wins: (77.5M + 24.8M) x 1.00 + 20.925M x 2.00 = 144.15
		Files.writeString(input.resolve("assumptions.yaml"),
				"modelPrices:\n  gpt-4.1-mini-2025-04-14: {input: 1.00, output: 2.00}\n");
		assertThat(runMonth(input, "--allow-empty-month").exitCode()).isZero();
		assertThat(readSummary().get("totals").get("estimatedCost").decimalValue()).isEqualByComparingTo("144.15");
	}

	private JsonNode readSummary() throws IOException {
		return JsonMapper.builder()
			.enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build()
			.readTree(Files.readString(work.resolve("out/tco-2026-10.json")));
	}

	@Test
	void theAssumptionsCommandPrintsEveryParameterWithItsSource() {
		CliRun run = CliRun.of("assumptions");
		assertThat(run.exitCode()).isZero();
		assertThat(run.stdout()).contains("dedicatedGpuHourlyRate: 2.50")
			.contains("# Source:")
			.contains("onPremDepreciationMethod");
	}

	@Test
	@SuppressWarnings("try") // the lock is held, never referenced
	void aSecondRunOnTheSameDataFolderIsRefusedWithExit4() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("usd.csv"), FOCUS_HEADER
				+ "1.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1.00,X,Y,\n");
		try (DataFolderLock held = DataFolderLock.acquire(work.resolve("data").toAbsolutePath())) {
			CliRun run = runMonth(input);
			assertThat(run.exitCode()).isEqualTo(4);
			assertThat(run.stderr()).contains("busy").contains("process " + ProcessHandle.current().pid());
		}
		assertThat(runMonth(input).exitCode()).isZero();
	}

	@Test
	@SuppressWarnings("try") // the lock is held, never referenced
	void aSecondRunWritingTheSameReportsIsRefusedWithExit4EvenWithAnotherDatabase() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("usd.csv"), FOCUS_HEADER
				+ "1.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1.00,X,Y,\n");
		Path out = Files.createDirectories(work.resolve("out")).toAbsolutePath();
		try (DataFolderLock held = DataFolderLock.acquireOutput(out)) {
			CliRun run = CliRun.of("run", "--month", "2026-10", "--input", input.toString(), "--output", out.toString(),
					"--data", work.resolve("other-data").toString());
			assertThat(run.exitCode()).isEqualTo(4);
			assertThat(run.stderr()).contains("busy: another run holds the report folder " + out)
				.contains("process " + ProcessHandle.current().pid())
				.contains("another --output folder");
			assertThat(out.resolve("tco-2026-10.json")).doesNotExist();
		}
		assertThat(runMonth(input).exitCode()).isZero();
	}

	@Test
	void invalidAssumptionsAreExit2NamingTheKey() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("usd.csv"), FOCUS_HEADER
				+ "1.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1.00,X,Y,\n");
		Files.writeString(input.resolve("assumptions.yaml"), "targetUtilization: 1.7\n");
		CliRun run = runMonth(input);
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.stderr()).contains("targetUtilization").contains("at most 1");
		Files.writeString(input.resolve("assumptions.yaml"), "serverlesPrice: 1\n");
		assertThat(runMonth(input).stderr()).contains("unknown assumption key").contains("serverlesPrice");
	}

	@Test
	void validatePrintsOneLinePerFileAndWritesNothing() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("usd.csv"), FOCUS_HEADER
				+ "1.25,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1.25,X,Y,\n"
				+ "oops,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1.25,X,Y,\n");
		CliRun validate = CliRun.of("validate", "--month", "2026-10", "--input", input.toString());
		assertThat(validate.exitCode()).isZero();
		assertThat(validate.stdout()).contains("usd.csv: focus-1.0, 2 rows, 1 rejected, invoiced 1.25 USD in 2026-10");
		try (var files = Files.list(work)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in");
		}
	}

	@Test
	void validateSaysWhatEachFileInvoicesInTheMonthAndNamesFilesWithoutCost() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		// 1.25 in October and 2.00 billed in September: the month's invoiced cost is 1.25
		Files.writeString(input.resolve("two-months.csv"), FOCUS_HEADER
				+ "1.25,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1.25,X,Y,\n"
				+ "2.00,USD,2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,Usage,2026-09-02T00:00:00Z,2026-09-03T00:00:00Z,2.00,X,Y,\n");
		Files.writeString(input.resolve("header-only.csv"), FOCUS_HEADER);
		Files.writeString(input.resolve("ecb.csv"), "Date,USD,\n2026-10-01,1.1000,\n");
		CliRun validate = CliRun.of("validate", "--month", "2026-10", "--input", input.toString());
		assertThat(validate.exitCode()).as(validate.toString()).isZero();
		assertThat(validate.stdout())
			.contains("two-months.csv: focus-1.0, 2 rows, 1 rejected, invoiced 1.25 USD in 2026-10 (3.25 USD in the "
					+ "file, 2.00 USD of it in rejected rows or rows of other months)")
			.contains("header-only.csv: focus-1.0, 0 rows, 0 rejected, no invoiced row")
			.contains("ecb.csv: ecb-rates, 1 rows, 0 rejected, exchange rates, no cost")
			.doesNotContain("null");
	}

	@Test
	void breakevenAnswersTheContractKeys() throws IOException {
		CliRun run = CliRun.of("breakeven", "--gpu-hourly-rate", "2.50", "--tokens-per-second", "2000",
				"--serverless-price-per-million", "0.90", "--utilization", "0.6", "--tokens-per-conversation", "3000",
				"--json");
		assertThat(run.exitCode()).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(run.stdout());
		// 2.5e6 / (0.9 x 2000 x 3600) = 0.385802469...
		assertThat(json.get("breakEvenUtilization").asDouble()).isCloseTo(0.3858024691358, Offset.offset(1e-12));
		assertThat(json.get("dedicatedCostPerMillion").asDouble()).isCloseTo(0.5787037037037, Offset.offset(1e-12));
		assertThat(json.get("breakEvenTokensPerMinute").asDouble()).isCloseTo(46296.296296296, Offset.offset(1e-6));
		assertThat(json.get("breakEvenConversationsPerDay").asDouble()).isCloseTo(22222.222222222, Offset.offset(1e-6));
		assertThat(json.get("cheaper").asString()).isEqualTo("dedicated");
		assertThat(json.get("dedicatedCanWin").asBoolean()).isTrue();
		// the rent at which dedicated breaks even at U: 0.90 x 2,000 x 3,600 x 0.6 / 10^6
		// = 3.888
		assertThat(json.get("breakEvenGpuHourlyRate").decimalValue()).isEqualByComparingTo("3.888");
		assertThat(json.propertyNames()).containsExactly("breakEvenUtilization", "dedicatedCostPerMillion",
				"breakEvenTokensPerMinute", "breakEvenConversationsPerDay", "cheaper", "dedicatedCanWin",
				"breakEvenGpuHourlyRate");
	}

	@Test
	void breakevenWithFixedCostsClimbsTheStaircaseOfWholeGpus() {
		CliRun run = CliRun.of("breakeven", "--gpu-hourly-rate", "2.5", "--tokens-per-second", "2000",
				"--serverless-price-per-million", "0.9", "--utilization", "0.6", "--fixed-monthly-cost", "8862.5",
				"--hours-per-month", "730", "--json");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(run.stdout());
		// one GPU serves 2,000 x 3,600 x 730 x 0.6 = 3,153,600,000 tokens a month, worth
		// 2,838.24 on the API against
		// 2.5 x 730 = 1,825 of rent: 1,013.24 a GPU towards the fixed 8,862.50, so
		// 8,862.5 / 1,013.24 = 8.75 -> 9 GPUs;
		// the volume: (9 x 1,825 + 8,862.5) x 10^6 / 0.9 = 28,097,222,222 tokens a month,
		// / (730 x 60) = 641,489.09 a minute
		assertThat(json.get("gpusAtFixedCostBreakEven").asInt()).isEqualTo(9);
		assertThat(json.get("fixedCostBreakEvenTokensPerMinute").asDouble()).isCloseTo(641_489.0918,
				Offset.offset(1e-3));
		// at 8 GPUs the same volume would not fit (8 x 3,153,600,000 = 25,228,800,000 <
		// 28,097,222,222): a step up
		assertThat(8 * 3_153_600_000L).isLessThan(28_097_222_222L);
		CliRun help = CliRun.of("breakeven", "--help");
		assertThat(help.stdout()).contains("staircase").contains("--fixed-monthly-cost").contains("--hours-per-month");
	}

	@Test
	void breakevenSaysWhenDedicatedCannotWin() {
		// 12.29 x 10^6 / (0.9 x 2,000 x 3,600) = 1.8966: above 100 %; at U 0.6 the rent
		// must fall to 3.888
		CliRun run = CliRun.of("breakeven", "--gpu-hourly-rate", "12.29", "--tokens-per-second", "2000",
				"--serverless-price-per-million", "0.9", "--utilization", "0.6", "--fixed-monthly-cost", "100",
				"--json");
		JsonNode json = JsonMapper.builder().build().readTree(run.stdout());
		assertThat(json.get("dedicatedCanWin").asBoolean()).isFalse();
		assertThat(json.get("breakEvenGpuHourlyRate").decimalValue()).isEqualByComparingTo("3.888");
		assertThat(json.get("gpusAtFixedCostBreakEven").isNull()).isTrue();
		assertThat(CliRun
			.of("breakeven", "--gpu-hourly-rate", "12.29", "--tokens-per-second", "2000",
					"--serverless-price-per-million", "0.9")
			.stdout()).contains("Dedicated can win:                no");
	}

	@Test
	void breakevenRefusesBadValuesNamingTheOption() {
		CliRun zero = CliRun.of("breakeven", "--gpu-hourly-rate", "0", "--tokens-per-second", "2000",
				"--serverless-price-per-million", "0.90");
		assertThat(zero.exitCode()).isEqualTo(2);
		assertThat(zero.stderr()).contains("--gpu-hourly-rate");
		CliRun text = CliRun.of("breakeven", "--gpu-hourly-rate", "2.5", "--tokens-per-second", "fast",
				"--serverless-price-per-million", "0.90");
		assertThat(text.exitCode()).isEqualTo(2);
		assertThat(text.stderr()).contains("--tokens-per-second");
		CliRun missing = CliRun.of("breakeven", "--gpu-hourly-rate", "2.5", "--tokens-per-second", "100");
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.stderr()).contains("--serverless-price-per-million");
		CliRun negative = CliRun.of("breakeven", "--gpu-hourly-rate", "2.5", "--tokens-per-second", "100",
				"--serverless-price-per-million", "-1");
		assertThat(negative.exitCode()).isEqualTo(2);
		assertThat(negative.stderr()).contains("--serverless-price-per-million");
	}

	private CliRun runMonth(Path input, String... more) {
		List<String> args = new ArrayList<>(List.of("run", "--month", "2026-10", "--input", input.toString(),
				"--output", work.resolve("out").toString(), "--data", work.resolve("data").toString()));
		args.addAll(List.of(more));
		return CliRun.of(args.toArray(String[]::new));
	}

}
