package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.inferencetco.catalog.GpuCatalog;
import com.inferencetco.catalog.GpuCatalog.GpuSpec;
import com.inferencetco.catalog.ModelArchitectures;
import com.inferencetco.catalog.ModelArchitectures.Architecture;
import com.inferencetco.cost.Decision.Alternative;
import com.inferencetco.cost.ThroughputEstimator.Throughput;

/**
 * Decides each workload: prices every way of serving it for the month, fully loaded and
 * sized in whole units, and recommends the cheapest only when it saves at least the
 * minimum saving. A serverless workload is compared with dedicated GPUs sized for its
 * busiest hour ({@link PeakLoad}; and with owning them); a dedicated one with the same
 * GPUs rented at the specialized rate, with its served tokens on a per-token API, and
 * with owning. When the served tokens of dedicated GPUs are unknown and nothing else
 * saves, the decision is to measure them, with the threshold they must pass.
 */
public final class DecisionEngine {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

	private final TcoAssumptions a;

	private final BigDecimal hours;

	private final SelfHostingCosts fixed;

	private final OnPremModel owned;

	private final ThroughputEstimator estimator;

	private final ServerlessPrices prices;

	private final BigDecimal usdToReport;

	/** Decides the workloads the company's own servers serve; null when it owns none. */
	private final OwnedDecision ownedServers;

	/**
	 * @param hoursInMonth the billing month's hours (744 for October)
	 * @param usdToReport units of the report currency per USD (for catalog GPU offers),
	 * or null when unknown
	 */
	public DecisionEngine(TcoAssumptions assumptions, BigDecimal hoursInMonth, SelfHostingCosts fixed,
			OnPremModel owned, ServerlessPrices prices, BigDecimal usdToReport, OwnedFleet fleet) {
		this.a = assumptions;
		this.hours = hoursInMonth;
		this.fixed = fixed;
		this.owned = owned;
		this.estimator = new ThroughputEstimator(assumptions);
		this.prices = prices;
		this.usdToReport = usdToReport;
		this.ownedServers = fleet == null ? null : new OwnedDecision(assumptions, hoursInMonth, fleet, owned, prices);
	}

	public WorkloadAnalysis analyze(WorkloadUsage u) {
		return switch (u.deployment()) {
			case DEDICATED ->
				u.committed().isEmpty() ? dedicated(u, false) : new CommittedDecision(this::dedicated).decide(u);
			case SERVERLESS -> ownedServers != null && u.servedOnOwnServers()
					? ownedServers.decide(u, architecture(u.servedModel())) : serverless(u);
			case OWNED -> throw new IllegalStateException("usage states no owned deployment: " + u.name());
			case INFRASTRUCTURE -> result(u, null, null, null, null, null, null, null, decision(Action.NONE,
					BigDecimal.ZERO, "no tokens and no GPUs: shared infrastructure, nothing to compare", null), null);
		};
	}

