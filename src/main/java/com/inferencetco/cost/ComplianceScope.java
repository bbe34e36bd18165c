package com.inferencetco.cost;

import com.inferencetco.model.Identified;

/**
 * Where the modelled compliance cost (audits and certifications: the one-off cost
 * amortized plus the annual cost) applies, as the assumptions' {@code complianceApplies}
 * says: by default only to a month that self-hosts (dedicated GPUs or owned servers),
 * since a company that only calls per-token APIs relies on its providers' attestations.
 */
public enum ComplianceScope implements Identified {

	SELF_HOSTING("self-hosting"), ALWAYS("always"), NEVER("never");

	private final String id;

	ComplianceScope(String id) {
		this.id = id;
	}

	@Override
	public String id() {
		return id;
	}

	/** Whether the compliance cost is part of a month that does or does not self-host. */
	public boolean appliesTo(boolean selfHosting) {
		return this == ALWAYS || this == SELF_HOSTING && selfHosting;
	}

	public static ComplianceScope fromId(String id) {
		return Identified.byId(ComplianceScope.class, id, "compliance scope");
	}

}
