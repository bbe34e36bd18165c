package com.inferencetco.cost;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a workload has committed to (decision.commitment): the commitments that cover its
 * GPU time, the GPU-hours they cover and their cost at the effective rate, the earliest
 * end of their terms where the export names it, and what to do then. During the term the
 * committed capacity is sunk: no action claims a saving by dropping it.
 *
 * @param type the contract's type of the commitment covering most of its GPU-hours
 * ({@code savings-plan}, {@code reserved-instance}, {@code committed-use},
 * {@code reservation})
 * @param commitments the commitments in words (kind, id, end)
 * @param endsOn the earliest end of a term the exports name, or null when none does
 * @param coveredGpuHours GPU-hours the commitments cover this month
 * @param committedCost those GPU-hours at the commitments' effective (amortized) cost
 * @param effectiveGpuHourlyRate committed cost per covered GPU-hour
 * @param atEnd the decision once the term ends, renewing at the effective rate being
 * today's cost
 */
public record CommitmentTerms(String type, String commitments, LocalDate endsOn, BigDecimal coveredGpuHours,
		BigDecimal committedCost, BigDecimal effectiveGpuHourlyRate, Decision atEnd) {

	/** What the commitments cost this month at their effective rate (contract name). */
	public BigDecimal monthlyCommitted() {
		return committedCost;
	}
}
