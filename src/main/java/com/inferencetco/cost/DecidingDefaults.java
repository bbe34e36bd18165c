package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the built-in defaults each decision rests on: every default the file did not set
 * among those that price or size an alternative is moved outward from its value, in
 * eighths down to half of it and in quarters up to twice it (a fraction no further than
 * 1), and the month decided again at each step; where a workload's action changes, the
 * first step that changes it is where the default flips it. Defaults the user set are the
 * user's figures, not listed.
 */
final class DecidingDefaults {

	/** The defaults that price or size an alternative. */
	static final List<Parameter> CANDIDATES = List.of(Parameter.SERVERLESS_PRICE, Parameter.SMALL_MODEL_PRICE,
			Parameter.DEDICATED_RATE, Parameter.DEDICATED_THROUGHPUT, Parameter.TARGET_UTILIZATION,
			Parameter.PEAK_TO_AVERAGE, Parameter.MINIMUM_SAVING, Parameter.ENGINEERING_FTE,
			Parameter.ENGINEERING_SALARY, Parameter.ENGINEERING_LOADING, Parameter.ENGINEERING_SHARE,
			Parameter.SERVER_CAPEX, Parameter.RESIDUAL, Parameter.COST_OF_CAPITAL, Parameter.SERVER_POWER,
			Parameter.PUE, Parameter.POWER_PRICE, Parameter.COLOCATION, Parameter.OPS_FTE_PER_SERVER,
			Parameter.ROOFLINE_EFFICIENCY, Parameter.CONTEXT_TOKENS);

	private static final MathContext DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

	private DecidingDefaults() {
	}

	/**
	 * The month's result with each decision's deciding defaults attached; {@code decide}
	 * decides the month under other assumptions.
	 */
	static MonthResult attach(MonthResult base, TcoAssumptions given,
			Function<TcoAssumptions, List<WorkloadAnalysis>> decide) {
		Map<String, Action> actions = actions(base.workloads());
		Map<String, List<DecidingDefault>> found = new HashMap<>();
		for (Parameter p : CANDIDATES) {
			BigDecimal value = given.value(p);
			if (given.isSet(p) || value.signum() == 0) {
				continue;
			}
			for (List<BigDecimal> direction : List.of(DOWN, UP)) {
				// outward from the default: the first step where an action changes is
				// where
				// it flips
				Map<String, Action> open = new LinkedHashMap<>(actions);
				for (BigDecimal factor : direction) {
					BigDecimal moved = moved(p, value, factor);
					Map<String, Action> changed = actions(decide.apply(given.with(p, moved)));
					for (var it = open.entrySet().iterator(); it.hasNext();) {
						var workload = it.next();
						Action other = changed.get(workload.getKey());
						if (other != null && other != workload.getValue()) {
							found.computeIfAbsent(workload.getKey(), w -> new ArrayList<>())
								.add(new DecidingDefault(p.key(), base.assumptions().value(p), p.source(),
										base.assumptions().value(p).multiply(factor).round(DIGITS), other));
							it.remove();
						}
					}
					if (open.isEmpty() || moved.compareTo(value.multiply(factor)) != 0) {
						break; // a fraction capped at 1 goes no further
					}
				}
			}
		}
		if (found.isEmpty()) {
			return base;
		}
		List<WorkloadAnalysis> workloads = base.workloads().stream().map(w -> with(w, found.get(w.name()))).toList();
		return new MonthResult(base.byCategory(), base.cost(), base.estimatedCost(), base.tco(), base.tokens(),
				base.gpuHoursByModel(), base.egressGb(), workloads, base.calculator(), base.findings(),
				base.assumptions(), base.notes());
	}

	/** Steps of an eighth below the default, down to half of it. */
	private static final List<BigDecimal> DOWN = factors("0.875", "0.75", "0.625", "0.5");

	/** Steps of a quarter above the default, up to twice it. */
	private static final List<BigDecimal> UP = factors("1.25", "1.5", "1.75", "2");

	private static List<BigDecimal> factors(String... texts) {
		return Arrays.stream(texts).map(BigDecimal::new).toList();
	}

	/** The default times a factor; a fraction no further than 1. */
	private static BigDecimal moved(Parameter p, BigDecimal value, BigDecimal factor) {
		BigDecimal moved = value.multiply(factor);
		return p.range() == Parameter.Range.FRACTION ? moved.min(BigDecimal.ONE) : moved;
	}

	private static Map<String, Action> actions(List<WorkloadAnalysis> workloads) {
		Map<String, Action> actions = new LinkedHashMap<>();
		workloads.forEach(w -> actions.put(w.name(), w.decision().action()));
		return actions;
	}

	private static WorkloadAnalysis with(WorkloadAnalysis w, List<DecidingDefault> defaults) {
		return defaults == null ? w : w.withDecision(w.decision().deciding(List.copyOf(defaults)));
	}

}
