package com.inferencetco.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.inferencetco.cost.Assumption;
import com.inferencetco.cost.Parameter;
import com.inferencetco.model.CostCategory;

/**
 * The modelled costs of the month (the TCO beyond what was invoiced or estimated) in
 * words a finance reader can check: each kind with its amount and the assumptions it
 * rests on, said to be built-in defaults where the assumptions file did not set them.
 */
public final class ModelledCosts {

	/** One kind of modelled cost: its name, what it rests on, its amount. */
	public record Line(String name, String basis, BigDecimal amount) {
	}

	private ModelledCosts() {
	}

	/** The modelled kinds with an amount this month, in the order of the categories. */
	public static List<Line> of(ReportModel model) {
		List<Line> lines = new ArrayList<>();
		String c = model.currency();
		for (CostCategory category : CostCategory.values()) {
			BigDecimal amount = model.byCategory().getOrDefault(category, BigDecimal.ZERO);
			if (category.invoiced() || amount.signum() == 0) {
				continue;
			}
			lines.add(switch (category) {
				case ENGINEERING_OVERHEAD -> new Line("Engineering overhead",
						basis(model, c, Parameter.ENGINEERING_FTE.key(), " engineer(s) at ",
								Parameter.ENGINEERING_SALARY.key(), " a year, ", Parameter.ENGINEERING_SHARE.key(),
								" of their time on inference"),
						amount);
				case COMPLIANCE -> new Line("Compliance (GDPR, EU AI Act audits)",
						basis(model, c, Parameter.COMPLIANCE_ONE_OFF.key(), " one-off over ",
								Parameter.COMPLIANCE_MONTHS.key(), " months, and ", Parameter.COMPLIANCE_ANNUAL.key(),
								" a year"),
						amount);
				case ON_PREM -> new Line("Owned servers (capital, power, colocation, staff)",
						basis(model, c, Parameter.SERVERS_OWNED.key(), " server(s) owned"), amount);
				default -> new Line(category.id(), "", amount);
			});
		}
		return lines;
	}

	/**
	 * "1 engineer(s) at 150,000.00 USD a year, 0.5 of their time on inference (built-in
	 * defaults)": the values of the keys with the words between them.
	 */
	private static String basis(ReportModel model, String currency, String... keysAndWords) {
		StringBuilder text = new StringBuilder();
		boolean allDefaults = true;
		for (int i = 0; i < keysAndWords.length; i += 2) {
			String key = keysAndWords[i];
			Optional<Assumption> a = model.assumptions().stream().filter(x -> x.key().equals(key)).findFirst();
			if (a.isEmpty()) {
				continue;
			}
			text.append(a.get().money() ? MoneyFormat.money(a.get().value(), currency)
					: a.get().value().stripTrailingZeros().toPlainString());
			text.append(i + 1 < keysAndWords.length ? keysAndWords[i + 1] : "");
			allDefaults &= a.get().origin().startsWith("built-in");
		}
		return text + (allDefaults ? " (built-in defaults: set yours in the assumptions)" : " (your assumptions)");
	}

}
