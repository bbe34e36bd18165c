package com.inferencetco.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Next month's cost on the least-squares line of the months reported, from three months
 * on.
 */
class ForecastTest {

	@Test
	void threeMonthsGiveTheLeastSquaresLineOneMonthOn() {
		// 100, 110, 130 at x = 0, 1, 2: slope ((-1)(100) + (1)(130)) / 2 = 15, mean
		// 113.33...; at x = 3:
		// 113.3333333333 + 15 x 2 = 143.3333333333
		Forecast forecast = Forecast.linear("2026-11",
				List.of(new BigDecimal("100"), new BigDecimal("110"), new BigDecimal("130")));
		assertThat(forecast.slopePerMonth()).isEqualByComparingTo("15");
		assertThat(forecast.nextMonthCost()).isEqualByComparingTo("143.3333333333");
		assertThat(forecast.months()).isEqualTo(3);
		assertThat(forecast.nextMonth()).isEqualTo("2026-11");
	}

	@Test
	void aFallingTrendOfFourMonthsAndTooFewMonths() {
		// 40, 30, 30, 20: mean 30, x mean 1.5, covariance (-1.5)(40) + (-0.5)(30) +
		// (0.5)(30) + (1.5)(20) = -30,
		// squared deviations 4 x 15 / 12 = 5: slope -6; at x = 4: 30 - 6 x 2.5 = 15
		Forecast forecast = Forecast.linear("2026-11",
				List.of(new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("30"), new BigDecimal("20")));
		assertThat(forecast.slopePerMonth()).isEqualByComparingTo("-6");
		assertThat(forecast.nextMonthCost()).isEqualByComparingTo("15");
		assertThat(Forecast.linear("2026-11", List.of(BigDecimal.ONE, BigDecimal.TEN))).isNull();
	}

}
