package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import com.inferencetco.cost.Decision.Alternative;

/**
 * Decides a dedicated workload whose GPU time commitments cover, in part or whole
 * (Savings Plans, reserved instances, committed-use discounts). The committed capacity is
 * sunk until its term ends: it is in today's cost and in every alternative's, so no
 * action claims a saving by dropping it; only the GPU time nothing commits is compared.
 * What to do when the term ends is decided as for any dedicated GPUs, renewing at the
 * effective rate being today's cost.
 */
final class CommittedDecision {

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	/**
	 * The decision on GPU time as if nothing committed it: (usage, self-hosting stays).
	 */
	private final BiFunction<WorkloadUsage, Boolean, WorkloadAnalysis> dedicated;

	CommittedDecision(BiFunction<WorkloadUsage, Boolean, WorkloadAnalysis> dedicated) {
		this.dedicated = dedicated;
	}

	WorkloadAnalysis decide(WorkloadUsage u) {
		BigDecimal covered = u.committedGpuHours();
		BigDecimal committedCost = u.committedCost();
		WorkloadAnalysis atEnd = dedicated.apply(renewed(u), false);
		CommitmentTerms terms = new CommitmentTerms(largestType(u.committed()), words(u.committed()),
				earliestEnd(u.committed()), covered, committedCost,
				covered.signum() > 0 ? committedCost.divide(covered, PRECISION) : null, atEnd.decision());
		BigDecimal uncovered = u.gpuHours().subtract(covered);
		Decision now;
		if (uncovered.signum() <= 0) {
			Decision end = atEnd.decision();
			now = new Decision(Action.KEEP_DEDICATED, end.currentMonthlyCost(), end.currentMonthlyCost(),
					BigDecimal.ZERO, end.gpusNeeded() == null || end.action().isChange() ? null : end.gpusNeeded(),
					null, null, end.dedicatedCanWin(), end.breakEvenGpuHourlyRate(), null,
					end.fixedCostBreakEvenTokensPerMinute(),
					"all its GPU time is committed (" + terms.commitments() + "): " + Words.whole(covered)
							+ " GPU-hours, " + Words.money(committedCost)
							+ " a month at the effective rate, sunk until the term ends; at its end: "
							+ end.recommendation(),
					null, end.alternatives(), terms);
		}
		else {
			WorkloadAnalysis free = dedicated.apply(uncommitted(u, uncovered), true);
			// the committed GPU time and its share of the fixed costs are in both sides
			BigDecimal sunk = atEnd.decision().currentMonthlyCost().subtract(free.decision().currentMonthlyCost());
			Decision d = free.decision();
			String stays = "; the " + Words.whole(covered) + " committed GPU-hours stay"
					+ (terms.endsOn() == null ? "" : " until " + terms.endsOn());
			List<Alternative> alternatives = d.alternatives().stream().map(a -> plus(a, sunk, stays)).toList();
			String prefix = Words.whole(covered) + " of its " + Words.whole(u.gpuHours()) + " GPU-hours are committed ("
					+ terms.commitments() + ", " + Words.money(committedCost)
					+ " a month, sunk until the term ends and counted in both costs); ";
			BigDecimal current = d.currentMonthlyCost().add(sunk);
			BigDecimal alternative = d.alternativeMonthlyCost().add(sunk);
			String reason = d.action().isChange()
					? "for the other " + Words.whole(uncovered) + ", " + chosen(alternatives, d.action()) + ": "
							+ Words.money(alternative) + " a month against " + Words.money(current) + "; saves "
							+ Words.money(d.monthlySaving()) + " a month"
					: "no change to the other " + Words.whole(uncovered) + " saves the minimum saving (for them alone: "
							+ d.reason() + ")";
			now = new Decision(d.action(), current, alternative, d.monthlySaving(), d.gpusNeeded(), d.instancesNeeded(),
					d.serversNeeded(), d.dedicatedCanWin(), d.breakEvenGpuHourlyRate(), d.paybackMonths(),
					d.fixedCostBreakEvenTokensPerMinute(),
					prefix + reason + "; at the term's end: " + atEnd.decision().recommendation(), d.missing(),
					alternatives, terms);
		}
		// measured figures as the month shows them; the inputs of the decision at the
		// term's end, from which the workbook recomputes the decision on the uncommitted
		// GPU time
		return new WorkloadAnalysis(atEnd.name(), atEnd.deployment(), atEnd.tokens(), u.gpuHours(), u.cost(),
				u.gpuCost(), atEnd.apiTokenCost(), atEnd.costPerMillionTokens(), atEnd.utilization(), atEnd.gpuBusy(),
				atEnd.breakEvenUtilization(), atEnd.breakEvenTokensPerMinute(), atEnd.breakEvenConversationsPerDay(),
				atEnd.estimatedCost(), atEnd.measuredTokensPerSecond(), atEnd.tokensPerSecondPerGpu(),
				atEnd.throughputBasis(), atEnd.serverlessPricePerMillion(), atEnd.serverlessPriceBasis(),
				atEnd.gpuHourlyRate(), atEnd.inputs(), now);
	}

	/** The workload once its terms end, renewed at the effective rate. */
	private static WorkloadUsage renewed(WorkloadUsage u) {
		return new WorkloadUsage(u.name(), u.cost(), u.estimatedCost(), u.apiTokenCost(), u.tokens(), u.model(),
				u.tokenPeaks(), u.served(), u.servedModel(), u.servedPeaks(), u.gpuHours(),
				u.gpuCost().add(u.committedCost()), u.gpuModel(), u.gpuBusy(), List.of(), u.tokensPerRequest());
	}

	/** The GPU time nothing commits, with its share of the served tokens. */
	private static WorkloadUsage uncommitted(WorkloadUsage u, BigDecimal uncovered) {
		BigDecimal share = uncovered.divide(u.gpuHours(), PRECISION);
		return new WorkloadUsage(u.name(), u.cost(), u.estimatedCost(), u.apiTokenCost(), u.tokens(), u.model(),
				u.tokenPeaks(), u.served().scaled(share), u.servedModel(), u.servedPeaks().scaled(share), uncovered,
				u.gpuCost(), u.gpuModel(), u.gpuBusy(), List.of(), u.tokensPerRequest());
	}

	private static Alternative plus(Alternative a, BigDecimal sunk, String stays) {
		return new Alternative(a.action(), a.monthlyCost().add(sunk), a.gpus(), a.instances(), a.servers(),
				a.paybackMonths(), a.sizing() + stays);
	}

	private static String chosen(List<Alternative> alternatives, Action action) {
		return alternatives.stream().filter(a -> a.action() == action).findFirst().map(Alternative::sizing).orElse("");
	}

	private static String words(List<CommittedCapacity> committed) {
		return committed.stream().map(c -> c.commitment().words()).collect(Collectors.joining("; "));
	}

	/** The type of the commitment covering the most GPU-hours (the first on a tie). */
	private static String largestType(List<CommittedCapacity> committed) {
		return committed.stream()
			.reduce((x, y) -> y.gpuHours().compareTo(x.gpuHours()) > 0 ? y : x)
			.map(c -> c.commitment().type())
			.orElse(null);
	}

	private static LocalDate earliestEnd(List<CommittedCapacity> committed) {
		return committed.stream()
			.map(c -> c.commitment().endsOn())
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

}
