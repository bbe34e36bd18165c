package com.inferencetco.report.json;

import static com.inferencetco.report.json.JsonSummaryWriter.number;
import static com.inferencetco.report.json.JsonSummaryWriter.text;
import static com.inferencetco.report.json.JsonSummaryWriter.whole;

import tools.jackson.core.JsonGenerator;

import java.math.BigDecimal;

import com.inferencetco.cost.CommitmentTerms;
import com.inferencetco.cost.Decision;
import com.inferencetco.cost.DecidingDefault;
import com.inferencetco.cost.DecisionInputs;

/** A workload's {@code decision} in the JSON summary. */
final class DecisionJson {

	private DecisionJson() {
	}

	/**
	 * The contract's decision fields first, then what explains them: the reason and every
	 * alternative priced.
	 */
	static void write(JsonGenerator json, Decision d, DecisionInputs inputs, BigDecimal used) {
		json.writeObjectPropertyStart("decision");
		json.writeStringProperty("action", d.action().id());
		number(json, "currentMonthlyCost", d.currentMonthlyCost());
		number(json, "alternativeMonthlyCost", d.alternativeMonthlyCost());
		number(json, "monthlySaving", d.monthlySaving());
		whole(json, "gpusNeeded", d.gpusNeeded());
		whole(json, "instancesNeeded", d.instancesNeeded());
		whole(json, "serversNeeded", d.serversNeeded());
		if (d.dedicatedCanWin() == null) {
			json.writeNullProperty("dedicatedCanWin");
		}
		else {
			json.writeBooleanProperty("dedicatedCanWin", d.dedicatedCanWin());
		}
		number(json, "breakEvenGpuHourlyRate", d.breakEvenGpuHourlyRate());
		number(json, "paybackMonths", d.paybackMonths());
		number(json, "fixedCostBreakEvenTokensPerMinute", d.fixedCostBreakEvenTokensPerMinute());
		text(json, "reason", d.reason());
		text(json, "missing", d.missing());
		text(json, "sizedOn", inputs == null ? null : inputs.sizedOn());
		text(json, "substituteModel", inputs == null ? null : inputs.substituteModel());
		if (inputs == null) {
			json.writeNullProperty("throughput");
		}
		else {
			json.writeObjectPropertyStart("throughput");
			number(json, "assumed", inputs.assumedTokensPerSecond());
			number(json, "measured", inputs.measuredTokensPerSecond());
			number(json, "used", used);
			json.writeEndObject();
		}
		json.writeArrayPropertyStart("alternatives");
		for (Decision.Alternative alternative : d.alternatives()) {
			json.writeStartObject();
			json.writeStringProperty("action", alternative.action().id());
			number(json, "monthlyCost", alternative.monthlyCost());
			whole(json, "gpus", alternative.gpus());
			whole(json, "instances", alternative.instances());
			whole(json, "servers", alternative.servers());
			number(json, "paybackMonths", alternative.paybackMonths());
			text(json, "sizing", alternative.sizing());
			json.writeEndObject();
		}
		json.writeEndArray();
		commitment(json, d.commitment());
		// the contract's list is the parameter keys; what each flips at, beside it
		json.writeArrayPropertyStart("decidingDefaults");
		for (DecidingDefault deciding : d.decidingDefaults()) {
			json.writeString(deciding.parameter());
		}
		json.writeEndArray();
		json.writeArrayPropertyStart("decidingDefaultDetails");
		for (DecidingDefault deciding : d.decidingDefaults()) {
			json.writeStartObject();
			json.writeStringProperty("parameter", deciding.parameter());
			number(json, "value", deciding.value());
			number(json, "flipsAt", deciding.flipsAt());
			json.writeStringProperty("flipsTo", deciding.flipsTo().id());
			text(json, "source", deciding.source());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	/**
	 * What commitments cover of the workload's GPU time and what to do when their term
	 * ends; null when nothing is committed.
	 */
	private static void commitment(JsonGenerator json, CommitmentTerms c) {
		if (c == null) {
			json.writeNullProperty("commitment");
			return;
		}
		json.writeObjectPropertyStart("commitment");
		json.writeStringProperty("type", c.type());
		number(json, "monthlyCommitted", c.monthlyCommitted());
		text(json, "commitments", c.commitments());
		text(json, "endsOn", c.endsOn() == null ? null : c.endsOn().toString());
		number(json, "coveredGpuHours", c.coveredGpuHours());
		number(json, "committedCost", c.committedCost());
		number(json, "effectiveGpuHourlyRate", c.effectiveGpuHourlyRate());
		Decision end = c.atEnd();
		json.writeObjectPropertyStart("atEnd");
		json.writeStringProperty("action", end.action().id());
		number(json, "currentMonthlyCost", end.currentMonthlyCost());
		number(json, "alternativeMonthlyCost", end.alternativeMonthlyCost());
		number(json, "monthlySaving", end.monthlySaving());
		text(json, "reason", end.reason());
		json.writeEndObject();
		json.writeEndObject();
	}

}
