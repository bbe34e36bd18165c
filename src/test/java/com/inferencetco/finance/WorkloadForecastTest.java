package com.inferencetco.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.inferencetco.model.BillingMonth;

/**
 * A workload's next month on its own trend, and the month its growth makes dedicated GPUs
 * pay.
 */
class WorkloadForecastTest {

	private static final BillingMonth OCTOBER = BillingMonth.parse("2026-10");

	@Test
	void aGrowingServerlessWorkloadIsToldTheMonthDedicatedStartsToPay() {
		// tokens 100M, 200M, 300M in August to October: the line gives 400M in November,
		// 500M in December.
		// Break-even 10,000 tokens a minute: November (30 days) needs 432M, December (31
		// days) 446.4M.
		WorkloadForecast f = WorkloadForecast.of(OCTOBER, new WorkloadForecast.History("chat", money("10", "20", "30"),
				money("100000000", "200000000", "300000000"), new BigDecimal("10000")));

		assertThat(f.nextMonthCost()).isEqualByComparingTo("40");
		assertThat(f.slopePerMonth()).isEqualByComparingTo("10");
		assertThat(f.nextMonthTokens()).isEqualByComparingTo("400000000");
		assertThat(f.months()).isEqualTo(3);
		assertThat(f.switchPaysFrom()).isEqualTo("2026-12");
	}

	@Test
	void noSwitchMonthWhenTheVolumeFallsIsOutOfReachOrTheWorkloadIsNotServerless() {
		List<BigDecimal> falling = money("300000000", "200000000", "100000000");
		assertThat(WorkloadForecast
			.of(OCTOBER, new WorkloadForecast.History("a", money("3", "2", "1"), falling, new BigDecimal("10")))
			.switchPaysFrom()).isNull();
		// +1M a month towards 10M a minute (about 432 billion a month) is not reached
		// within 24 months
		assertThat(WorkloadForecast
			.of(OCTOBER,
					new WorkloadForecast.History("b", money("1", "2", "3"), money("1000000", "2000000", "3000000"),
							new BigDecimal("10000000")))
			.switchPaysFrom()).isNull();
		assertThat(WorkloadForecast
			.of(OCTOBER,
					new WorkloadForecast.History("c", money("1", "2", "3"), money("1000000", "2000000", "3000000"),
							null))
			.switchPaysFrom()).isNull();
	}

	@Test
	void monthsWithoutMeasuredTokensForecastTheCostButNoVolume() {
		// August's cost came without tokens: two months of tokens make no trend of volume
		WorkloadForecast f = WorkloadForecast.of(OCTOBER, new WorkloadForecast.History("a", money("10", "20", "30"),
				money("0", "200000000", "300000000"), new BigDecimal("10")));

		assertThat(f.nextMonthCost()).isEqualByComparingTo("40");
		assertThat(f.nextMonthTokens()).isNull();
		assertThat(f.switchPaysFrom()).isNull();
	}

	@Test
	void twoMonthsMakeNoForecast() {
		assertThat(
				WorkloadForecast.of(OCTOBER, new WorkloadForecast.History("a", money("1", "2"), money("1", "2"), null)))
			.isNull();
	}

	private static List<BigDecimal> money(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

}
