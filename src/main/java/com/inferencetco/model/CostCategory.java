package com.inferencetco.model;

/**
 * What a cost bought. The first seven are invoiced (read from bills); the last three are
 * modelled by the cost engine and never part of the invoiced total.
 */
public enum CostCategory implements Identified {

	API_TOKENS("api-tokens", true), GPU_COMPUTE("gpu-compute", true), EGRESS("egress", true), STORAGE("storage", true),
	OTHER_CLOUD("other-cloud", true), TAX("tax", true), CREDITS("credits", true),
	ENGINEERING_OVERHEAD("engineering-overhead", false), COMPLIANCE("compliance", false), ON_PREM("on-prem", false);

	private final String id;

	private final boolean invoiced;

	CostCategory(String id, boolean invoiced) {
		this.id = id;
		this.invoiced = invoiced;
	}

	@Override
	public String id() {
		return id;
	}

	public boolean invoiced() {
		return invoiced;
	}

	public static CostCategory fromId(String id) {
		return Identified.byId(CostCategory.class, id, "cost category");
	}

}
