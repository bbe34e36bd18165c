package com.inferencetco.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.inferencetco.cost.Showback;

/**
 * Budgets against actuals and unit costs, both over the fully loaded costs of the showback, so that they tie out to
 * the TCO the reports show.
 *
 * @param budgets one line per budget given, in the file's order
 * @param unitCosts one line per metric and workload given, in the file's order
 */
public record FinancePack(List<BudgetLine> budgets, List<UnitCost> unitCosts) {

	public static final FinancePack NONE = new FinancePack(List.of(), List.of());

	/** Decimals of a ratio (variance share, cost per unit): exact amounts divided, rounded half-even. */
	static final int RATIO_SCALE = 10;

	/**
	 * A budget against the actual: {@code variance} = actual − budget, {@code varianceShare} = variance / budget
	 * (null for a budget of zero), {@code over} when the actual exceeds the budget.
	 */
	public record BudgetLine(FinanceInputs.Scope scope, String name, BigDecimal budget, BigDecimal actual,
			BigDecimal variance, BigDecimal varianceShare, boolean over) {
	}

	/** A workload's fully loaded cost per unit of a business metric. */
	public record UnitCost(String metric, String workload, BigDecimal units, BigDecimal cost, BigDecimal costPerUnit) {
	}

	public static FinancePack of(Showback showback, FinanceInputs.Parsed given) {
		List<BudgetLine> budgets = new ArrayList<>();
		for (FinanceInputs.Budget budget : given.budgets()) {
			BigDecimal actual = actual(showback, budget.scope(), budget.name());
			BigDecimal variance = actual.subtract(budget.amount());
			budgets.add(new BudgetLine(budget.scope(), budget.name(), budget.amount(), actual, variance,
					budget.amount().signum() == 0 ? null
							: variance.divide(budget.amount(), RATIO_SCALE, RoundingMode.HALF_EVEN),
					actual.compareTo(budget.amount()) > 0));
		}
		List<UnitCost> unitCosts = new ArrayList<>();
		for (FinanceInputs.BusinessMetric metric : given.metrics()) {
			BigDecimal cost = actual(showback, FinanceInputs.Scope.WORKLOAD, metric.workload());
			unitCosts.add(new UnitCost(metric.metric(), metric.workload(), metric.units(), cost,
					cost.divide(metric.units(), RATIO_SCALE, RoundingMode.HALF_EVEN)));
		}
		return new FinancePack(List.copyOf(budgets), List.copyOf(unitCosts));
	}

	/** The fully loaded cost of a workload or an owner; zero for one that had no cost this month. */
	private static BigDecimal actual(Showback showback, FinanceInputs.Scope scope, String name) {
		return scope == FinanceInputs.Scope.WORKLOAD ? showback.fullyLoadedCostOf(name) : showback.totalOf(name);
	}
}
