package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.inferencetco.catalog.GpuCatalog;
import com.inferencetco.catalog.GpuCatalog.GpuSpec;
import com.inferencetco.catalog.ModelArchitectures.Architecture;

/**
 * Finds the fleets that serverless workloads calling the same model could share. Each
 * workload alone may be too small to fill whole GPUs (its decision stays serverless),
 * while together they fill them: the fleet is sized on the busiest hour of their tokens
 * combined, rented at {@code dedicatedGpuHourlyRate}, with the fixed costs of
 * self-hosting once. A pool is listed when it saves at least the minimum saving and more
 * than its workloads save with their own decisions.
 */
final class PoolDecision {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private final TcoAssumptions a;

	private final BigDecimal hours;

	private final SelfHostingCosts fixed;

	PoolDecision(TcoAssumptions a, BigDecimal hours, SelfHostingCosts fixed) {
		this.a = a;
		this.hours = hours;
		this.fixed = fixed;
	}

	List<Pool> pools(List<WorkloadUsage> usages, List<WorkloadAnalysis> analyses) {
		Map<String, List<WorkloadUsage>> byModel = new LinkedHashMap<>();
		Map<String, ModelInUse> models = new LinkedHashMap<>();
		for (WorkloadUsage u : usages) {
			ModelInUse inUse = ModelInUse.of(u.model(), a);
			if (u.deployment() != Deployment.SERVERLESS || inUse.architecture() == null
					|| !inUse.architecture().family().tokenPriced() || current(u).signum() <= 0) {
				continue;
			}
			// one fleet per model served, however the bills spell it (the catalog's
			// pattern); named as the first workload calls it, or as its substitute
			String served = inUse.substitute() != null ? inUse.substitute() : inUse.architecture().name();
			byModel.computeIfAbsent(served, m -> new ArrayList<>()).add(u);
			models.putIfAbsent(served, inUse);
		}
		List<Pool> pools = new ArrayList<>();
		byModel.forEach((served, members) -> {
			if (members.size() > 1) {
				ModelInUse inUse = models.get(served);
				String model = inUse.substitute() != null ? inUse.substitute() : inUse.called();
				Pool pool = pool(model, inUse.architecture(), members, analyses);
				if (pool != null) {
					pools.add(pool);
				}
			}
		});
		return pools;
	}

	private Pool pool(String model, Architecture architecture, List<WorkloadUsage> members,
			List<WorkloadAnalysis> analyses) {
		TokenPeaks peaks = new TokenPeaks();
		TokenMix tokens = TokenMix.NONE;
		BigDecimal current = BigDecimal.ZERO;
		for (WorkloadUsage u : members) {
			peaks = peaks.plus(u.tokenPeaks());
			tokens = tokens.plus(u.tokens());
			current = current.add(current(u));
		}
		GpuSpec gpu = GpuCatalog.shipped().spec(a.choices().dedicatedGpu()).orElseThrow();
		var throughput = new ThroughputEstimator(a).of("", architecture, gpu, tokens.inputShare(),
				tokensPerRequest(members));
		PeakLoad peak = peaks.peak(a.value(Parameter.PEAK_TO_AVERAGE));
		CapacityPlan plan = CapacityPlan.forPeak(peak.tokensPerSecond(), throughput.perGpu(),
				throughput.tensorParallel(), a.value(Parameter.TARGET_UTILIZATION), a.whole(Parameter.MIN_REPLICAS),
				a.whole(Parameter.GPUS_PER_INSTANCE));
		BigDecimal rate = a.value(Parameter.DEDICATED_RATE);
		BigDecimal added = fixed.addedBySwitching();
		BigDecimal alternative = BigDecimal.valueOf(plan.gpus()).multiply(rate).multiply(hours).add(added);
		BigDecimal saving = current.subtract(alternative);
		List<String> names = members.stream().map(WorkloadUsage::name).toList();
		BigDecimal alone = analyses.stream()
			.filter(w -> names.contains(w.name()))
			.map(w -> w.decision().monthlySaving())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (saving.compareTo(a.value(Parameter.MINIMUM_SAVING).max(new BigDecimal("0.01"))) < 0
				|| saving.compareTo(alone) <= 0) {
			return null;
		}
		String reason = model + " for " + String.join(", ", names) + ": " + plan.gpus() + " " + gpu.gpu() + " ("
				+ plan.instances() + " instance(s) of " + plan.gpusPerInstance() + ", " + plan.replicas()
				+ " replica(s) on " + plan.tensorParallel() + " GPU(s) each) at " + Words.money(rate)
				+ " an hour, sized on their combined " + peak.words()
				+ (added.signum() == 0 ? ""
						: ", plus " + Words.money(added) + " a month of fixed costs of self-hosting")
				+ ": " + Words.money(alternative) + " a month against " + Words.money(current) + " on the API; saves "
				+ Words.money(saving) + " a month (deciding alone they save " + Words.money(alone) + ")";
		return new Pool(model, names, Action.SWITCH_TO_DEDICATED, plan.gpus(), plan.instances(), plan.tensorParallel(),
				current, alternative, saving, peak, throughput.perGpu(), throughput.basis(), added, alone, reason);
	}

	/**
	 * Their tokens over their requests, when every workload's exports count requests;
	 * else null.
	 */
	private static BigDecimal tokensPerRequest(List<WorkloadUsage> members) {
		BigDecimal tokens = BigDecimal.ZERO;
		BigDecimal requests = BigDecimal.ZERO;
		for (WorkloadUsage u : members) {
			if (u.tokensPerRequest() == null) {
				return null;
			}
			tokens = tokens.add(u.tokens().total());
			requests = requests.add(u.tokens().total().divide(u.tokensPerRequest(), PRECISION));
		}
		return requests.signum() > 0 ? tokens.divide(requests, PRECISION) : null;
	}

	/** What the workload pays for its tokens today: invoiced and estimated. */
	private static BigDecimal current(WorkloadUsage u) {
		return u.apiTokenCost().add(u.estimatedCost());
	}

}
