package com.inferencetco.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The day a run happens, which decides only whether a month is still in progress (its
 * budgets are then projected to the month end). {@code --inference-tco.today=YYYY-MM-DD}
 * fixes it, so that a month-to-date run can be reproduced (and tested) on any later day.
 */
@Configuration(proxyBeanMethods = false)
class ReportClock {

	@Bean
	Clock clock(@Value("${inference-tco.today:}") String today) {
		if (today.isBlank()) {
			return Clock.systemUTC();
		}
		return Clock.fixed(LocalDate.parse(today).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
	}

}
