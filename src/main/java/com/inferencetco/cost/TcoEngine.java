package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.inferencetco.catalog.GpuCatalog;
import com.inferencetco.catalog.GpuCatalog.GpuSpec;
import com.inferencetco.catalog.ModelArchitectures;
import com.inferencetco.model.BillingMonth;

/**
 * The modelled side of the TCO, from the assumptions and the month's measured figures:
 * people, compliance, owned hardware, egress alternatives, scale-to-zero, scenarios,
 * sensitivity and plausibility. Every figure is a function of named assumptions, so the
 * workbook can recompute it with formulas over the same names.
 */
public final class TcoEngine {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private final TcoAssumptions a;

	private final BillingMonth month;

	public TcoEngine(TcoAssumptions assumptions, BillingMonth month) {
		this.a = assumptions;
		this.month = month;
	}

	public OnPremModel onPremModel() {
		return new OnPremModel(a.value(Parameter.SERVER_CAPEX), a.whole(Parameter.GPUS_PER_SERVER),
				a.whole(Parameter.LIFE_YEARS), a.value(Parameter.RESIDUAL), a.choices().depreciation(),
				a.value(Parameter.COST_OF_CAPITAL), a.value(Parameter.SERVER_POWER), a.value(Parameter.PUE),
				a.value(Parameter.POWER_PRICE), a.value(Parameter.COLOCATION), a.value(Parameter.OPS_FTE_PER_SERVER),
				StaffAndComplianceModel.loadedFteMonth(a.value(Parameter.ENGINEERING_SALARY),
						a.value(Parameter.ENGINEERING_LOADING)),
				BigDecimal.valueOf(month.value().lengthOfMonth() * 24L));
	}

	/**
	 * Engineers running the inference platform, fully loaded, for the share of their time
	 * inference takes.
	 */
	public BigDecimal engineeringPerMonth() {
		return StaffAndComplianceModel.engineeringPerMonth(a.value(Parameter.ENGINEERING_FTE),
				a.value(Parameter.ENGINEERING_SALARY), a.value(Parameter.ENGINEERING_LOADING),
				a.value(Parameter.ENGINEERING_SHARE));
	}

	/**
	 * @param egressGb the month's internet egress
	 * @param rate the calculator's GPU rent, base of the scenarios and the tornado
	 * @param tokensPerSecond the calculator's throughput per GPU, likewise
	 * @param serverlessPrice the calculator's serverless price per million, likewise
	 * @param dedicatedHourlyRate the hourly rate of the largest dedicated workload, for
	 * scale-to-zero
	 * @param complianceFlags lines of EU-resident workloads processed outside the EU or
	 * on shared tenancy
	 */
	public EngineFindings findings(BigDecimal egressGb, BigDecimal rate, BigDecimal tokensPerSecond,
			BigDecimal serverlessPrice, BigDecimal dedicatedHourlyRate, List<String> complianceFlags) {
		BigDecimal engineering = engineeringPerMonth();
		BigDecimal compliance = StaffAndComplianceModel.compliancePerMonth(a.value(Parameter.COMPLIANCE_ONE_OFF),
				a.value(Parameter.COMPLIANCE_MONTHS), a.value(Parameter.COMPLIANCE_ANNUAL));
		OnPremModel onPrem = onPremModel();
		BigDecimal ownedPerMonth = onPrem.totalPerServerMonth().multiply(a.value(Parameter.SERVERS_OWNED));
		List<EngineFindings.EgressQuote> egress = new ArrayList<>();
		for (EgressTierModel tiers : EgressTierModel.all()) {
			egress.add(new EngineFindings.EgressQuote(tiers.provider(), tiers.cost(egressGb), tiers.source()));
		}
		EngineFindings.OnPremSummary onPremSummary = new EngineFindings.OnPremSummary(onPrem.costPerGpuHour(),
				onPrem.capitalPerServerMonth(), onPrem.powerPerServerMonth(), onPrem.colocationPerServerMonth(),
				onPrem.staffPerServerMonth(), onPrem.paybackMonths(a.value(Parameter.DEDICATED_RATE)),
				onPrem.paybackMonths(a.value(Parameter.HYPERSCALER_RATE)), a.choices().depreciation().id(),
				onPrem.depreciationSchedule(), capitalByMethod(onPrem), onPrem.lifeMonths());
		ColdStartModel coldStart = new ColdStartModel(dedicatedHourlyRate, a.value(Parameter.BUSY_HOURS),
				BigDecimal.valueOf(24), a.value(Parameter.COLD_STARTS), a.value(Parameter.COLD_START_SECONDS),
				month.value().lengthOfMonth());
		GpuSpec gpu = GpuCatalog.shipped().spec(a.choices().dedicatedGpu()).orElseThrow();
		RooflineCheck roofline = RooflineCheck.of(gpu,
				ModelArchitectures.shipped().of("", a.value(Parameter.MODEL_BILLIONS)), new ThroughputEstimator(a),
				a.value(Parameter.WEIGHT_BYTES), tokensPerSecond);
		List<SensitivityBar> tornado = tornado(rate, tokensPerSecond, serverlessPrice);
		BigDecimal[] band = band(rate, tokensPerSecond, serverlessPrice);
		return new EngineFindings(engineering, compliance, ownedPerMonth, egress, onPremSummary, coldStart,
				scenarios(rate, tokensPerSecond, serverlessPrice, gpu), tornado, band[0], band[1], roofline,
				List.copyOf(complianceFlags), a.choices().complianceApplies(), List.of());
	}

