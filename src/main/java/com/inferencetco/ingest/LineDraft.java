package com.inferencetco.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.inferencetco.catalog.GpuInstanceCatalog.GpuAllocation;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;

/**
 * What a normalizer has found out about a line while classifying it: other cloud cost
 * until a rule says it is GPU time, egress, storage, tokens, tax or a credit. Every
 * normalizer classifies this way, then builds the record.
 */
public final class LineDraft {

	private RecordKind kind = RecordKind.OTHER_COST;

	private CostCategory category = CostCategory.OTHER_CLOUD;

	private BigDecimal gpuHours;

	private BigDecimal egressGb;

	private BigDecimal tokens;

	private TokenType tokenType;

	private String model = "";

	public LineDraft tax() {
		category = CostCategory.TAX;
		return this;
	}

	public LineDraft credit() {
		category = CostCategory.CREDITS;
		return this;
	}

	/**
	 * API usage billed without token counts (a cost report line): api-tokens cost, no
	 * quantity.
	 */
	public LineDraft apiCost() {
		category = CostCategory.API_TOKENS;
		return this;
	}

	public LineDraft storage() {
		kind = RecordKind.STORAGE;
		category = CostCategory.STORAGE;
		return this;
	}

	/** GPU time: instance-hours times the instance's GPUs. */
	public LineDraft gpu(GpuAllocation gpu, BigDecimal instanceHours) {
		kind = RecordKind.GPU_HOURS;
		category = CostCategory.GPU_COMPUTE;
		gpuHours = instanceHours.multiply(BigDecimal.valueOf(gpu.gpuCount()));
		model = gpu.gpuModel();
		return this;
	}

	/**
	 * Money for GPUs that is not GPU time of its own: a reservation's fee (the hours it
	 * covers are its discounted-usage lines), a Savings Plan's negation of the GPU usage
	 * it covers. GPU compute cost, no GPU-hours, so the hours are counted once.
	 */
	public LineDraft gpuMoneyWithoutHours(GpuAllocation gpu) {
		kind = RecordKind.OTHER_COST;
		category = CostCategory.GPU_COMPUTE;
		model = gpu.gpuModel();
		return this;
	}

	public LineDraft egress(BigDecimal gigabytes) {
		kind = RecordKind.EGRESS;
		category = CostCategory.EGRESS;
		egressGb = gigabytes;
		return this;
	}

	public LineDraft tokens(BigDecimal count, TokenType type, String llmModel) {
		kind = RecordKind.TOKEN_USAGE;
		category = CostCategory.API_TOKENS;
		tokens = count;
		tokenType = type;
		model = llmModel == null ? "" : llmModel;
		return this;
	}

	public boolean isGpuTime() {
		return kind == RecordKind.GPU_HOURS;
	}

	public boolean isTokens() {
		return kind == RecordKind.TOKEN_USAGE;
	}

	/**
	 * The LLM model of a token line, for the workload's fallback name; null for other
	 * lines.
	 */
	public String tokenModel() {
		return isTokens() ? model : null;
	}

	public String model() {
		return model;
	}

	/** A bill line: it carries invoiced cost. */
	public NormalizedLine bill(CostDimensions dimensions, LocalDate day, BigDecimal quantity, String unit,
			BigDecimal cost, String currency) {
		return build(SourceKind.BILL, dimensions, day, quantity, unit, cost, currency);
	}

	public NormalizedLine build(SourceKind source, CostDimensions dimensions, LocalDate day, BigDecimal quantity,
			String unit, BigDecimal cost, String currency) {
		return new NormalizedLine(kind, category, source, dimensions, day, quantity, unit, gpuHours, egressGb, tokens,
				tokenType, cost, currency);
	}

	/** Shortcuts for text columns: null-safe, trimmed, lower case. */
	public static String lower(String value) {
		return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
	}

	public static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
