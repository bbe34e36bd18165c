package com.inferencetco.cost;

/**
 * What the decision tells a workload's owner to do, with the ids of the JSON contract.
 */
public enum Action {

	STAY_SERVERLESS("stay-serverless", "Stay serverless"),
	SWITCH_TO_DEDICATED("switch-to-dedicated", "Switch to dedicated"),
	MOVE_TO_SERVERLESS("move-to-serverless", "Move to serverless"), KEEP_DEDICATED("keep-dedicated", "Keep dedicated"),
	/** The same GPUs at the specialized providers' rate instead of the hyperscaler's. */
	RENT_CHEAPER("rent-cheaper", "Rent the same GPUs cheaper"),
	/**
	 * Whole servers, only when owning beats renting over the economic life and pays back
	 * within it.
	 */
	BUY("buy", "Buy servers"),
	/**
	 * Owned servers: their running costs (power, colocation, staff) are below what any
	 * alternative costs; their capital is sunk.
	 */
	KEEP_OWNED("keep-owned", "Keep the owned servers"),
	/** The decision hinges on a figure the month does not show. */
	MEASURE("measure", "Measure first"),
	/** No inference served. */
	NONE("none", "Nothing to decide");

	private final String id;

	private final String words;

	Action(String id, String words) {
		this.id = id;
		this.words = words;
	}

	public String id() {
		return id;
	}

	/** The action as a reader says it. */
	public String words() {
		return words;
	}

	/** Whether following the action changes what runs today. */
	public boolean isChange() {
		return this == SWITCH_TO_DEDICATED || this == MOVE_TO_SERVERLESS || this == RENT_CHEAPER || this == BUY;
	}

}
