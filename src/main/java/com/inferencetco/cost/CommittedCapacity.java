package com.inferencetco.cost;

import java.math.BigDecimal;

import com.inferencetco.model.Commitment;

/**
 * GPU time of a workload that a commitment covers: the GPU-hours and their effective
 * (amortized) cost, in the report currency. Paid for until the term ends, whatever the
 * workload does.
 */
public record CommittedCapacity(Commitment commitment, BigDecimal gpuHours, BigDecimal effectiveCost) {
}
