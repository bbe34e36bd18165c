package com.inferencetco.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.inferencetco.model.NormalizedLine;

/**
 * When a line's usage happened, as its export states it: the start, and the end where the
 * export gives one (a request's timestamp has none). Sizing needs the busiest hour, so a
 * token line keeps the hour it falls in when it lies within one clock hour (an hourly
 * bucket, a request, a metrics sample), and the days it covers when it spans several (a
 * console table covering the month).
 *
 * @param end the end of the usage (exclusive), or null for a moment
 */
public record UsagePeriod(Instant start, Instant end) {

	/** A request or a sample at one moment. */
	public static UsagePeriod at(Instant moment) {
		return new UsagePeriod(moment, null);
	}

	/**
	 * The hour of the start's day (UTC) it lies in, or {@link NormalizedLine#NO_HOUR}.
	 */
	public int hour() {
		Instant hourStart = start.truncatedTo(ChronoUnit.HOURS);
		boolean withinOneHour = end == null || !end.isAfter(hourStart.plus(Duration.ofHours(1)));
		return withinOneHour ? start.atZone(ZoneOffset.UTC).getHour() : NormalizedLine.NO_HOUR;
	}

	/** The days it covers: its length in days, rounded up, at least one. */
	public int days() {
		if (end == null || !end.isAfter(start)) {
			return 1;
		}
		Duration length = Duration.between(start, end);
		long days = length.toDays() + (length.equals(Duration.ofDays(length.toDays())) ? 0 : 1);
		return (int) Math.max(1, Math.min(days, 366));
	}

	/** A token line with this period's hour and days; other lines as they are. */
	public NormalizedLine applyTo(NormalizedLine line) {
		return line.within(hour(), days());
	}

}
