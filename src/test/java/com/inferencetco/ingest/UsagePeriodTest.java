package com.inferencetco.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.inferencetco.model.NormalizedLine;

class UsagePeriodTest {

	private static UsagePeriod period(String start, String end) {
		return new UsagePeriod(Instant.parse(start), end == null ? null : Instant.parse(end));
	}

	@Test
	void aLineWithinOneClockHourNamesThatHour() {
		assertThat(period("2026-10-14T15:00:00Z", "2026-10-14T16:00:00Z").hour()).isEqualTo(15);
		assertThat(period("2026-10-14T15:10:00Z", "2026-10-14T15:20:00Z").hour()).isEqualTo(15);
		// a request or a metrics sample at one moment
		assertThat(UsagePeriod.at(Instant.parse("2026-10-14T23:59:59Z")).hour()).isEqualTo(23);
	}

	@Test
	void aLineAcrossClockHoursOrADayNamesNoHour() {
		assertThat(period("2026-10-14T15:30:00Z", "2026-10-14T16:30:00Z").hour()).isEqualTo(NormalizedLine.NO_HOUR);
		assertThat(period("2026-10-14T00:00:00Z", "2026-10-15T00:00:00Z").hour()).isEqualTo(NormalizedLine.NO_HOUR);
	}

	@Test
	void theDaysALineCoversAreItsLengthRoundedUp() {
		// a day: 1; October's 744 hours: 31; 25 hours: 2; a moment or a missing end: 1
		assertThat(period("2026-10-14T00:00:00Z", "2026-10-15T00:00:00Z").days()).isEqualTo(1);
		assertThat(period("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z").days()).isEqualTo(31);
		assertThat(period("2026-10-14T00:00:00Z", "2026-10-15T01:00:00Z").days()).isEqualTo(2);
		assertThat(period("2026-10-14T00:00:00Z", null).days()).isEqualTo(1);
	}

}