	private WorkloadAnalysis serverless(WorkloadUsage u) {
		BigDecimal current = u.apiTokenCost().add(u.estimatedCost());
		ModelInUse inUse = ModelInUse.of(u.model(), a);
		Architecture model = inUse.architecture();
		if (model == null) {
			return result(u, null, null, null, null, null, null, null,
					decision(Action.STAY_SERVERLESS, current, "no self-hosted alternative: " + inUse.why(), null),
					null);
		}
		if (!model.family().tokenPriced()) {
			return result(u, null, null, null, null, null, null, null, decision(Action.STAY_SERVERLESS, current,
					model.family().name().toLowerCase() + " models are not priced per token: no dedicated comparison",
					null), null);
		}
		if (current.signum() <= 0) {
			return result(u, null, null, null, null, null, null, null,
					decision(Action.STAY_SERVERLESS, current,
							"its tokens carried no cost this month (credits or a free tier): nothing to save", null),
					null);
		}
		BigDecimal paid = current.multiply(MILLION).divide(u.tokens().total(), PRECISION);
		GpuSpec gpu = spec(a.choices().dedicatedGpu());
		Throughput throughput = estimator.of(u.name(), model, gpu, u.tokens().inputShare(), u.tokensPerRequest());
		BigDecimal rate = a.value(Parameter.DEDICATED_RATE);
		PeakLoad peak = u.tokenPeaks().peak(a.value(Parameter.PEAK_TO_AVERAGE));
		CapacityPlan plan = CapacityPlan.forPeak(peak.tokensPerSecond(), throughput.perGpu(),
				throughput.tensorParallel(), a.value(Parameter.TARGET_UTILIZATION), a.whole(Parameter.MIN_REPLICAS),
				a.whole(Parameter.GPUS_PER_INSTANCE));
		BigDecimal rent = BigDecimal.valueOf(plan.gpus()).multiply(rate).multiply(hours);
		BigDecimal added = fixed.addedBySwitching();
		List<Alternative> options = new ArrayList<>();
		options.add(new Alternative(Action.SWITCH_TO_DEDICATED, rent.add(added), plan.gpus(), plan.instances(), null,
				null,
				plan.gpus() + " " + gpu.gpu() + " (" + plan.instances() + " instance(s) of " + plan.gpusPerInstance()
						+ ", " + plan.replicas() + " replica(s) on " + plan.tensorParallel() + " GPU(s) each) at "
						+ Words.money(rate) + " an hour, sized on its " + peak.words() + ", "
						+ (added.signum() == 0 ? "on the platform the month already self-hosts"
								: "plus " + Words.money(added) + " a month of fixed costs of self-hosting")));
		options.add(BuyOption.of(owned, plan.servers(a.whole(Parameter.GPUS_PER_SERVER)), rent, added));
		options.replaceAll(inUse::changing);
		var breakEven = BreakEvenSolver.solve(rate, throughput.perGpu(), paid, a.value(Parameter.TARGET_UTILIZATION),
				a.value(Parameter.TOKENS_PER_CONVERSATION));
		var volume = BreakEvenSolver.fixedCost(rate, throughput.perGpu(), paid, a.value(Parameter.TARGET_UTILIZATION),
				added, hours);
		Decision d = choose(Action.STAY_SERVERLESS, current, options, breakEven, rate, throughput,
				paid.multiply(throughput.perGpu())
					.multiply(SECONDS_PER_HOUR)
					.multiply(a.value(Parameter.TARGET_UTILIZATION))
					.divide(MILLION, PRECISION),
				volume == null ? null : volume.tokensPerMinute(), "the API at " + Words.price(paid) + " per million");
		return result(u, null, breakEven, throughput, paid, "the invoiced price of its tokens", rate, null, d,
				new DecisionInputs(BigDecimal.ZERO, peak, peak.words(), throughput.tensorParallel(), null, false,
						inUse.substitute(), throughput.perGpu(), null, true));
	}

