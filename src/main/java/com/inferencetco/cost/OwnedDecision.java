package com.inferencetco.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.inferencetco.catalog.GpuCatalog;
import com.inferencetco.catalog.GpuCatalog.GpuSpec;
import com.inferencetco.catalog.ModelArchitectures.Architecture;
import com.inferencetco.cost.Decision.Alternative;
import com.inferencetco.cost.ThroughputEstimator.Throughput;

/**
 * Decides a workload served on the company's own servers. Their capital is sunk (it stays
 * in the TCO until they are sold), so today's cost is the marginal one: the workload's
 * share of the servers' power, colocation and operations staff. Moving away saves it only
 * when the workload is the only one the servers serve (then they can be switched off);
 * the alternatives are its served tokens on a per-token API, or GPUs rented for its
 * busiest day at the specialized rate. Keep the servers unless an alternative saves the
 * minimum saving.
 */
final class OwnedDecision {

	private final TcoAssumptions a;

	private final BigDecimal hours;

	private final OwnedFleet fleet;

	private final OnPremModel owned;

	private final ThroughputEstimator estimator;

	private final ServerlessPrices prices;

	OwnedDecision(TcoAssumptions a, BigDecimal hours, OwnedFleet fleet, OnPremModel owned, ServerlessPrices prices) {
		this.a = a;
		this.hours = hours;
		this.fleet = fleet;
		this.owned = owned;
		this.estimator = new ThroughputEstimator(a);
		this.prices = prices;
	}

	WorkloadAnalysis decide(WorkloadUsage u, Architecture model) {
		BigDecimal running = fleet.runningShareOf(u.served().total());
		// moving frees nothing while the servers run for other workloads
		BigDecimal stays = fleet.freedByMoving() ? BigDecimal.ZERO : running;
		GpuSpec gpu = GpuCatalog.shipped().spec(a.choices().dedicatedGpu()).orElseThrow();
		Throughput throughput = estimator.of(u.name(), model, gpu, u.served().inputShare());
		ServerlessPrices.Quote quote = prices.quote(u.servedModel(), model);
		BigDecimal rate = a.value(Parameter.DEDICATED_RATE);
		PeakLoad peak = u.servedPeaks().peak(a.value(Parameter.PEAK_TO_AVERAGE));
		CapacityPlan plan = CapacityPlan.forPeak(peak.tokensPerSecond(), throughput.perGpu(),
				throughput.tensorParallel(), a.value(Parameter.TARGET_UTILIZATION), a.whole(Parameter.MIN_REPLICAS),
				a.whole(Parameter.GPUS_PER_INSTANCE));
		List<Alternative> options = new ArrayList<>();
		if (model.family().tokenPriced() && quote != null) {
			options.add(new Alternative(Action.MOVE_TO_SERVERLESS, quote.cost(u.served()).add(stays), null, null, null,
					null,
					Words.whole(u.served().total()) + " served tokens at "
							+ Words.price(quote.perMillion(u.served().inputShare())) + " per million (" + quote.basis()
							+ ")"));
		}
		options.add(new Alternative(Action.RENT_CHEAPER,
				BigDecimal.valueOf(plan.gpus()).multiply(rate).multiply(hours).add(stays), plan.gpus(),
				plan.instances(), null, null,
				plan.gpus() + " " + gpu.gpu() + " rented (" + plan.instances() + " instance(s) of "
						+ plan.gpusPerInstance() + ") at " + Words.money(rate) + " an hour, sized on its "
						+ peak.words()));
		options.sort(Comparator.comparing(Alternative::monthlyCost));
		Alternative best = options.get(0);
		BigDecimal minimum = a.value(Parameter.MINIMUM_SAVING).max(new BigDecimal("0.01"));
		String today = "it is served on " + fleet.servers() + " owned server(s)"
				+ (fleet.workloads() > 1 ? " shared with " + (fleet.workloads() - 1) + " other workload(s)" : "")
				+ ": its share of their running costs (power, colocation, operations staff) is " + Words.money(running)
				+ " a month; their capital ("
				+ Words.money(owned.capitalPerServerMonth().multiply(BigDecimal.valueOf(fleet.servers())))
				+ " a month) is sunk and stays in the TCO until they are sold";
		Decision d;
		if (running.subtract(best.monthlyCost()).compareTo(minimum) >= 0) {
			BigDecimal saving = running.subtract(best.monthlyCost());
			d = new Decision(best.action(), running, best.monthlyCost(), saving, best.gpus(), best.instances(), null,
					null, null, null, null,
					today + "; " + best.sizing() + ": " + Words.money(best.monthlyCost())
							+ " a month; switching the servers off saves " + Words.money(saving) + " a month",
					null, options);
		}
		else {
			d = new Decision(Action.KEEP_OWNED, running, running, BigDecimal.ZERO, null, null, null, null, null, null,
					null,
					today + "; the cheapest alternative, " + best.action().id() + " (" + best.sizing() + "), costs "
							+ Words.money(best.monthlyCost())
							+ (stays.signum() > 0 ? ", the servers running on for the other workloads" : ""),
					null, options);
		}
		BigDecimal tokens = u.tokens().total();
		return new WorkloadAnalysis(u.name(), Deployment.OWNED, tokens, u.gpuHours(), u.cost(), u.gpuCost(),
				u.apiTokenCost(), null, null, u.gpuBusy(), null, null, null, u.estimatedCost(), null,
				throughput.perGpu(), throughput.basis(),
				quote == null ? null : quote.perMillion(u.served().inputShare()), quote == null ? null : quote.basis(),
				null, new DecisionInputs(u.served().total(), peak, peak.words(), throughput.tensorParallel(), null,
						false, null, throughput.perGpu(), null, model.family().tokenPriced()),
				d);
	}

}
