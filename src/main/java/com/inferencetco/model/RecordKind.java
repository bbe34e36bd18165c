package com.inferencetco.model;

/** The shape of a normalized record: what its quantity measures. */
public enum RecordKind {

	/** LLM tokens, with a {@link TokenType}. */
	TOKEN_USAGE,
	/**
	 * Requests a usage export counts (OpenAI {@code num_model_requests}, one per Bedrock
	 * invocation): quantity is the number of requests. They give a workload's tokens per
	 * request, the context its serving must hold.
	 */
	REQUESTS,
	/**
	 * Hours of GPU time, counted per GPU (an 8-GPU instance for one hour is 8 GPU-hours).
	 */
	GPU_HOURS,
	/** Internet egress, in decimal gigabytes. */
	EGRESS,
	/** Stored data. */
	STORAGE,
	/**
	 * A GPU utilization sample from telemetry: quantity is the utilization as a fraction
	 * of one.
	 */
	GPU_UTILIZATION,
	/** A reference exchange rate: quantity units of a currency per euro on a day. */
	EXCHANGE_RATE,
	/**
	 * Any other charge: a bill line that measures nothing we model (tax, credit, support,
	 * other services).
	 */
	OTHER_COST

}
