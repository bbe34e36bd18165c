package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.inferencetco.cost.Showback.Usage;

/**
 * Shared and modelled costs allocated in cents that add up, by the measure the
 * assumptions choose.
 */
class ShowbackTest {

	private static final AllocationRules BY_COST = new AllocationRules(AllocationRules.Method.COST, List.of(), Map.of(),
			Map.of("chat", "care", "search", "platform", "rerank", "platform"));

	@Test
	void sharedAndModelledCostsFollowOwnCostAndAddUpToTheTcoInCents() {
		// chat 100.00 and search 300.00 serve inference; monitoring (40.00) serves none
		// and is shared; modelled 20.01
		Showback showback = Showback.allocate(List.of(usage("chat", "100.00", true), usage("search", "300.00", true),
				usage("monitoring", "40.00", false)), new BigDecimal("20.01"), BY_COST);

		// shared 40.00 by 100:300: chat 10.00, search 30.00
		// modelled 20.01: chat 5.0025 -> 5.00, search 15.0075 -> 15.00; the cent left
		// goes to the larger remainder,
		// search (0.0075 against 0.0025): 15.01
		assertThat(line(showback, "chat").sharedShare()).isEqualByComparingTo("10.00");
		assertThat(line(showback, "chat").modelledShare()).isEqualByComparingTo("5.00");
		assertThat(line(showback, "chat").fullyLoadedCost()).isEqualByComparingTo("115.00");
		assertThat(line(showback, "search").modelledShare()).isEqualByComparingTo("15.01");
		assertThat(line(showback, "search").fullyLoadedCost()).isEqualByComparingTo("345.01");
		assertThat(line(showback, "monitoring").shared()).isTrue();
		assertThat(line(showback, "monitoring").fullyLoadedCost()).isZero();
		// 100 + 300 + 40 + 20.01 = 460.01, exactly
		assertThat(showback.total()).isEqualByComparingTo("460.01");
		// by owner: platform 345.01, care 115.00, in that order
		assertThat(showback.owners()).extracting(Showback.Owner::owner).containsExactly("platform", "care");
		assertThat(showback.owners().get(0).direct()).isEqualByComparingTo("300.00");
		assertThat(showback.owners().get(0).shared()).isEqualByComparingTo("30.00");
		assertThat(showback.owners().get(0).modelled()).isEqualByComparingTo("15.01");
		assertThat(showback.owners().get(0).total()).isEqualByComparingTo("345.01");
	}

	@Test
	void aPoolWithFractionsOfACentAndCreditsStillAddsUpExactly() {
		// three equal workloads share 10.00 of modelled costs and a credit of -1.005
		// handed on by a shared workload
		Showback showback = Showback.allocate(List.of(usage("a", "1.111", true), usage("b", "1.111", true),
				usage("c", "1.111", true), usage("credit", "-1.005", false)), new BigDecimal("10.00"), BY_COST);

		// modelled 10.00 / 3 = 3.333...: 3.33 each, the cent left to the first of the
		// tied remainders: a 3.34
		assertThat(line(showback, "a").modelledShare()).isEqualByComparingTo("3.34");
		assertThat(line(showback, "b").modelledShare()).isEqualByComparingTo("3.33");
		// shared -1.005 / 3 = -0.335: -0.33 each toward zero, then a cent to the first:
		// -0.34; the -0.005 left
		// below a cent goes to the heaviest (the first of the equal weights): a -0.345
		assertThat(line(showback, "a").sharedShare()).isEqualByComparingTo("-0.345");
		assertThat(line(showback, "b").sharedShare()).isEqualByComparingTo("-0.33");
		// 3 x 1.111 - 1.005 + 10.00 = 12.328
		assertThat(showback.total()).isEqualByComparingTo("12.328");
	}

	@Test
	void tokensOrGpuHoursOrFixedSharesAreTheMeasureWhenChosen() {
		List<Usage> month = List.of(
				new Usage("chat", new BigDecimal("100"), new BigDecimal("3000000"), BigDecimal.ZERO, true),
				new Usage("batch", new BigDecimal("100"), new BigDecimal("1000000"), new BigDecimal("10"), true));
		// by tokens 3:1 -> 90 modelled: 67.50 and 22.50
		Showback byTokens = Showback.allocate(month, new BigDecimal("90"),
				new AllocationRules(AllocationRules.Method.TOKENS, List.of(), Map.of(), Map.of()));
		assertThat(line(byTokens, "chat").modelledShare()).isEqualByComparingTo("67.50");
		assertThat(line(byTokens, "batch").modelledShare()).isEqualByComparingTo("22.50");
		// by GPU-hours, only batch has any: all 90 to it
		Showback byHours = Showback.allocate(month, new BigDecimal("90"),
				new AllocationRules(AllocationRules.Method.GPU_HOURS, List.of(), Map.of(), Map.of()));
		assertThat(line(byHours, "batch").modelledShare()).isEqualByComparingTo("90");
		assertThat(line(byHours, "chat").modelledShare()).isZero();
		// fixed 0.2 / 0.8
		Showback fixed = Showback.allocate(month, new BigDecimal("90"),
				new AllocationRules(AllocationRules.Method.FIXED, List.of(),
						Map.of("chat", new BigDecimal("0.2"), "batch", new BigDecimal("0.8")), Map.of()));
		assertThat(line(fixed, "chat").modelledShare()).isEqualByComparingTo("18.00");
		assertThat(line(fixed, "batch").modelledShare()).isEqualByComparingTo("72.00");
	}

	@Test
	void aMonthWithoutWorkloadsLeavesItsModelledCostsUnallocated() {
		Showback showback = Showback.allocate(List.of(), new BigDecimal("2875"), AllocationRules.DEFAULT);
		assertThat(showback.workloads()).isEmpty();
		assertThat(showback.unallocated()).isEqualByComparingTo("2875");
		assertThat(showback.total()).isEqualByComparingTo("2875");
	}

	private static Usage usage(String name, String cost, boolean servesInference) {
		return new Usage(name, new BigDecimal(cost), BigDecimal.ZERO, BigDecimal.ZERO, servesInference);
	}

	private static Showback.Line line(Showback showback, String workload) {
		return showback.workloads().stream().filter(l -> l.workload().equals(workload)).findFirst().orElseThrow();
	}

}
