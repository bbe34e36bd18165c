package com.inferencetco.model;

/**
 * Who sold what to which workload: the drill-down keys of a normalized record. Absent
 * values are empty strings so that records with the same keys aggregate into one row.
 */
public record CostDimensions(String provider, String billingAccount, String subAccount, String service, String sku,
		String region, String resourceId, String workload, String model) {

	public CostDimensions {
		provider = clean(provider);
		billingAccount = clean(billingAccount);
		subAccount = clean(subAccount);
		service = clean(service);
		sku = clean(sku);
		region = clean(region);
		resourceId = clean(resourceId);
		workload = clean(workload);
		model = clean(model);
	}

	private static String clean(String value) {
		return value == null ? "" : value.strip();
	}
}
