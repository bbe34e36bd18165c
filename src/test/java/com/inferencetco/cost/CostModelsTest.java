package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.inferencetco.catalog.GpuCatalog;
import com.inferencetco.catalog.ModelArchitectures;
import com.inferencetco.catalog.ModelPriceCatalog;
import com.inferencetco.cost.ServerlessCostModel.Tier;
import com.inferencetco.cost.ServerlessCostModel.Tokens;
import com.inferencetco.model.BillingMonth;

/**
 * Each cost model against arithmetic done by hand (the derivation is in the comment above
 * each check); the reference cases are those of reference/notes/cost-model.md section 6.
 */
class CostModelsTest {

	@Test
	void raisingThroughputFrom50To120CutsCostPerTokenBy58Point3Percent() {
		// cost per token is proportional to 1 / throughput: 1 - 50/120 = 0.583333...
		BigDecimal at50 = BreakEvenSolver.dedicatedCostPerMillion(bd("2.50"), bd("50"), BigDecimal.ONE);
		BigDecimal at120 = BreakEvenSolver.dedicatedCostPerMillion(bd("2.50"), bd("120"), BigDecimal.ONE);
		assertThat(1 - at120.doubleValue() / at50.doubleValue()).isCloseTo(0.5833333333, within(1e-9));
		// and the dedicated cost per million on the allocation basis: 2.50 x 10^6 /
		// (1,000 x 3,600 x 0.5) = 1.388889
		assertThat(BreakEvenSolver.dedicatedCostPerMillion(bd("2.50"), bd("1000"), bd("0.5")).doubleValue())
			.isCloseTo(1.3888888889, within(1e-9));
	}

	@Test
	void breakEvenLiesInside40To50PercentForTheStatedInputs() {
		// stated inputs: serverless 0.90 per million, 2,000 aggregate tokens/s per GPU,
		// GPU at 2.50 and 3.00 an hour
		// 2.50e6 / (0.90 x 2,000 x 3,600) = 0.3858; 3.00e6 / 6,480,000 = 0.46296
		BigDecimal low = BreakEvenSolver.solve(bd("2.50"), bd("2000"), bd("0.90"), BigDecimal.ONE, null)
			.breakEvenUtilization();
		BigDecimal high = BreakEvenSolver.solve(bd("3.00"), bd("2000"), bd("0.90"), BigDecimal.ONE, null)
			.breakEvenUtilization();
		assertThat(low.doubleValue()).isCloseTo(0.3858024691, within(1e-9));
		assertThat(high.doubleValue()).isCloseTo(0.4629629630, within(1e-9)).isBetween(0.40, 0.50);
	}

	@Test
	void awsEgressTiersForTensOfTerabytes() {
		// 30,000 GB: 100 GB free; 10,240 GB x 0.09 = 921.60; the rest 19,660 GB x 0.085 =
		// 1,671.10; total 2,592.70
		assertThat(EgressTierModel.AWS.cost(bd("30000"))).isEqualByComparingTo("2592.70");
		// 60,000 GB: 921.60 + 40,960 x 0.085 = 3,481.60 + (59,900 - 51,200 = 8,700) x
		// 0.07 = 609.00: 5,012.20
		assertThat(EgressTierModel.AWS.cost(bd("60000"))).isEqualByComparingTo("5012.20");
		// under the free allowance nothing is charged; zero-egress offers charge nothing
		// at all
		assertThat(EgressTierModel.AWS.cost(bd("80"))).isEqualByComparingTo("0");
		assertThat(EgressTierModel.ZERO_EGRESS.cost(bd("60000"))).isEqualByComparingTo("0");
		// Google prices per GiB: 1,000 GB = 931.32 GiB x 0.12 = 111.76
		assertThat(EgressTierModel.GOOGLE.cost(bd("1000")).doubleValue()).isCloseTo(111.758, within(0.001));
	}

	@Test
	void macrsFiveYearScheduleOfAnEightGpuServer() {
		// 320,000 x 20 %, 32 %, 19.2 %, 11.52 %, 11.52 %, 5.76 % (IRS Publication 946)
		List<BigDecimal> years = Depreciation.MACRS_5.schedule(bd("320000"), 5, BigDecimal.ZERO, BigDecimal.ZERO);
		assertThat(years).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(bd("64000"), bd("102400"), bd("61440"), bd("36864"), bd("36864"), bd("18432"));
	}

	@Test
	void doubleDecliningSwitchesToStraightLineAndEndsAtTheResidual() {
		// 1,000 over 5 years at 40 %: 400, 240, 144; then straight-line on the 216 left:
		// 108, 108
		List<BigDecimal> years = Depreciation.DOUBLE_DECLINING.schedule(bd("1000"), 5, BigDecimal.ZERO,
				BigDecimal.ZERO);
		assertThat(years.stream().map(BigDecimal::doubleValue).toList()).containsExactly(400.0, 240.0, 144.0, 108.0,
				108.0);
	}

