package com.inferencetco.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One export line after normalization: what was bought (kind, category), from whom and
 * for which workload, how much of it (quantity in the record's unit, plus the derived
 * GPU-hours, egress GB or tokens) and what it cost. {@code cost} is null for usage
 * records that carry no money (usage meters, telemetry).
 * <p>
 * Token lines also keep when they were used, for sizing on the busiest hour:
 * {@code usageHour} is the hour of {@code usageDay} (0-23, UTC) when the export names an
 * hour the line falls in, else {@link #NO_HOUR}; {@code spanDays} the days a line covers
 * (a month-long console line covers 31, its tokens spread over them). Other lines are
 * summed per day as they always were (an hourly GPU line needs no hour to be counted).
 */
public record NormalizedLine(RecordKind kind, CostCategory category, SourceKind source, CostDimensions dimensions,
		LocalDate usageDay, int usageHour, int spanDays, BigDecimal quantity, String unit, BigDecimal gpuHours,
		BigDecimal egressGb, BigDecimal tokens, TokenType tokenType, BigDecimal cost, String currency) {

	/** The line names no hour: a daily (or longer) line, or a format without hours. */
	public static final int NO_HOUR = -1;

	public NormalizedLine {
		quantity = orZero(quantity);
		gpuHours = orZero(gpuHours);
		egressGb = orZero(egressGb);
		tokens = orZero(tokens);
		unit = unit == null ? "" : unit;
		if (usageHour < NO_HOUR || usageHour > 23 || spanDays < 1) {
			throw new IllegalArgumentException("hour " + usageHour + " and days " + spanDays + " of a line");
		}
	}

	/** A line of one day, no hour named. */
	public NormalizedLine(RecordKind kind, CostCategory category, SourceKind source, CostDimensions dimensions,
			LocalDate usageDay, BigDecimal quantity, String unit, BigDecimal gpuHours, BigDecimal egressGb,
			BigDecimal tokens, TokenType tokenType, BigDecimal cost, String currency) {
		this(kind, category, source, dimensions, usageDay, NO_HOUR, 1, quantity, unit, gpuHours, egressGb, tokens,
				tokenType, cost, currency);
	}

	/**
	 * This line used within an hour of its day or over several days; a line other than
	 * tokens is returned as it is.
	 */
	public NormalizedLine within(int hour, int days) {
		if (kind != RecordKind.TOKEN_USAGE || hour == usageHour && days == spanDays) {
			return this;
		}
		return new NormalizedLine(kind, category, source, dimensions, usageDay, hour, days, quantity, unit, gpuHours,
				egressGb, tokens, tokenType, cost, currency);
	}

	/**
	 * What records must share to be summed into one stored row: everything but the
	 * amounts.
	 */
	public record Grain(RecordKind kind, CostCategory category, SourceKind source, CostDimensions dimensions,
			LocalDate usageDay, int usageHour, int spanDays, String unit, TokenType tokenType, String currency) {
	}

	public Grain grain() {
		return new Grain(kind, category, source, dimensions, usageDay, usageHour, spanDays, unit, tokenType, currency);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
