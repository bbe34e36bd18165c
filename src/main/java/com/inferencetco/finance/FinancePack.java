package com.inferencetco.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.inferencetco.cost.Showback;

/**
 * Budgets against actuals and unit costs, both over the fully loaded costs of the
 * showback, so that they tie out to the TCO the reports show.
 *
 * @param budgets one line per budget given, in the file's order
 * @param unitCosts one line per metric and workload given, in the file's order
 * @param monthToDate the days the month's bills cover when it is run before it ends
 * (budgets are then projected), else null
 */
public record FinancePack(List<BudgetLine> budgets, List<UnitCost> unitCosts, MonthToDate monthToDate) {

	public static final FinancePack NONE = new FinancePack(List.of(), List.of(), null);

	/**
	 * Decimals of a ratio (variance share, cost per unit): exact amounts divided, rounded
	 * half-even.
	 */
	static final int RATIO_SCALE = 10;

	/**
	 * A budget against the actual: {@code variance} = actual − budget,
	 * {@code varianceShare} = variance / budget (null for a budget of zero), {@code over}
	 * when the actual exceeds the budget. In a month run before it ends,
	 * {@code projected} is the month end at the run rate, {@code projectedVariance} =
	 * projected − budget; else null.
	 */
	public record BudgetLine(FinanceInputs.Scope scope, String name, BigDecimal budget, BigDecimal actual,
			BigDecimal variance, BigDecimal varianceShare, boolean over, BigDecimal projected,
			BigDecimal projectedVariance) {

		/** Over budget now, or heading there by the month end. */
		public boolean overOrHeadingOver() {
			return over || projectedVariance != null && projectedVariance.signum() > 0;
		}
	}

	/**
	 * A workload's fully loaded cost per unit of a business metric.
	 *
	 * @param trend the cost per unit of the months reported before with the same metric,
	 * oldest first (up to 12)
	 */
	public record UnitCost(String metric, String workload, BigDecimal units, BigDecimal cost, BigDecimal costPerUnit,
			List<UnitCostPoint> trend) {

		/**
		 * The month before's cost per unit when that month is in the trend, else null.
		 */
		public BigDecimal previousCostPerUnit(String previousMonth) {
			return trend.isEmpty() || !trend.get(trend.size() - 1).month().equals(previousMonth) ? null
					: trend.get(trend.size() - 1).costPerUnit();
		}
	}

	/** A metric's cost per unit in an earlier month. */
	public record UnitCostPoint(String month, BigDecimal costPerUnit) {
	}

	/** What a metric is counted for: its name and the workload. */
	public record MetricOf(String metric, String workload) {
	}

	public static FinancePack of(Showback showback, FinanceInputs.Parsed given) {
		return of(showback, given, null, Map.of());
	}

	/**
	 * The pack; {@code trends} holds the earlier months' cost per unit of each metric,
	 * oldest first.
	 */
	public static FinancePack of(Showback showback, FinanceInputs.Parsed given, MonthToDate monthToDate,
			Map<MetricOf, List<UnitCostPoint>> trends) {
		List<BudgetLine> budgets = new ArrayList<>();
		for (FinanceInputs.Budget budget : given.budgets()) {
			BigDecimal actual = actual(showback, budget.scope(), budget.name());
			BigDecimal variance = actual.subtract(budget.amount());
			BigDecimal projected = monthToDate == null ? null
					: projected(showback, budget.scope(), budget.name(), monthToDate);
			budgets.add(new BudgetLine(budget.scope(), budget.name(), budget.amount(), actual, variance,
					budget.amount().signum() == 0 ? null
							: variance.divide(budget.amount(), RATIO_SCALE, RoundingMode.HALF_EVEN),
					actual.compareTo(budget.amount()) > 0, projected,
					projected == null ? null : projected.subtract(budget.amount())));
		}
		List<UnitCost> unitCosts = new ArrayList<>();
		for (FinanceInputs.BusinessMetric metric : given.metrics()) {
			BigDecimal cost = actual(showback, FinanceInputs.Scope.WORKLOAD, metric.workload());
			List<UnitCostPoint> trend = trends.getOrDefault(new MetricOf(metric.metric(), metric.workload()),
					List.of());
			unitCosts.add(new UnitCost(metric.metric(), metric.workload(), metric.units(), cost,
					cost.divide(metric.units(), RATIO_SCALE, RoundingMode.HALF_EVEN),
					List.copyOf(trend.subList(Math.max(0, trend.size() - 12), trend.size()))));
		}
		return new FinancePack(List.copyOf(budgets), List.copyOf(unitCosts), monthToDate);
	}

	/**
	 * The fully loaded cost of a workload or an owner; zero for one that had no cost this
	 * month.
	 */
	private static BigDecimal actual(Showback showback, FinanceInputs.Scope scope, String name) {
		return scope == FinanceInputs.Scope.WORKLOAD ? showback.fullyLoadedCostOf(name) : showback.totalOf(name);
	}

	private static BigDecimal projected(Showback showback, FinanceInputs.Scope scope, String name, MonthToDate mtd) {
		if (scope == FinanceInputs.Scope.WORKLOAD) {
			return showback.line(name)
				.map(l -> mtd.project(l.directCost().add(l.sharedShare()), l.modelledShare()))
				.orElse(BigDecimal.ZERO);
		}
		return showback.owners()
			.stream()
			.filter(o -> o.owner().equals(name))
			.findFirst()
			.map(o -> mtd.project(o.direct().add(o.shared()), o.modelled()))
			.orElse(BigDecimal.ZERO);
	}
}
