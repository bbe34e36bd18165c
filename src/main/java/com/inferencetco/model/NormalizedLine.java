package com.inferencetco.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One export line after normalization: what was bought (kind, category), from whom and
 * for which workload, how much of it (quantity in the record's unit, plus the derived
 * GPU-hours, egress GB or tokens) and what it cost. {@code cost} is null for usage
 * records that carry no money (usage meters, telemetry).
 */
public record NormalizedLine(RecordKind kind, CostCategory category, SourceKind source, CostDimensions dimensions,
		LocalDate usageDay, BigDecimal quantity, String unit, BigDecimal gpuHours, BigDecimal egressGb,
		BigDecimal tokens, TokenType tokenType, BigDecimal cost, String currency) {

	public NormalizedLine {
		quantity = orZero(quantity);
		gpuHours = orZero(gpuHours);
		egressGb = orZero(egressGb);
		tokens = orZero(tokens);
		unit = unit == null ? "" : unit;
	}

	/**
	 * What records must share to be summed into one stored row: everything but the
	 * amounts.
	 */
	public record Grain(RecordKind kind, CostCategory category, SourceKind source, CostDimensions dimensions,
			LocalDate usageDay, String unit, TokenType tokenType, String currency) {
	}

	public Grain grain() {
		return new Grain(kind, category, source, dimensions, usageDay, unit, tokenType, currency);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