	/**
	 * The capital charge of one server per month, averaged over the life, by every
	 * depreciation method.
	 */
	private static Map<String, BigDecimal> capitalByMethod(OnPremModel onPrem) {
		Map<String, BigDecimal> views = new LinkedHashMap<>();
		for (Depreciation method : Depreciation.values()) {
			views.put(method.id(), onPrem.capitalPerServerMonth(method));
		}
		return views;
	}

	/**
	 * Next-generation GPUs scale decode throughput with memory bandwidth (decode is
	 * bandwidth bound) at their own catalog rate, scaled from the base rate by the
	 * specialized-provider price ratio; software gains multiply throughput at the same
	 * rate.
	 */
	List<Scenario> scenarios(BigDecimal rate, BigDecimal tps, BigDecimal price, GpuSpec base) {
		List<Scenario> scenarios = new ArrayList<>();
		BigDecimal utilization = a.value(Parameter.TARGET_UTILIZATION);
		scenarios.add(scenario("Today: " + base.gpu() + " at the base rate", rate, tps, price, utilization,
				"the break-even calculator's inputs"));
		GpuCatalog catalog = GpuCatalog.shipped();
		BigDecimal baseOffer = catalog.cheapest(base.gpu(), "specialized")
			.map(GpuCatalog.GpuOffer::usdPerGpuHour)
			.orElse(null);
		for (String next : List.of("H200", "B200")) {
			GpuSpec spec = catalog.spec(next).orElseThrow();
			BigDecimal offer = catalog.cheapest(next, "specialized")
				.map(GpuCatalog.GpuOffer::usdPerGpuHour)
				.orElse(null);
			BigDecimal nextRate = offer != null && baseOffer != null ? rate.multiply(offer).divide(baseOffer, PRECISION)
					: rate;
			BigDecimal nextTps = tps.multiply(spec.bandwidthTbPerSecond())
				.divide(base.bandwidthTbPerSecond(), PRECISION);
			scenarios.add(scenario(next + " (bandwidth " + spec.bandwidthTbPerSecond().toPlainString() + " TB/s)",
					nextRate, nextTps, price, utilization,
					spec.source() + "; rate scaled by the specialized offers in gpu-offers.csv"));
		}
		scenarios.add(scenario("FP8 weights", rate, tps.multiply(a.value(Parameter.FP8_MULTIPLIER)), price, utilization,
				a.all()
					.stream()
					.filter(x -> x.key().equals("fp8ThroughputMultiplier"))
					.findFirst()
					.orElseThrow()
					.source()));
		scenarios.add(scenario("Continuous batching", rate, tps.multiply(a.value(Parameter.BATCHING_MULTIPLIER)), price,
				utilization, source("batchingThroughputMultiplier")));
		scenarios.add(scenario("Speculative decoding", rate, tps.multiply(a.value(Parameter.SPECULATIVE_MULTIPLIER)),
				price, utilization, source("speculativeThroughputMultiplier")));
		return scenarios;
	}