	/**
	 * With selfHostingStays, committed GPU time keeps the fixed costs of self-hosting.
	 */
	private WorkloadAnalysis dedicated(WorkloadUsage u, boolean selfHostingStays) {
		BigDecimal share = fixed.shareOf(u.gpuHours());
		BigDecimal current = u.gpuCost().add(share);
		if (u.gpuCost().signum() <= 0) {
			return result(u, null, null, null, null, null, null, null,
					decision(Action.KEEP_DEDICATED, current,
							"its GPU time carried no cost this month (credits or commitments): nothing to save", null),
					null);
		}
		GpuSpec gpu = GpuCatalog.shipped().spec(u.gpuModel()).orElse(spec(a.choices().dedicatedGpu()));
		Architecture model = architecture(u.servedModel());
		boolean servedKnown = !u.served().isEmpty();
		Throughput assumed = estimator.of(u.name(), model, gpu, u.served().inputShare());
		ThroughputCheck check = ThroughputCheck.of(u, assumed, a.workloadTokensPerSecond(u.name()) != null);
		Throughput throughput = check.throughput(assumed);
		BigDecimal rateNow = u.gpuCost().divide(u.gpuHours(), PRECISION);
		int gpusNow = Math.max(1, u.gpuHours().divide(hours, 0, RoundingMode.CEILING).intValueExact());
		BigDecimal utilization = servedKnown ? u.served()
			.total()
			.divide(throughput.perGpu().multiply(SECONDS_PER_HOUR).multiply(u.gpuHours()), PRECISION)
			.min(BigDecimal.ONE) : null;
		// null when nothing prices the served model: no move is priced at a default
		ServerlessPrices.Quote quote = prices.quote(u.servedModel(), model);
		BigDecimal price = quote == null ? null : quote.perMillion(u.served().inputShare());
		BigDecimal stays = fixed.endsWithLastDedicated() && !selfHostingStays ? BigDecimal.ZERO : share;
		List<Alternative> options = new ArrayList<>();
		BigDecimal cheapestRent = u.gpuCost();
		BigDecimal specialized = specializedRate(gpu.gpu());
		if (specialized != null && specialized.compareTo(rateNow) < 0) {
			CapacityPlan plan = CapacityPlan.forGpus(gpusNow, a.whole(Parameter.GPUS_PER_INSTANCE));
			BigDecimal hoursRunning = u.gpuHours().divide(BigDecimal.valueOf(gpusNow), PRECISION).min(hours);
			BigDecimal rent = BigDecimal.valueOf(plan.gpus()).multiply(specialized).multiply(hoursRunning);
			cheapestRent = cheapestRent.min(rent);
			options.add(new Alternative(Action.RENT_CHEAPER, rent.add(share), plan.gpus(), plan.instances(), null, null,
					plan.gpus() + " " + gpu.gpu() + " (" + plan.instances() + " instance(s) of "
							+ plan.gpusPerInstance() + ") at " + Words.money(specialized) + " instead of "
							+ Words.money(rateNow) + " an hour, " + Words.whole(hoursRunning) + " hours"));
		}
		if (servedKnown && quote != null) {
			options.add(new Alternative(Action.MOVE_TO_SERVERLESS, quote.cost(u.served()).add(stays), null, null, null,
					null,
					Words.whole(u.served().total()) + " served tokens at " + Words.price(price) + " per million ("
							+ quote.basis() + ")"
							+ (stays.signum() == 0 ? ", ending the fixed costs of self-hosting" : "")));
		}
		options.add(BuyOption.of(owned, Math.max(1, CapacityPlan.ceilDiv(gpusNow, a.whole(Parameter.GPUS_PER_SERVER))),
				cheapestRent, share));
		var breakEven = price == null ? null
				: BreakEvenSolver.solve(
						rateNow, throughput.perGpu(), price, utilization != null && utilization.signum() > 0
								? utilization : a.value(Parameter.TARGET_UTILIZATION),
						a.value(Parameter.TOKENS_PER_CONVERSATION));
		BigDecimal atUtilization = utilization != null ? utilization : a.value(Parameter.TARGET_UTILIZATION);
		BigDecimal breakEvenRate = price == null ? null
				: price.multiply(throughput.perGpu())
					.multiply(SECONDS_PER_HOUR)
					.multiply(atUtilization)
					.divide(MILLION, PRECISION);
		Decision d = choose(Action.KEEP_DEDICATED, current, options, breakEven, rateNow, throughput, breakEvenRate,
				null, gpusNow + " " + gpu.gpu() + " at " + Words.money(rateNow) + " an hour"
						+ (utilization == null ? "" : ", utilization " + Words.percent(utilization)));
		if (!model.family().tokenPriced()) {
			d = d.noted("; " + model.family().name().toLowerCase(Locale.ROOT)
					+ " models are not priced per token: no serverless comparison");
		}
		else if (!d.action().isChange() && (!servedKnown || quote == null)) {
			BigDecimal capacity = throughput.perGpu().multiply(SECONDS_PER_HOUR).multiply(u.gpuHours());
			d = MeasureDecision.of(u.name(), ModelInUse.bare(u.servedModel()), d, current, stays, price,
					servedKnown ? u.served().total() : null, capacity, a.value(Parameter.MINIMUM_SAVING), hours);
		}
		return result(u, utilization, breakEven, throughput, price, quote == null ? null : quote.basis(), rateNow,
				gpusNow, d.noted(check.note()),
				new DecisionInputs(u.served().total(), u.servedPeaks().peak(a.value(Parameter.PEAK_TO_AVERAGE)),
						"the " + gpusNow + " " + gpu.gpu() + " it runs today", throughput.tensorParallel(), specialized,
						gpu.gpu().equals(a.choices().dedicatedGpu()), null, check.assumed(), check.measured(),
						model.family().tokenPriced()));
	}

