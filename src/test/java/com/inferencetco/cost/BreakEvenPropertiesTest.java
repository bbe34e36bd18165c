package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties of the break-even model over a thousand random inputs each (seeded, so a
 * failure reproduces): they hold for every rate, throughput and price, not only for the
 * hand-worked cases.
 */
class BreakEvenPropertiesTest {

	private static final int CASES = 1000;

	private final Random random = new Random(20261028L);

	@Test
	void costPerTokenFallsAsUtilizationRises() {
		for (int i = 0; i < CASES; i++) {
			BigDecimal rate = between(0.2, 100);
			BigDecimal tps = between(10, 50_000);
			BigDecimal low = between(0.01, 0.99);
			BigDecimal high = low.add(between(0.001, 1.0).multiply(BigDecimal.ONE.subtract(low)));
			assertThat(BreakEvenSolver.dedicatedCostPerMillion(rate, tps, low))
				.as("rate %s tps %s u %s < %s", rate, tps, low, high)
				.isGreaterThan(BreakEvenSolver.dedicatedCostPerMillion(rate, tps, high));
		}
	}

	@Test
	void atTheBreakEvenUtilizationBothOptionsCostTheSame() {
		for (int i = 0; i < CASES; i++) {
			BigDecimal rate = between(0.2, 100);
			BigDecimal tps = between(10, 50_000);
			BigDecimal price = between(0.01, 60);
			BigDecimal breakEven = BreakEvenSolver.solve(rate, tps, price, BigDecimal.ONE, null).breakEvenUtilization();
			BigDecimal dedicated = BreakEvenSolver.dedicatedCostPerMillion(rate, tps, breakEven);
			assertThat(dedicated.subtract(price).abs().divide(price, BreakEvenSolver.PRECISION))
				.as("rate %s tps %s price %s", rate, tps, price)
				.isLessThan(new BigDecimal("1e-15"));
		}
	}

	@Test
	void raisingTheServerlessPriceLowersTheBreakEvenUtilization() {
		for (int i = 0; i < CASES; i++) {
			BigDecimal rate = between(0.2, 100);
			BigDecimal tps = between(10, 50_000);
			BigDecimal price = between(0.01, 60);
			BigDecimal higher = price.add(between(0.001, 10));
			assertThat(BreakEvenSolver.solve(rate, tps, higher, BigDecimal.ONE, null).breakEvenUtilization())
				.isLessThan(BreakEvenSolver.solve(rate, tps, price, BigDecimal.ONE, null).breakEvenUtilization());
		}
	}

	private BigDecimal between(double low, double high) {
		return BigDecimal.valueOf(low + random.nextDouble() * (high - low));
	}

}
