package com.inferencetco.cost;

/** How a workload is served this month, as the bills show it. */
public enum Deployment {

	/** Per-token APIs. */
	SERVERLESS("serverless"),
	/** GPUs rented by the hour (a bill charges for their time). */
	DEDICATED("dedicated"),
	/**
	 * Servers the company owns: serving metrics count the tokens, no bill charges GPU
	 * time.
	 */
	OWNED("owned"),
	/** No tokens and no GPUs: storage, support, networking shared by the workloads. */
	INFRASTRUCTURE("infrastructure");

	private final String id;

	Deployment(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

}
