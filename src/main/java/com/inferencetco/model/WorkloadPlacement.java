package com.inferencetco.model;

/**
 * Where a workload's billed and used lines ran: provider, region and category, with the
 * number of lines.
 */
public record WorkloadPlacement(String workload, String provider, String region, CostCategory category, long lines) {
}