	@Test
	void capitalRecoveryFactor() {
		// CRF = r (1+r)^n / ((1+r)^n - 1): 0.08 x 1.259712 / 0.259712 = 0.388034; n = 5:
		// 0.250456
		assertThat(Depreciation.capitalRecoveryFactor(bd("0.08"), 3).doubleValue()).isCloseTo(0.388034, within(1e-6));
		assertThat(Depreciation.capitalRecoveryFactor(bd("0.08"), 5).doubleValue()).isCloseTo(0.250456, within(1e-6));
		assertThat(Depreciation.capitalRecoveryFactor(BigDecimal.ZERO, 4)).isEqualByComparingTo("0.25");
	}

	@Test
	void ownedGpuHourCostsOfTheFoundingNode() {
		// an 8-GPU $320k node, 10.2 kW, PUE 1.2, $0.083/kWh, $184.06 per kW-month, no
		// staff, 2-year straight line
		OnPremModel node = new OnPremModel(bd("320000"), 8, 2, BigDecimal.ZERO, Depreciation.STRAIGHT_LINE,
				BigDecimal.ZERO, bd("10.2"), bd("1.2"), bd("0.083"), bd("184.06"), BigDecimal.ZERO, BigDecimal.ZERO,
				bd("730"));
		BigDecimal gpuHours = bd("730").multiply(bd("8"));
		// hardware: 320,000 / (2 x 8,760 x 8) = 2.2831 per GPU-hour
		assertThat(node.capitalPerServerMonth().divide(gpuHours, BreakEvenSolver.PRECISION).doubleValue())
			.isCloseTo(2.283105, within(1e-6));
		// power: 10.2 x 1.2 x 0.083 / 8 = 0.12699; colocation: 10.2 x 184.06 / 730 / 8 =
		// 0.32147
		assertThat(node.powerPerServerMonth().divide(gpuHours, BreakEvenSolver.PRECISION).doubleValue())
			.isCloseTo(0.12699, within(1e-5));
		assertThat(node.colocationPerServerMonth().divide(gpuHours, BreakEvenSolver.PRECISION).doubleValue())
			.isCloseTo(0.32147, within(1e-5));
		// payback against renting 8 GPUs at 2.50: 320,000 / (2.50 x 730 x 8 - running
		// 741.44 - 1,877.41) = 25.2 months
		double running = 10.2 * 1.2 * 730 * 0.083 + 10.2 * 184.06;
		assertThat(node.paybackMonths(bd("2.50")).doubleValue()).isCloseTo(320000 / (2.50 * 730 * 8 - running),
				within(1e-6));
		// renting below the running costs never pays back
		assertThat(node.paybackMonths(bd("0.30"))).isNull();
	}

	@Test
	void staffLoadingAndComplianceAmortization() {
		// wages are 70.5 % of compensation: 1 / 0.705 = 1.41844; one engineer at 150,000,
		// half on inference:
		// 150,000 x 1.418 x 0.5 / 12 = 8,862.50 a month
		assertThat(1 / 0.705).isCloseTo(1.418440, within(1e-6));
		assertThat(StaffAndComplianceModel.engineeringPerMonth(bd("1"), bd("150000"), bd("1.418"), bd("0.5")))
			.isEqualByComparingTo("8862.50");
		// 48,000 over 36 months + 18,500 a year = 1,333.33 + 1,541.67 = 2,875.00
		assertThat(StaffAndComplianceModel.compliancePerMonth(bd("48000"), bd("36"), bd("18500")).doubleValue())
			.isCloseTo(2875.00, within(1e-9));
	}

	@Test
	void serverlessTiersPriceEachTokenKind() {
		// gpt-4.1-mini: input 0.40, output 1.60, cache read 0.10 per million; batch 0.20
		// / 0.80; no cache-write price
		var price = ModelPriceCatalog.shipped().find("gpt-4.1-mini-2025-04-14").orElseThrow();
		Tokens tokens = new Tokens(bd("1000000"), bd("500000"), bd("200000"), bd("100000"));
		// 0.40 + 0.80 + 0.02 + 0.04 (cache writes at the input price) = 1.26
		assertThat(ServerlessCostModel.cost(tokens, price, Tier.STANDARD, bd("0.5"), bd("0.75")).doubleValue())
			.isCloseTo(1.26, within(1e-12));
		// batch: 0.20 + 0.40 + 0.02 + 0.02 = 0.64
		assertThat(ServerlessCostModel.cost(tokens, price, Tier.BATCH, bd("0.5"), bd("0.75")).doubleValue())
			.isCloseTo(0.64, within(1e-12));
		// priority: 1.26 x 1.75 = 2.205
		assertThat(ServerlessCostModel.cost(tokens, price, Tier.PRIORITY, bd("0.5"), bd("0.75")).doubleValue())
			.isCloseTo(2.205, within(1e-12));
	}

