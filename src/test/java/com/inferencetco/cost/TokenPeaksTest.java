package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TokenPeaksTest {

	private static final BigDecimal THREE = BigDecimal.valueOf(3);

	private static final LocalDate OCT_14 = LocalDate.of(2026, 10, 14);

	@Test
	void hourlyTokensAreSizedOnTheirBusiestHour() {
		TokenPeaks peaks = new TokenPeaks();
		// 10-14: 36,000,000 at 09:00 and 72,000,000 at 15:00; 10-15: 54,000,000 at 10:00
		peaks.add(new BigDecimal("36000000"), OCT_14, 9, 1);
		peaks.add(new BigDecimal("72000000"), OCT_14, 15, 1);
		peaks.add(new BigDecimal("54000000"), OCT_14.plusDays(1), 10, 1);

		PeakLoad peak = peaks.peak(THREE);

		// 72,000,000 / 3,600 = 20,000 tokens/s; the factor applies to day-only tokens
		assertThat(peak.day()).isEqualTo(OCT_14);
		assertThat(peak.hour()).isEqualTo(15);
		assertThat(peak.tokensPerSecond()).isEqualByComparingTo("20000");
		assertThat(peak.words()).isEqualTo("busiest hour 2026-10-14 15:00 UTC (72,000,000 tokens): 20,000 tokens/s");
	}

	@Test
	void dayOnlyTokensTakeThePeakToAverageFactor() {
		TokenPeaks peaks = new TokenPeaks();
		peaks.add(new BigDecimal("864000000"), OCT_14, -1, 1);

		// 864,000,000 / 86,400 = 10,000 tokens/s on average, 30,000 at three times it
		PeakLoad peak = peaks.peak(THREE);

		assertThat(peak.tokensPerSecond()).isEqualByComparingTo("30000");
		assertThat(peak.hour()).isNull();
		assertThat(peak.words()).isEqualTo("busiest day 2026-10-14 (864,000,000 tokens) at 3 times the day's "
				+ "average (peakToAverage): 30,000 tokens/s");
	}

	@Test
	void aDayWithBothAddsItsBusiestHourToItsDayOnlyTokensAtTheFactor() {
		TokenPeaks peaks = new TokenPeaks();
		peaks.add(new BigDecimal("36000000"), OCT_14, 12, 1);
		peaks.add(new BigDecimal("86400000"), OCT_14, -1, 1);

		// 36,000,000 / 3,600 = 10,000 plus 86,400,000 x 3 / 86,400 = 3,000
		assertThat(peaks.peak(THREE).tokensPerSecond()).isEqualByComparingTo("13000");
	}

	@Test
	void aLineCoveringTheMonthIsSpreadOverItsDays() {
		TokenPeaks peaks = new TokenPeaks();
		// 1,339,200,000 tokens over October's 31 days: 43,200,000 a day
		peaks.add(new BigDecimal("1339200000"), LocalDate.of(2026, 10, 1), -1, 31);
		// a day that also has a line of its own is the busiest
		peaks.add(new BigDecimal("8640000"), OCT_14, -1, 1);

		PeakLoad peak = peaks.peak(THREE);

		// (43,200,000 + 8,640,000) x 3 / 86,400 = 1,800 tokens/s, not 1,339,200,000 x 3
		// / 86,400 = 46,500 as if it all fell on its first day
		assertThat(peak.day()).isEqualTo(OCT_14);
		assertThat(peak.tokensPerSecond()).isEqualByComparingTo("1800");
		assertThat(peak.spread()).isTrue();
		assertThat(peak.words()).contains("lines covering several days spread over them");
	}

	@Test
	void aShareOfTheTokensHasTheSameTimesAtThatShare() {
		TokenPeaks peaks = new TokenPeaks();
		peaks.add(new BigDecimal("72000000"), OCT_14, 15, 1);

		// a quarter of 20,000 tokens/s
		assertThat(peaks.scaled(new BigDecimal("0.25")).peak(THREE).tokensPerSecond()).isEqualByComparingTo("5000");
	}

	@Test
	void noTokensMeanNothingToSize() {
		assertThat(new TokenPeaks().peak(THREE).tokensPerSecond()).isEqualByComparingTo("0");
		assertThat(new TokenPeaks().peak(THREE).day()).isNull();
	}

}
