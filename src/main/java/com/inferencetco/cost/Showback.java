package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every cost of the month allocated to a workload (showback): a workload's fully loaded
 * cost is its own invoiced and estimated cost plus its share of the shared costs, which
 * are the costs of the shared workloads (by default those that serve no inference:
 * support, monitoring, storage buckets, credits, taxes) and the modelled costs
 * (engineering, compliance, owned servers). Shares are proportional to the allocation
 * method's measure; they are computed in cents, the cents left over by rounding going to
 * the largest remainders and any fraction of a cent to the largest receiver, so that the
 * fully loaded costs add up to the TCO exactly.
 *
 * @param workloads every workload: shared ones carry a fully loaded cost of zero, their
 * cost being allocated
 * @param owners the fully loaded cost by owner, largest first
 * @param sharedCost the shared workloads' costs, allocated
 * @param modelledCost the modelled costs, allocated
 * @param unallocated what no workload could receive (a month with no workload at all):
 * its modelled costs
 */
public record Showback(AllocationRules.Method method, List<Line> workloads, List<Owner> owners, BigDecimal sharedCost,
		BigDecimal modelledCost, BigDecimal unallocated) {

	/**
	 * One workload's showback: its own cost, its share of the shared workloads' costs and
	 * of the modelled costs.
	 */
	public record Line(String workload, String owner, boolean shared, BigDecimal directCost, BigDecimal sharedShare,
			BigDecimal modelledShare, BigDecimal fullyLoadedCost) {
	}

	/**
	 * One owner's costs, as the contract's showback: direct, shared, modelled and their
	 * total, with its workloads.
	 */
	public record Owner(String owner, BigDecimal direct, BigDecimal shared, BigDecimal modelled, BigDecimal total,
			List<String> workloads) {
	}

	/**
	 * What the allocation needs of a workload: its own cost (invoiced and estimated), its
	 * measures, and whether it serves inference (a workload that does not is shared by
	 * default).
	 */
	public record Usage(String name, BigDecimal directCost, BigDecimal tokens, BigDecimal gpuHours,
			boolean servesInference) {

		public static Usage of(WorkloadAnalysis w) {
			return new Usage(w.name(), w.cost().add(w.estimatedCost()), w.tokens(), w.gpuHours(),
					w.decision().action() != Action.NONE);
		}
	}

	private static final BigDecimal CENT = new BigDecimal("0.01");

	/**
	 * The showback of the month's workloads; {@code modelledCost} is the sum of the
	 * modelled categories.
	 */
	public static Showback of(List<WorkloadAnalysis> analyses, BigDecimal modelledCost, AllocationRules rules) {
		return allocate(analyses.stream().map(Usage::of).toList(), modelledCost, rules);
	}

	/** The showback of workloads described by what the allocation needs of them. */
	public static Showback allocate(List<Usage> analyses, BigDecimal modelledCost, AllocationRules rules) {
		List<Usage> shared = analyses.stream().filter(w -> isShared(w, rules)).toList();
		List<Usage> receivers = analyses.stream().filter(w -> !isShared(w, rules)).toList();
		if (receivers.isEmpty()) {
			// nothing serves inference: every workload keeps its own cost and shares the
			// modelled costs by cost
			shared = List.of();
			receivers = analyses;
		}
		BigDecimal sharedPool = shared.stream().map(Showback::direct).reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		for (Usage w : receivers) {
			weights.put(w.name(), weight(w, rules));
		}
		if (weights.values().stream().allMatch(v -> v.signum() == 0)) {
			// no measure to go by: equal shares
			weights.replaceAll((name, v) -> BigDecimal.ONE);
		}
		Map<String, BigDecimal> sharedShares = receivers.isEmpty() ? Map.of() : split(sharedPool, weights);
		Map<String, BigDecimal> modelledShares = receivers.isEmpty() ? Map.of() : split(modelledCost, weights);
		Set<String> sharedNames = new HashSet<>();
		shared.forEach(w -> sharedNames.add(w.name()));
		List<Line> lines = new ArrayList<>();
		for (Usage w : analyses) {
			boolean isShared = sharedNames.contains(w.name());
			BigDecimal fromShared = sharedShares.getOrDefault(w.name(), BigDecimal.ZERO);
			BigDecimal fromModelled = modelledShares.getOrDefault(w.name(), BigDecimal.ZERO);
			BigDecimal fullyLoaded = isShared ? BigDecimal.ZERO : direct(w).add(fromShared).add(fromModelled);
			lines.add(new Line(w.name(), rules.ownerOf(w.name()), isShared, direct(w), fromShared, fromModelled,
					fullyLoaded));
		}
		Map<String, List<Line>> byOwner = new LinkedHashMap<>();
		lines.stream()
			.filter(l -> !l.shared())
			.forEach(l -> byOwner.computeIfAbsent(l.owner(), o -> new ArrayList<>()).add(l));
		List<Owner> owners = new ArrayList<>();
		byOwner.forEach((owner,
				ownLines) -> owners.add(new Owner(owner, sum(ownLines, Line::directCost),
						sum(ownLines, Line::sharedShare), sum(ownLines, Line::modelledShare),
						sum(ownLines, Line::fullyLoadedCost), ownLines.stream().map(Line::workload).toList())));
		owners.sort(Comparator.comparing(Owner::total).reversed().thenComparing(Owner::owner));
		return new Showback(rules.method(), List.copyOf(lines), List.copyOf(owners), sharedPool, modelledCost,
				receivers.isEmpty() ? modelledCost : BigDecimal.ZERO);
	}

	private static BigDecimal sum(List<Line> lines, Function<Line, BigDecimal> amount) {
		return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** A workload's line, if the month has that workload. */
	public Optional<Line> line(String workload) {
		return workloads.stream().filter(l -> l.workload().equals(workload)).findFirst();
	}

	/** A workload's fully loaded cost; zero for a workload the month does not have. */
	public BigDecimal fullyLoadedCostOf(String workload) {
		return line(workload).map(Line::fullyLoadedCost).orElse(BigDecimal.ZERO);
	}

	/** An owner's fully loaded cost; zero for an owner of no workload this month. */
	public BigDecimal totalOf(String owner) {
		return owners.stream()
			.filter(o -> o.owner().equals(owner))
			.map(Owner::total)
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

	/**
	 * The fully loaded costs of every workload together (with anything unallocated): the
	 * TCO.
	 */
	public BigDecimal total() {
		return workloads.stream().map(Line::fullyLoadedCost).reduce(unallocated, BigDecimal::add);
	}

	private static boolean isShared(Usage w, AllocationRules rules) {
		if (!rules.shared().isEmpty()) {
			return rules.shared().contains(w.name());
		}
		if (rules.method() == AllocationRules.Method.FIXED) {
			return !rules.shares().containsKey(w.name());
		}
		return !w.servesInference();
	}

	private static BigDecimal direct(Usage w) {
		return w.directCost();
	}

	private static BigDecimal weight(Usage w, AllocationRules rules) {
		BigDecimal measure = switch (rules.method()) {
			case COST -> direct(w);
			case TOKENS -> w.tokens();
			case GPU_HOURS -> w.gpuHours();
			case FIXED -> rules.shares().getOrDefault(w.name(), BigDecimal.ZERO);
		};
		// a workload of credits only receives nothing
		return measure.signum() > 0 ? measure : BigDecimal.ZERO;
	}

	/**
	 * Splits {@code pool} by weight, exactly: each share rounded toward zero to the cent,
	 * the cents still missing given one by one to the largest remainders (the earlier
	 * workload first on a tie), and what is left below a cent to the heaviest workload.
	 */
	static Map<String, BigDecimal> split(BigDecimal pool, Map<String, BigDecimal> weights) {
		BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<String, BigDecimal> shares = new LinkedHashMap<>();
		Map<String, BigDecimal> remainders = new LinkedHashMap<>();
		for (Map.Entry<String, BigDecimal> entry : weights.entrySet()) {
			BigDecimal exact = pool.multiply(entry.getValue()).divide(total, 20, RoundingMode.HALF_EVEN);
			BigDecimal cents = exact.setScale(2, RoundingMode.DOWN);
			shares.put(entry.getKey(), cents);
			remainders.put(entry.getKey(), exact.subtract(cents).abs());
		}
		BigDecimal left = pool.subtract(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		BigDecimal step = left.signum() < 0 ? CENT.negate() : CENT;
		List<String> byRemainder = new ArrayList<>(remainders.keySet());
		byRemainder.sort(Comparator.comparing((String name) -> remainders.get(name)).reversed());
		for (int i = 0; left.abs().compareTo(CENT) >= 0; i = (i + 1) % byRemainder.size()) {
			shares.merge(byRemainder.get(i), step, BigDecimal::add);
			left = left.subtract(step);
		}
		String heaviest = weights.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElseThrow();
		shares.merge(heaviest, left, BigDecimal::add);
		return shares;
	}
}