	@Test
	void rooflineFlagsAPerStreamSpeedAndAnImpossibleThroughput() {
		var h100 = GpuCatalog.shipped().spec("H100").orElseThrow();
		// a 70B model with the 70B geometry (80 layers, 8 KV heads, head dimension 128),
		// FP8
		var model = new ModelArchitectures.Architecture("70b", ModelArchitectures.Family.CHAT, bd("70"), 80, 8, 128,
				"test");
		var estimator = new ThroughputEstimator(TcoAssumptions.defaults());
		// one stream: 3.35 TB/s / 70 GB = 47.857 tokens/s; the batch: 1,978.9 TFLOPS / (2
		// x 70e9) = 14,135 tokens/s
		RooflineCheck fifty = RooflineCheck.of(h100, model, estimator, bd("1"), bd("50"));
		assertThat(fifty.perStreamCeiling().doubleValue()).isCloseTo(47.857, within(0.001));
		assertThat(fifty.aggregateCeiling().doubleValue()).isCloseTo(14135.0, within(1.0));
		assertThat(fifty.flagged()).isTrue();
		assertThat(fifty.verdict()).contains("per-stream");
		// KV-cache ceiling on 2 x H100 (70 GB of weights take over 65 % of one): 160 GB -
		// 70 GB = 90 GB for requests of
		// 2 x 80 x 8 x 128 values x 1 byte x 2,048 tokens = 335,544,320 bytes: 268
		// requests;
		// 268 x 6.7 TB/s / (70e9 + 268 x 335,544,320) = 11,243.5 tokens/s per pair,
		// 5,621.7 per GPU
		assertThat(fifty.memoryCeiling().doubleValue()).isCloseTo(268 * 6.7e12 / (70e9 + 268 * 335_544_320.0) / 2,
				within(0.01));
		assertThat(RooflineCheck.of(h100, model, estimator, bd("1"), bd("2000")).flagged()).isFalse();
		assertThat(RooflineCheck.of(h100, model, estimator, bd("1"), bd("8000")).verdict())
			.startsWith("above the KV-cache");
		assertThat(RooflineCheck.of(h100, model, estimator, bd("1"), bd("20000")).verdict()).startsWith("implausible");
	}

	@Test
	void scaleToZeroPaysBusyHoursAndColdStarts() {
		// 10 an hour, 10 busy hours, 20 cold starts of 15 s, 30 days:
		// warm 10 x 24 x 30 = 7,200; zero 10 x (10 + 300/3,600) x 30 = 3,025; waiting 20
		// x 15 x 30 = 9,000 s
		ColdStartModel model = new ColdStartModel(bd("10"), bd("10"), bd("24"), bd("20"), bd("15"), 30);
		assertThat(model.keepWarmCost()).isEqualByComparingTo("7200");
		assertThat(model.scaleToZeroCost().doubleValue()).isCloseTo(3025.0, within(1e-9));
		assertThat(model.waitingSecondsPerMonth()).isEqualByComparingTo("9000");
	}

	@Test
	void nextGenerationGpusScaleThroughputByMemoryBandwidth() {
		TcoEngine engine = new TcoEngine(TcoAssumptions.defaults(), BillingMonth.parse("2026-10"));
		var scenarios = engine.scenarios(bd("2.50"), bd("2000"), bd("0.90"),
				GpuCatalog.shipped().spec("H100").orElseThrow());
		// H200: 2,000 x 4.8 / 3.35 = 2,865.67 tokens/s at 2.50 x 3.50 / 2.95 = 2.966 an
		// hour
		Scenario h200 = scenarios.get(1);
		assertThat(h200.tokensPerSecond().doubleValue()).isCloseTo(2865.6716, within(1e-3));
		assertThat(h200.hourlyRate().doubleValue()).isCloseTo(2.966102, within(1e-6));
		// FP8 doubles throughput at the same rate, so it halves the break-even
		// utilization
		Scenario fp8 = scenarios.get(3);
		assertThat(fp8.breakEvenUtilization().doubleValue())
			.isCloseTo(scenarios.get(0).breakEvenUtilization().doubleValue() / 2, within(1e-12));
	}

	@Test
	void tornadoAndBandMoveEachInputByTheRange() {
		TcoEngine engine = new TcoEngine(TcoAssumptions.defaults(), BillingMonth.parse("2026-10"));
		// base U* = 2.5e6 / (0.9 x 2,000 x 3,600) = 0.385802; at +/-25 %:
		// rate 0.75x -> 0.289352, 1.25x -> 0.482253; throughput 0.75x -> 0.514403, 1.25x
		// -> 0.308642
		var bars = engine.tornado(bd("2.50"), bd("2000"), bd("0.90"));
		SensitivityBar rate = bars.stream()
			.filter(b -> b.parameter().equals("GPU hourly rate"))
			.findFirst()
			.orElseThrow();
		assertThat(rate.resultAtLow().doubleValue()).isCloseTo(0.289352, within(1e-6));
		assertThat(rate.resultAtHigh().doubleValue()).isCloseTo(0.482253, within(1e-6));
		// the band: lowest with cheap GPUs, fast GPUs, dear API: 0.385802 x 0.75 / (1.25
		// x 1.25) = 0.185185;
		// highest: 0.385802 x 1.25 / (0.75 x 0.75) = 0.857339
		BigDecimal[] band = engine.band(bd("2.50"), bd("2000"), bd("0.90"));
		assertThat(band[0].doubleValue()).isCloseTo(0.185185, within(1e-6));
		assertThat(band[1].doubleValue()).isCloseTo(0.857339, within(1e-6));
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

}
