package com.inferencetco.cost;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import com.inferencetco.cost.Decision.Alternative;
import com.inferencetco.cost.ThroughputEstimator.Throughput;

/**
 * Picks the cheapest alternative when it saves at least the minimum saving (buying only
 * when it pays back within the servers' life); otherwise keeps what runs today and says
 * why, with the price at which dedicated GPUs would start to win.
 */
final class CheapestAlternative {

	private final BigDecimal minimumSaving;

	private final int lifeMonths;

	CheapestAlternative(BigDecimal minimumSaving, int lifeMonths) {
		this.minimumSaving = minimumSaving;
		this.lifeMonths = lifeMonths;
	}

	Decision choose(Action stay, BigDecimal current, List<Alternative> options, BreakEvenSolver.BreakEven breakEven,
			BigDecimal rate, Throughput throughput, BigDecimal breakEvenRate, BigDecimal volumeTokensPerMinute,
			String today) {
		List<Alternative> priced = options.stream().sorted(Comparator.comparing(Alternative::monthlyCost)).toList();
		Alternative best = priced.stream()
			.filter(o -> o.action() != Action.BUY
					|| o.paybackMonths() != null && o.paybackMonths().compareTo(BigDecimal.valueOf(lifeMonths)) < 0)
			.findFirst()
			.orElse(null);
		BigDecimal minimum = minimumSaving.max(new BigDecimal("0.01"));
		// without a serverless price there is no break-even to reach
		Boolean canWin = breakEven == null ? null : breakEven.breakEvenUtilization().compareTo(BigDecimal.ONE) <= 0;
		String outOfReach = canWin == null || canWin ? ""
				: "; dedicated cannot win at these prices: it needs a GPU rent below " + Words.money(breakEvenRate)
						+ " an hour or an API price above "
						+ Words
							.price(BreakEvenSolver.dedicatedCostPerMillion(rate, throughput.perGpu(), BigDecimal.ONE))
						+ " per million";
		if (best != null && current.subtract(best.monthlyCost()).compareTo(minimum) >= 0) {
			BigDecimal saving = current.subtract(best.monthlyCost());
			String reason = best.sizing() + ": " + Words.money(best.monthlyCost()) + " a month against "
					+ Words.money(current) + " for " + today + "; saves " + Words.money(saving) + " a month";
			return new Decision(best.action(), current, best.monthlyCost(), saving, best.gpus(), best.instances(),
					best.servers(), canWin, breakEvenRate, best.paybackMonths(), volumeTokensPerMinute, reason, null,
					priced);
		}
		String reason;
		if (best == null) {
			reason = today + " costs " + Words.money(current) + " a month; no alternative could be priced" + outOfReach;
		}
		else {
			BigDecimal gap = current.subtract(best.monthlyCost());
			reason = today + " costs " + Words.money(current) + " a month; the cheapest alternative, "
					+ best.action().id() + " (" + best.sizing() + "), "
					+ (gap.signum() > 0
							? "saves only " + Words.money(gap) + ", below the minimum saving of " + Words.money(minimum)
							: "costs " + Words.money(best.monthlyCost()))
					+ outOfReach;
		}
		return new Decision(stay, current, current, BigDecimal.ZERO, null, null, null, canWin, breakEvenRate, null,
				volumeTokensPerMinute, reason, null, priced);
	}

}
