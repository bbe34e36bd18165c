package com.inferencetco.report.json;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.model.CostCategory;
import com.inferencetco.report.InputFileSummary;
import com.inferencetco.report.ReportModel;

/**
 * Writes {@code tco-YYYY-MM.json} exactly in the field order of ../shared/CONTRACT.md. Amounts are exact
 * decimals written as plain JSON numbers (never binary floating point, never E notation).
 */
public final class JsonSummaryWriter {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private JsonSummaryWriter() {
	}

	public static void write(ReportModel model, OutputStream out) throws IOException {
		try (JsonGenerator json = MAPPER.createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("month", model.month().toString());
			json.writeStringProperty("currency", model.currency());
			json.writeArrayPropertyStart("inputs");
			for (InputFileSummary input : model.inputs()) {
				json.writeStartObject();
				json.writeStringProperty("file", input.file());
				json.writeStringProperty("format", input.format());
				json.writeStringProperty("sha256", input.sha256());
				json.writeNumberProperty("rowsRead", input.rowsRead());
				json.writeNumberProperty("rowsNormalized", input.rowsNormalized());
				json.writeNumberProperty("rowsRejected", input.rowsRejected());
				number(json, "sourceCost", input.sourceCost());
				if (input.sourceCurrency() == null) {
					json.writeNullProperty("sourceCurrency");
				}
				else {
					json.writeStringProperty("sourceCurrency", input.sourceCurrency());
				}
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeObjectPropertyStart("reconciliation");
			json.writeBooleanProperty("balanced", model.balanced());
			number(json, "difference", model.reconciliationDifference());
			json.writeEndObject();
			json.writeObjectPropertyStart("totals");
			number(json, "cost", model.cost());
			number(json, "estimatedCost", model.estimatedCost());
			number(json, "tco", model.tco());
			json.writeObjectPropertyStart("byCategory");
			for (Map.Entry<CostCategory, BigDecimal> entry : model.byCategory().entrySet()) {
				number(json, entry.getKey().id(), entry.getValue());
			}
			json.writeEndObject();
			json.writeEndObject();
			json.writeObjectPropertyStart("tokens");
			number(json, "input", model.tokens().input());
			number(json, "output", model.tokens().output());
			number(json, "cachedInput", model.tokens().cachedInput());
			json.writeEndObject();
			json.writeObjectPropertyStart("gpuHours");
			for (Map.Entry<String, BigDecimal> entry : model.gpuHoursByModel().entrySet()) {
				number(json, entry.getKey(), entry.getValue());
			}
			json.writeEndObject();
			number(json, "egressGb", model.egressGb());
			json.writeArrayPropertyStart("workloads");
			for (WorkloadAnalysis w : model.workloads()) {
				json.writeStartObject();
				json.writeStringProperty("name", w.name());
				json.writeStringProperty("deployment", w.deployment());
				number(json, "tokens", w.tokens());
				number(json, "gpuHours", w.gpuHours());
				number(json, "cost", w.cost());
				number(json, "costPerMillionTokens", w.costPerMillionTokens());
				number(json, "utilization", w.utilization());
				number(json, "breakEvenUtilization", w.breakEvenUtilization());
				number(json, "breakEvenTokensPerMinute", w.breakEvenTokensPerMinute());
				json.writeStringProperty("recommendation", w.recommendation());
				number(json, "monthlySavings", w.monthlySavings());
				number(json, "estimatedCost", w.estimatedCost());
				number(json, "measuredTokensPerSecond", w.measuredTokensPerSecond());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayPropertyStart("notes");
			for (String note : model.notes()) {
				json.writeString(note);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	private static void number(JsonGenerator json, String name, BigDecimal value) {
		if (value == null) {
			json.writeNullProperty(name);
		}
		else {
			json.writeNumberProperty(name, value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
		}
	}
}
