package com.inferencetco.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.TcoException;
import com.inferencetco.cost.AllocationRules;
import com.inferencetco.cost.Showback;

/**
 * Budgets and unit costs read from the user's CSV files and computed over the fully
 * loaded costs.
 */
class FinancePackTest {

	@TempDir
	Path work;

	/**
	 * chat 100 and search 300 share 40 of monitoring and 20 of modelled costs by own
	 * cost: 115 and 345.
	 */
	private static final Showback MONTH = Showback
		.allocate(
				List.of(new Showback.Usage("chat", new BigDecimal("100"), BigDecimal.ZERO, BigDecimal.ZERO, true),
						new Showback.Usage("search", new BigDecimal("300"), BigDecimal.ZERO, BigDecimal.ZERO, true),
						new Showback.Usage("monitoring", new BigDecimal("40"), BigDecimal.ZERO, BigDecimal.ZERO,
								false)),
				new BigDecimal("20"), new AllocationRules(AllocationRules.Method.COST, List.of(), Map.of(),
						Map.of("chat", "care", "search", "platform")));

	@Test
	void budgetsAreSetAgainstTheFullyLoadedCostWithTheVarianceSigned() throws IOException {
		Path budgets = Files.writeString(work.resolve("budgets.csv"), "workload,budget\nchat,100\nsearch,400\n");

		FinancePack pack = FinancePack.of(MONTH, new FinanceInputs(budgets, null).read());

		// chat: 115 against 100, 15 over, +15 %; search: 345 against 400, 55 under,
		// -13.75 %
		FinancePack.BudgetLine chat = pack.budgets().get(0);
		assertThat(chat.actual()).isEqualByComparingTo("115");
		assertThat(chat.variance()).isEqualByComparingTo("15");
		assertThat(chat.varianceShare()).isEqualByComparingTo("0.15");
		assertThat(chat.over()).isTrue();
		FinancePack.BudgetLine search = pack.budgets().get(1);
		assertThat(search.variance()).isEqualByComparingTo("-55");
		assertThat(search.varianceShare()).isEqualByComparingTo("-0.1375");
		assertThat(search.over()).isFalse();
	}

	@Test
	void budgetsByOwnerAndUnitCostsUseTheOwnersAndWorkloadsOfTheShowback() throws IOException {
		Path budgets = Files.writeString(work.resolve("budgets.csv"), "Owner,Budget\nplatform,345\ncare,0\n");
		Path metrics = Files.writeString(work.resolve("metrics.csv"),
				"metric,workload,units\nconversations,chat,4600\nrequests,search,1000000\n");

		FinancePack pack = FinancePack.of(MONTH, new FinanceInputs(budgets, metrics).read());

		// platform spends exactly its budget: not over; a budget of zero has no variance
		// share
		assertThat(pack.budgets().get(0).variance()).isZero();
		assertThat(pack.budgets().get(0).over()).isFalse();
		assertThat(pack.budgets().get(1).varianceShare()).isNull();
		assertThat(pack.budgets().get(1).over()).isTrue();
		// 115 / 4,600 conversations = 0.025; 345 / 1,000,000 requests = 0.000345
		assertThat(pack.unitCosts().get(0).costPerUnit()).isEqualByComparingTo("0.025");
		assertThat(pack.unitCosts().get(1).costPerUnit()).isEqualByComparingTo("0.000345");
	}

	@Test
	void aFileThatCannotBeMeantIsRefusedNamingLineAndColumn() throws IOException {
		Path text = Files.writeString(work.resolve("a.csv"), "workload,budget\nchat,100\nsearch,\"1.000,00\"\n");
		assertThatThrownBy(() -> new FinanceInputs(text, null).read()).isInstanceOf(TcoException.class)
			.hasMessageContaining("line 3, column 'budget'");
		Path twice = Files.writeString(work.resolve("b.csv"), "workload,budget\nchat,100\nchat,200\n");
		assertThatThrownBy(() -> new FinanceInputs(twice, null).read())
			.hasMessageContaining("line 3: chat has a budget already");
		Path columns = Files.writeString(work.resolve("c.csv"), "team,amount\nchat,100\n");
		assertThatThrownBy(() -> new FinanceInputs(columns, null).read())
			.hasMessageContaining("expected the columns workload,budget or owner,budget");
		Path zeroUnits = Files.writeString(work.resolve("d.csv"), "metric,workload,units\nconversations,chat,0\n");
		assertThatThrownBy(() -> new FinanceInputs(null, zeroUnits).read())
			.hasMessageContaining("line 2, column 'units': expected a number above zero");
	}

}