	private Decision choose(Action stay, BigDecimal current, List<Alternative> options,
			BreakEvenSolver.BreakEven breakEven, BigDecimal rate, Throughput throughput, BigDecimal breakEvenRate,
			BigDecimal volumeTokensPerMinute, String today) {
		return new CheapestAlternative(a.value(Parameter.MINIMUM_SAVING), owned.lifeMonths()).choose(stay, current,
				options, breakEven, rate, throughput, breakEvenRate, volumeTokensPerMinute, today);
	}

	private static Decision decision(Action action, BigDecimal current, String reason, Integer gpus) {
		return new Decision(action, current, current, BigDecimal.ZERO, gpus, null, null, null, null, null, null, reason,
				null, List.of());
	}

	/**
	 * The specialized providers' rent of a GPU: the assumption for the dedicated GPU,
	 * else the catalog's offer.
	 */
	private BigDecimal specializedRate(String gpu) {
		if (gpu.equals(a.choices().dedicatedGpu())) {
			return a.value(Parameter.DEDICATED_RATE);
		}
		if (usdToReport == null) {
			return null;
		}
		return GpuCatalog.shipped()
			.cheapest(gpu, "specialized")
			.map(offer -> offer.usdPerGpuHour().multiply(usdToReport))
			.orElse(null);
	}

	private Architecture architecture(String model) {
		return ModelArchitectures.shipped().of(model, a.value(Parameter.MODEL_BILLIONS));
	}

	private static GpuSpec spec(String gpu) {
		return GpuCatalog.shipped().spec(gpu).orElseThrow();
	}

	private WorkloadAnalysis result(WorkloadUsage u, BigDecimal utilization, BreakEvenSolver.BreakEven breakEven,
			Throughput throughput, BigDecimal serverlessPrice, String priceBasis, BigDecimal gpuRate, Integer gpusNow,
			Decision d, DecisionInputs inputs) {
		BigDecimal tokens = u.tokens().total();
		// tokens the workload's GPUs did not serve (an API beside GPUs that serve none)
		// are
		// priced by what they cost, never by the GPUs' cost
		BigDecimal tokenCost = u.gpuCost().signum() > 0 && u.served().isEmpty()
				? u.apiTokenCost().add(u.estimatedCost()) : u.cost();
		BigDecimal perMillion = tokens.signum() > 0 ? tokenCost.multiply(MILLION).divide(tokens, PRECISION) : null;
		BigDecimal measured = u.served().isEmpty() || u.gpuHours().signum() == 0 ? null
				: u.served().total().divide(u.gpuHours().multiply(SECONDS_PER_HOUR), PRECISION);
		if (gpusNow != null && d.gpusNeeded() == null && !d.action().isChange()) {
			d = new Decision(d.action(), d.currentMonthlyCost(), d.alternativeMonthlyCost(), d.monthlySaving(), gpusNow,
					null, null, d.dedicatedCanWin(), d.breakEvenGpuHourlyRate(), d.paybackMonths(),
					d.fixedCostBreakEvenTokensPerMinute(), d.reason(), d.missing(), d.alternatives(), d.commitment());
		}
		return new WorkloadAnalysis(u.name(), u.deployment(), tokens, u.gpuHours(), u.cost(), u.gpuCost(),
				u.apiTokenCost(), perMillion, utilization, u.gpuBusy(),
				breakEven == null ? null : breakEven.breakEvenUtilization(),
				breakEven == null ? null : breakEven.breakEvenTokensPerMinute(),
				breakEven == null ? null : breakEven.breakEvenConversationsPerDay(), u.estimatedCost(), measured,
				throughput == null ? null : throughput.perGpu(), throughput == null ? null : throughput.basis(),
				serverlessPrice, priceBasis, gpuRate, inputs, d);
	}

}
