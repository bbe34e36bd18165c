package com.inferencetco;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

/**
 * What every decision in a JSON summary must satisfy, whatever the month: it never loses
 * money.
 */
public final class DecisionAssertions {

	private DecisionAssertions() {
	}

	/**
	 * Every workload of a summary: see {@link #neverLosesMoney(JsonNode)}; returns how
	 * many changes it recommends.
	 */
	public static int everyDecisionNeverLosesMoney(JsonNode summary) {
		int changes = 0;
		for (JsonNode w : summary.get("workloads")) {
			JsonNode decision = w.get("decision");
			neverLosesMoney(decision);
			assertThat(w.get("monthlySavings").decimalValue()).as(w.get("name").asString())
				.isEqualByComparingTo(decision.get("monthlySaving").decimalValue());
			if (decision.get("monthlySaving").decimalValue().signum() > 0) {
				changes++;
			}
		}
		return changes;
	}

	/**
	 * Saving = current - alternative and never negative; GPUs, instances and servers
	 * whole; a purchase pays back within the economic life; a change is only recommended
	 * with a positive saving.
	 */
	public static void neverLosesMoney(JsonNode decision) {
		BigDecimal current = decision.get("currentMonthlyCost").decimalValue();
		BigDecimal alternative = decision.get("alternativeMonthlyCost").decimalValue();
		BigDecimal saving = decision.get("monthlySaving").decimalValue();
		assertThat(saving).as(decision.toString())
			.isEqualByComparingTo(current.subtract(alternative))
			.isGreaterThanOrEqualTo(BigDecimal.ZERO);
		for (String unit : new String[] { "gpusNeeded", "instancesNeeded", "serversNeeded" }) {
			assertThat(decision.get(unit).isNull() || decision.get(unit).isIntegralNumber()).as(unit).isTrue();
		}
		String action = decision.get("action").asString();
		if (action.equals("buy")) {
			assertThat(decision.get("paybackMonths").decimalValue()).isLessThan(BigDecimal.valueOf(36));
			assertThat(decision.get("serversNeeded").asInt()).isPositive();
		}
		if (action.equals("switch-to-dedicated") || action.equals("move-to-serverless") || action.equals("rent-cheaper")
				|| action.equals("buy")) {
			assertThat(saving).as(decision.toString()).isPositive();
		}
	}

}
