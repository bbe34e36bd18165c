package com.inferencetco.report.json;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.cost.Decision;
import com.inferencetco.cost.Showback;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.InvoiceCheck;
import com.inferencetco.model.SkippedInput;
import com.inferencetco.reconcile.InputFileSummary;
import com.inferencetco.report.ReportModel;

/**
 * Writes {@code tco-YYYY-MM.json} exactly in the field order of JSON contract. Amounts
 * are exact decimals written as plain JSON numbers (never binary floating point, never E
 * notation).
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
			json.writeArrayPropertyStart("skippedInputs");
			for (SkippedInput skipped : model.skippedInputs()) {
				json.writeStartObject();
				json.writeStringProperty("file", skipped.file());
				json.writeStringProperty("reason", skipped.reason());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayPropertyStart("invoices");
			for (InvoiceCheck invoice : model.invoices()) {
				json.writeStartObject();
				json.writeStringProperty("issuer", invoice.issuer());
				json.writeStringProperty("invoiceId", invoice.invoiceId());
				json.writeStringProperty("currency", invoice.currency());
				number(json, "invoiceTotal", invoice.invoiceTotal());
				number(json, "costRowsTotal", invoice.costRowsTotal());
				number(json, "difference", invoice.difference());
				json.writeBooleanProperty("reconciled", invoice.matches());
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
				Showback.Line showback = model.showbackOf(w.name());
				json.writeStartObject();
				json.writeStringProperty("name", w.name());
				json.writeStringProperty("deployment", w.deployment().id());
				number(json, "tokens", w.tokens());
				number(json, "gpuHours", w.gpuHours());
				number(json, "cost", w.cost());
				number(json, "costPerMillionTokens", w.costPerMillionTokens());
				number(json, "utilization", w.utilization());
				number(json, "gpuBusy", w.gpuBusy());
				number(json, "breakEvenUtilization", w.breakEvenUtilization());
				number(json, "breakEvenTokensPerMinute", w.breakEvenTokensPerMinute());
				json.writeStringProperty("recommendation", w.recommendation());
				number(json, "monthlySavings", w.monthlySavings());
				number(json, "fullyLoadedCost", showback.fullyLoadedCost());
				text(json, "owner", showback.owner());
				json.writeBooleanProperty("sharedCost", showback.shared());
				DecisionJson.write(json, w.decision(), w.inputs(), w.tokensPerSecondPerGpu());
				number(json, "estimatedCost", w.estimatedCost());
				number(json, "measuredTokensPerSecond", w.measuredTokensPerSecond());
				number(json, "tokensPerSecondPerGpu", w.tokensPerSecondPerGpu());
				text(json, "throughputBasis", w.throughputBasis());
				number(json, "serverlessPricePerMillion", w.serverlessPricePerMillion());
				number(json, "gpuHourlyRate", w.gpuHourlyRate());
				json.writeEndObject();
			}
			json.writeEndArray();
			PoolsJson.write(json, model.findings().pools());
			showback(json, model.showback());
			FinanceJson.write(json, model);
			json.writeArrayPropertyStart("notes");
			for (String note : model.notes()) {
				json.writeString(note);
			}
			json.writeEndArray();
			// 2: the finance pack's fields (fullyLoadedCost, showback, budgets,
			// unitCosts, monthOverMonth, forecast)
			json.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
			json.writeEndObject();
		}
	}

	/**
	 * The version of this summary's layout, raised when fields are added; fields are
	 * never renamed.
	 */
	static final int SCHEMA_VERSION = 2;

	/**
	 * The fully loaded cost by owner, as the contract names it; the allocation method and
	 * pools beside it.
	 */
	private static void showback(JsonGenerator json, Showback showback) {
		json.writeArrayPropertyStart("showback");
		for (Showback.Owner owner : showback.owners()) {
			json.writeStartObject();
			json.writeStringProperty("owner", owner.owner());
			number(json, "direct", owner.direct());
			number(json, "shared", owner.shared());
			number(json, "modelled", owner.modelled());
			number(json, "total", owner.total());
			json.writeArrayPropertyStart("workloads");
			owner.workloads().forEach(json::writeString);
			json.writeEndArray();
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeObjectPropertyStart("allocation");
		json.writeStringProperty("method", showback.method().id());
		number(json, "sharedCost", showback.sharedCost());
		number(json, "modelledCost", showback.modelledCost());
		number(json, "unallocated", showback.unallocated());
		json.writeEndObject();
	}

	static void whole(JsonGenerator json, String name, Integer value) {
		if (value == null) {
			json.writeNullProperty(name);
		}
		else {
			json.writeNumberProperty(name, value.intValue());
		}
	}

	static void text(JsonGenerator json, String name, String value) {
		if (value == null) {
			json.writeNullProperty(name);
		}
		else {
			json.writeStringProperty(name, value);
		}
	}

	static void number(JsonGenerator json, String name, BigDecimal value) {
		if (value == null) {
			json.writeNullProperty(name);
		}
		else {
			json.writeNumberProperty(name, value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
		}
	}

}
