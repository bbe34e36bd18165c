package com.inferencetco.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.inferencetco.cost.AllocationRules;
import com.inferencetco.cost.Showback;

/** A month run before it ends projects its budgets to the month end at the run rate. */
class MonthToDateTest {

	@Test
	void aMonthStillInProgressIsProjectedFromTheDaysItsBillsCover() {
		MonthToDate mtd = MonthToDate.of(LocalDate.parse("2026-11-15"), LocalDate.parse("2026-11-20"));

		assertThat(mtd.daysCovered()).isEqualTo(15);
		assertThat(mtd.daysInMonth()).isEqualTo(30);
		// 150 invoiced in 15 days is 300 in 30; 20 of modelled cost is monthly already
		assertThat(mtd.project(new BigDecimal("150"), new BigDecimal("20"))).isEqualByComparingTo("320");
	}

	@Test
	void aMonthRunAfterItEndedOrWithBillsToItsLastDayIsNotProjected() {
		assertThat(MonthToDate.of(LocalDate.parse("2026-11-15"), LocalDate.parse("2026-12-02"))).isNull();
		assertThat(MonthToDate.of(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"))).isNull();
		assertThat(MonthToDate.of(null, LocalDate.parse("2026-11-30"))).isNull();
	}

	@Test
	void budgetsOfAMonthInProgressAreProjectedOnTheirOwnAndSharedCosts() throws Exception {
		// chat 100 and search 300 share 40 of monitoring (by own cost: 10 and 30) and 20
		// of modelled costs (5 and 15)
		Showback month = Showback.allocate(
				List.of(new Showback.Usage("chat", new BigDecimal("100"), BigDecimal.ZERO, BigDecimal.ZERO, true),
						new Showback.Usage("search", new BigDecimal("300"), BigDecimal.ZERO, BigDecimal.ZERO, true),
						new Showback.Usage("monitoring", new BigDecimal("40"), BigDecimal.ZERO, BigDecimal.ZERO,
								false)),
				new BigDecimal("20"), new AllocationRules(AllocationRules.Method.COST, List.of(), Map.of(), Map.of()));
		FinanceInputs.Parsed budgets = new FinanceInputs.Parsed(
				List.of(new FinanceInputs.Budget(FinanceInputs.Scope.WORKLOAD, "chat", new BigDecimal("200"))),
				List.of());
		// bills to 10 November: a third of the month
		MonthToDate mtd = MonthToDate.of(LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-12"));

		FinancePack.BudgetLine chat = FinancePack.of(month, budgets, mtd, Map.of()).budgets().get(0);

		// actual 100 + 10 + 5 = 115, under 200 today; projected (100 + 10) x 30 / 10 + 5
		// = 335, 135 over
		assertThat(chat.actual()).isEqualByComparingTo("115");
		assertThat(chat.over()).isFalse();
		assertThat(chat.projected()).isEqualByComparingTo("335");
		assertThat(chat.projectedVariance()).isEqualByComparingTo("135");
		assertThat(chat.overOrHeadingOver()).isTrue();
	}

}
