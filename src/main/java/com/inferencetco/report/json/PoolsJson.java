package com.inferencetco.report.json;

import static com.inferencetco.report.json.JsonSummaryWriter.number;
import static com.inferencetco.report.json.JsonSummaryWriter.text;

import tools.jackson.core.JsonGenerator;

import java.util.List;

import com.inferencetco.cost.Pool;

/** The contract's {@code pools}: fleets workloads of one model could share. */
final class PoolsJson {

	private PoolsJson() {
	}

	/** The contract's fields first, then what explains them. */
	static void write(JsonGenerator json, List<Pool> pools) {
		json.writeArrayPropertyStart("pools");
		for (Pool pool : pools) {
			json.writeStartObject();
			json.writeStringProperty("model", pool.model());
			json.writeArrayPropertyStart("workloads");
			pool.workloads().forEach(json::writeString);
			json.writeEndArray();
			json.writeStringProperty("action", pool.action().id());
			json.writeNumberProperty("gpusNeeded", pool.gpusNeeded());
			number(json, "currentMonthlyCost", pool.currentMonthlyCost());
			number(json, "alternativeMonthlyCost", pool.alternativeMonthlyCost());
			number(json, "monthlySaving", pool.monthlySaving());
			json.writeNumberProperty("instancesNeeded", pool.instancesNeeded());
			text(json, "sizedOn", pool.sizedOn());
			number(json, "savingDecidedAlone", pool.aloneSaving());
			text(json, "reason", pool.reason());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

}
