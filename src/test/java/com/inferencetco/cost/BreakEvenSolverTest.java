package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.inferencetco.cost.BreakEvenSolver.BreakEven;

class BreakEvenSolverTest {

	@Test
	void breakEvenOfAnH100AgainstA70bServerlessPrice() {
		// given R = 2.50 per GPU-hour, T = 2,000 tokens/s, P = 0.90 per million, U = 0.6,
		// N = 3,000 tokens
		BreakEven result = BreakEvenSolver.solve(new BigDecimal("2.50"), new BigDecimal("2000"), new BigDecimal("0.90"),
				new BigDecimal("0.6"), new BigDecimal("3000"));
		// then U* = 2.5e6 / (0.9 x 2000 x 3600) = 2,500,000 / 6,480,000 = 0.3858024691...
		assertThat(result.breakEvenUtilization().doubleValue()).isCloseTo(0.38580246913580, within(1e-12));
		// dedicated per million at 60 % = 2.5e6 / (2000 x 3600 x 0.6) = 2,500,000 /
		// 4,320,000 = 0.5787037...
		assertThat(result.dedicatedCostPerMillion().doubleValue()).isCloseTo(0.57870370370370, within(1e-12));
		// tokens per minute at U* = 0.3858024691 x 2000 x 60 = 46,296.296...
		assertThat(result.breakEvenTokensPerMinute().doubleValue()).isCloseTo(46296.2962962963, within(1e-8));
		// conversations per day = 0.3858024691 x 2000 x 86400 / 3000 = 22,222.22...
		assertThat(result.breakEvenConversationsPerDay().doubleValue()).isCloseTo(22222.2222222222, within(1e-8));
		assertThat(result.cheaper()).isEqualTo("dedicated");
	}

	@Test
	void atTheBreakEvenUtilizationBothOptionsCostTheSame() {
		BigDecimal rate = new BigDecimal("3.10");
		BigDecimal tps = new BigDecimal("1500");
		BigDecimal price = new BigDecimal("1.20");
		BreakEven atOne = BreakEvenSolver.solve(rate, tps, price, BigDecimal.ONE, null);
		BigDecimal atBreakEven = BreakEvenSolver.dedicatedCostPerMillion(rate, tps, atOne.breakEvenUtilization());
		assertThat(atBreakEven.doubleValue()).isCloseTo(1.20, within(1e-12));
		assertThat(atOne.breakEvenConversationsPerDay()).isNull();
	}

	@Test
	void serverlessIsCheaperBelowTheBreakEven() {
		// U* = 2.5e6 / (0.9 x 2000 x 3600) = 0.386; at U = 0.2 dedicated costs
		// 2.5e6/(2000x3600x0.2) = 1.736 > 0.90
		BreakEven result = BreakEvenSolver.solve(new BigDecimal("2.50"), new BigDecimal("2000"), new BigDecimal("0.90"),
				new BigDecimal("0.2"), null);
		assertThat(result.dedicatedCostPerMillion().doubleValue()).isCloseTo(1.7361111111, within(1e-9));
		assertThat(result.cheaper()).isEqualTo("serverless");
	}

}
