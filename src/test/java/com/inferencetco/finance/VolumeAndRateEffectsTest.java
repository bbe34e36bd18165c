package com.inferencetco.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.inferencetco.cost.Showback.Usage;

/**
 * The change from last month bridged per workload into volume and rate effects that add
 * up to it.
 */
class VolumeAndRateEffectsTest {

	@Test
	void eachWorkloadsChangeSplitsIntoVolumeAndRateNewAndEndedApart() {
		List<Usage> september = List.of(usage("chat", "100", "1000000", "0"), usage("gpu", "500", "0", "200"),
				usage("storage", "10", "0", "0"), usage("ended", "25", "0", "10"));
		List<Usage> october = List.of(usage("chat", "150", "1200000", "0"), usage("gpu", "450", "0", "200"),
				usage("storage", "12", "0", "0"), usage("new", "40", "100", "0"));

		MonthOverMonth mom = MonthOverMonth.between("2026-09", new BigDecimal("635"), new BigDecimal("700"),
				new BigDecimal("652"), new BigDecimal("710"), september, october);

		// invoiced 652 - 635 = 17; TCO 710 - 700 = 10
		assertThat(mom.costChange()).isEqualByComparingTo("17");
		assertThat(mom.tcoChange()).isEqualByComparingTo("10");
		// chat: 200,000 more tokens at 100 / 1,000,000 = 20 of volume, the other 30 of
		// the 50 is rate
		MonthOverMonth.Driver chat = driver(mom, "chat");
		assertThat(chat.unit()).isEqualTo("tokens");
		assertThat(chat.volumeEffect()).isEqualByComparingTo("20");
		assertThat(chat.rateEffect()).isEqualByComparingTo("30");
		// gpu: the same 200 GPU-hours, 50 cheaper: all rate
		assertThat(driver(mom, "gpu").unit()).isEqualTo("GPU-hours");
		assertThat(driver(mom, "gpu").volumeEffect()).isZero();
		assertThat(driver(mom, "gpu").rateEffect()).isEqualByComparingTo("-50");
		// storage has no volume: its 2 more is rate
		assertThat(driver(mom, "storage").unit()).isNull();
		assertThat(driver(mom, "storage").rateEffect()).isEqualByComparingTo("2");
		// a new workload's 40 and an ended one's -25 are all volume
		assertThat(driver(mom, "new").status()).isEqualTo(MonthOverMonth.Status.NEW);
		assertThat(driver(mom, "new").volumeEffect()).isEqualByComparingTo("40");
		assertThat(driver(mom, "ended").status()).isEqualTo(MonthOverMonth.Status.ENDED);
		assertThat(driver(mom, "ended").volumeEffect()).isEqualByComparingTo("-25");
		// largest change first, ties by name: chat (+50), gpu (-50), new, ended, storage
		assertThat(mom.drivers()).extracting(MonthOverMonth.Driver::workload)
			.containsExactly("chat", "gpu", "new", "ended", "storage");
		// the changes add up to the change of the own costs: 652 - 635 = 17
		assertThat(mom.drivers().stream().map(MonthOverMonth.Driver::change).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("17");
	}

	@Test
	void aVolumeEffectOfManyDecimalsLeavesTheRateEffectExact() {
		// 3 tokens then 4, 1.00 then 1.00: volume 1 x 1.00 / 3 = 0.3333333333, rate
		// -0.3333333333
		MonthOverMonth mom = MonthOverMonth.between("2026-09", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
				BigDecimal.ONE, List.of(usage("chat", "1.00", "3", "0")), List.of(usage("chat", "1.00", "4", "0")));
		MonthOverMonth.Driver chat = driver(mom, "chat");
		assertThat(chat.volumeEffect()).isEqualByComparingTo("0.3333333333");
		assertThat(chat.volumeEffect().add(chat.rateEffect())).isEqualByComparingTo(chat.change());
	}

	private static Usage usage(String name, String cost, String tokens, String gpuHours) {
		return new Usage(name, new BigDecimal(cost), new BigDecimal(tokens), new BigDecimal(gpuHours), true);
	}

	private static MonthOverMonth.Driver driver(MonthOverMonth mom, String workload) {
		return mom.drivers().stream().filter(d -> d.workload().equals(workload)).findFirst().orElseThrow();
	}

}
