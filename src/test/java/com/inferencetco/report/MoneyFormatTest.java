package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Shown amounts add up to the shown total, whatever the rounding of the parts. */
class MoneyFormatTest {

	@Test
	void centsAreAllocatedSoThePartsAddUpToTheTotal() {
		// three half cents: each rounds to 0.01 alone (0.03 in all), but the total 0.015
		// shows as 0.02; rounded down
		// to 0.00 each, the two missing cents go to the first two parts (equal
		// remainders, first come)
		assertThat(MoneyFormat.centsThatAddUp(List.of(bd("0.005"), bd("0.005"), bd("0.005"))))
			.containsExactly(bd("0.01"), bd("0.01"), bd("0.00"));
		// 1.006 + 2.006 - 0.004 = 3.008, shown 3.01: floors 1.00 + 2.00 - 0.01 = 2.99,
		// two cents to the largest
		// remainders (0.006 each, the first two)
		assertThat(MoneyFormat.centsThatAddUp(List.of(bd("1.006"), bd("2.006"), bd("-0.004"))))
			.containsExactly(bd("1.01"), bd("2.01"), bd("-0.01"));
		// the largest remainder wins the cent: 0.334 + 0.333 + 0.333 = 1.000
		assertThat(MoneyFormat.centsThatAddUp(List.of(bd("0.334"), bd("0.333"), bd("0.333"))))
			.containsExactly(bd("0.34"), bd("0.33"), bd("0.33"));
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

}
