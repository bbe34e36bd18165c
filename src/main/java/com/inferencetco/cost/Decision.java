package com.inferencetco.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The decision on one workload. Both monthly costs are fully loaded: what serving costs
 * plus the fixed costs of self-hosting that go with it (engineering, compliance
 * increments; owning adds capital, power, colocation and staff). Costs the decision does
 * not change (storage, egress, shared infrastructure) are in neither, so the saving is
 * exactly what the change saves. A change is recommended only when it saves at least the
 * minimum saving; otherwise the alternative cost is the current one and the saving is
 * zero, never negative.
 *
 * @param gpusNeeded whole GPUs the recommended deployment bills (null for serverless)
 * @param instancesNeeded whole instances of the dedicated offer (null when not renting)
 * @param serversNeeded whole servers to buy (null unless buying)
 * @param dedicatedCanWin whether dedicated GPUs beat the serverless price at any
 * utilization up to 100 % (null when there is nothing to compare)
 * @param breakEvenGpuHourlyRate the GPU rent at which dedicated breaks even at the
 * workload's utilization (or the target utilization when none is measured)
 * @param fixedCostBreakEvenTokensPerMinute the smallest volume at which whole-GPU
 * dedicated serving plus the fixed costs beats serverless, per minute of the month; null
 * when dedicated cannot win
 * @param reason the decision in words, with the figures it rests on
 * @param missing the figure the decision waits for and the threshold it must pass (action
 * {@code measure}), or null
 * @param alternatives every option priced, cheapest first (what the reader can compare)
 * @param commitment what commitments cover of its GPU time and what to do when they end,
 * or null when nothing of it is committed
 * @param decidingDefaults the built-in defaults that change the action within a factor of
 * two (check them before acting)
 */
public record Decision(Action action, BigDecimal currentMonthlyCost, BigDecimal alternativeMonthlyCost,
		BigDecimal monthlySaving, Integer gpusNeeded, Integer instancesNeeded, Integer serversNeeded,
		Boolean dedicatedCanWin, BigDecimal breakEvenGpuHourlyRate, BigDecimal paybackMonths,
		BigDecimal fixedCostBreakEvenTokensPerMinute, String reason, String missing, List<Alternative> alternatives,
		CommitmentTerms commitment, List<DecidingDefault> decidingDefaults) {

	/** A decision before its deciding defaults are known. */
	public Decision(Action action, BigDecimal currentMonthlyCost, BigDecimal alternativeMonthlyCost,
			BigDecimal monthlySaving, Integer gpusNeeded, Integer instancesNeeded, Integer serversNeeded,
			Boolean dedicatedCanWin, BigDecimal breakEvenGpuHourlyRate, BigDecimal paybackMonths,
			BigDecimal fixedCostBreakEvenTokensPerMinute, String reason, String missing, List<Alternative> alternatives,
			CommitmentTerms commitment) {
		this(action, currentMonthlyCost, alternativeMonthlyCost, monthlySaving, gpusNeeded, instancesNeeded,
				serversNeeded, dedicatedCanWin, breakEvenGpuHourlyRate, paybackMonths,
				fixedCostBreakEvenTokensPerMinute, reason, missing, alternatives, commitment, List.of());
	}

	/** A decision on GPU time nothing commits. */
	public Decision(Action action, BigDecimal currentMonthlyCost, BigDecimal alternativeMonthlyCost,
			BigDecimal monthlySaving, Integer gpusNeeded, Integer instancesNeeded, Integer serversNeeded,
			Boolean dedicatedCanWin, BigDecimal breakEvenGpuHourlyRate, BigDecimal paybackMonths,
			BigDecimal fixedCostBreakEvenTokensPerMinute, String reason, String missing,
			List<Alternative> alternatives) {
		this(action, currentMonthlyCost, alternativeMonthlyCost, monthlySaving, gpusNeeded, instancesNeeded,
				serversNeeded, dedicatedCanWin, breakEvenGpuHourlyRate, paybackMonths,
				fixedCostBreakEvenTokensPerMinute, reason, missing, alternatives, null);
	}

	/** One way of serving the workload, priced fully loaded for the month. */
	public record Alternative(Action action, BigDecimal monthlyCost, Integer gpus, Integer instances, Integer servers,
			BigDecimal paybackMonths, String sizing) {
	}

	public Decision {
		if (monthlySaving.signum() < 0) {
			throw new IllegalArgumentException("a decision never loses money: saving " + monthlySaving);
		}
		alternatives = List.copyOf(alternatives);
		decidingDefaults = List.copyOf(decidingDefaults);
	}

	/** The same decision with the defaults it rests on. */
	public Decision deciding(List<DecidingDefault> defaults) {
		return new Decision(action, currentMonthlyCost, alternativeMonthlyCost, monthlySaving, gpusNeeded,
				instancesNeeded, serversNeeded, dedicatedCanWin, breakEvenGpuHourlyRate, paybackMonths,
				fixedCostBreakEvenTokensPerMinute, reason, missing, alternatives, commitment, defaults);
	}

	/** The same decision with words added to its reason. */
	public Decision noted(String note) {
		if (note.isEmpty()) {
			return this;
		}
		return new Decision(action, currentMonthlyCost, alternativeMonthlyCost, monthlySaving, gpusNeeded,
				instancesNeeded, serversNeeded, dedicatedCanWin, breakEvenGpuHourlyRate, paybackMonths,
				fixedCostBreakEvenTokensPerMinute, reason + note, missing, alternatives, commitment, decidingDefaults);
	}

	/** The same decision with its reason put in other words and the commitment stated. */
	public Decision committed(String newReason, CommitmentTerms terms) {
		return new Decision(action, currentMonthlyCost, alternativeMonthlyCost, monthlySaving, gpusNeeded,
				instancesNeeded, serversNeeded, dedicatedCanWin, breakEvenGpuHourlyRate, paybackMonths,
				fixedCostBreakEvenTokensPerMinute, newReason, missing, alternatives, terms);
	}

	/**
	 * The deciding defaults in words ("dedicatedGpuHourlyRate 2.5: stay-serverless at
	 * 3.125"), or empty.
	 */
	public String decidingDefaultsInWords() {
		return decidingDefaults.stream()
			.map(d -> d.parameter() + " " + d.value().stripTrailingZeros().toPlainString() + ": " + d.flipsTo().id()
					+ " at " + d.flipsAt().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining("; "));
	}

	/** The text the reports show as the recommendation. */
	public String recommendation() {
		return action.words() + ": " + reason;
	}
}
