package com.inferencetco.cost;

import java.util.ArrayList;
import java.util.List;

import com.inferencetco.model.CostCategory;
import com.inferencetco.model.WorkloadPlacement;

/** Where workloads that must stay in the EU were processed outside it. */
final class ComplianceFlags {

	private ComplianceFlags() {
	}

	/**
	 * Lines of workloads that must stay in the EU: any processed in a region outside the
	 * EU, or bought as API tokens (shared serverless tenancy, where the data processing
	 * agreement decides).
	 */
	static List<String> of(TcoAssumptions a, TcoEngine engine, List<WorkloadPlacement> placements) {
		List<String> euWorkloads = a.choices().euResidencyWorkloads();
		List<String> flags = new ArrayList<>();
		for (WorkloadPlacement p : placements) {
			if (!euWorkloads.contains(p.workload())) {
				continue;
			}
			if (!p.region().isEmpty() && !engine.isEuRegion(p.region())) {
				flags.add(p.workload() + ": " + p.lines() + " line(s) of " + p.provider() + " in region " + p.region()
						+ ", outside the allowed EU regions");
			}
			if (p.category() == CostCategory.API_TOKENS) {
				flags.add(p.workload() + ": " + p.lines() + " line(s) of API tokens at " + p.provider()
						+ (p.region().isEmpty() ? "" : " (" + p.region() + ")")
						+ " run on shared serverless tenancy: check the DPA and the data-residency setting");
			}
		}
		return flags;
	}

}