	private String source(String key) {
		return a.all().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow().source();
	}

	private static Scenario scenario(String name, BigDecimal rate, BigDecimal tps, BigDecimal price,
			BigDecimal utilization, String source) {
		var breakEven = BreakEvenSolver.solve(rate, tps, price, utilization, null);
		return new Scenario(name, rate, tps, breakEven.dedicatedCostPerMillion(), breakEven.breakEvenUtilization(),
				source);
	}

	/**
	 * Each input moved down and up by the sensitivity range, the others at base: the
	 * swing of U*.
	 */
	List<SensitivityBar> tornado(BigDecimal rate, BigDecimal tps, BigDecimal price) {
		BigDecimal range = a.value(Parameter.SENSITIVITY_RANGE);
		BigDecimal low = BigDecimal.ONE.subtract(range);
		BigDecimal high = BigDecimal.ONE.add(range);
		List<SensitivityBar> bars = new ArrayList<>();
		bars.add(new SensitivityBar("GPU hourly rate", rate.multiply(low), rate.multiply(high),
				u(rate.multiply(low), tps, price), u(rate.multiply(high), tps, price)));
		bars.add(new SensitivityBar("Aggregate tokens per second", tps.multiply(low), tps.multiply(high),
				u(rate, tps.multiply(low), price), u(rate, tps.multiply(high), price)));
		bars.add(new SensitivityBar("Serverless price per million", price.multiply(low), price.multiply(high),
				u(rate, tps, price.multiply(low)), u(rate, tps, price.multiply(high))));
		bars.sort(Comparator.comparing(SensitivityBar::swing).reversed());
		return bars;
	}

	/**
	 * The range of break-even utilization over every combination of low and high inputs.
	 */
	BigDecimal[] band(BigDecimal rate, BigDecimal tps, BigDecimal price) {
		BigDecimal range = a.value(Parameter.SENSITIVITY_RANGE);
		BigDecimal min = null;
		BigDecimal max = null;
		for (BigDecimal r : List.of(rate.multiply(BigDecimal.ONE.subtract(range)),
				rate.multiply(BigDecimal.ONE.add(range)))) {
			for (BigDecimal t : List.of(tps.multiply(BigDecimal.ONE.subtract(range)),
					tps.multiply(BigDecimal.ONE.add(range)))) {
				for (BigDecimal p : List.of(price.multiply(BigDecimal.ONE.subtract(range)),
						price.multiply(BigDecimal.ONE.add(range)))) {
					BigDecimal value = u(r, t, p);
					min = min == null ? value : min.min(value);
					max = max == null ? value : max.max(value);
				}
			}
		}
		return new BigDecimal[] { min, max };
	}

	private static BigDecimal u(BigDecimal rate, BigDecimal tps, BigDecimal price) {
		return BreakEvenSolver.solve(rate, tps, price, BigDecimal.ONE, null).breakEvenUtilization();
	}

	/**
	 * Whether a region name or code lies in the EU (or EEA/CH) by the assumptions' list
	 * of prefixes.
	 */
	public boolean isEuRegion(String region) {
		String r = region == null ? "" : region.strip().toLowerCase(Locale.ROOT);
		return a.choices().euRegions().stream().anyMatch(prefix -> r.startsWith(prefix.toLowerCase(Locale.ROOT)));
	}

}
