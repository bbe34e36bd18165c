package com.inferencetco.cost;

import java.math.BigDecimal;

import com.inferencetco.cost.Decision.Alternative;

/** The alternative of buying whole servers, priced fully loaded with its payback. */
final class BuyOption {

	private BuyOption() {
	}

	/**
	 * Owning whole servers: only an option when it pays back within the economic life.
	 */
	static Alternative of(OnPremModel owned, int servers, BigDecimal rentReplaced, BigDecimal fixedCarried) {
		BigDecimal cost = owned.totalPerServerMonth().multiply(BigDecimal.valueOf(servers)).add(fixedCarried);
		BigDecimal payback = owned.paybackMonths(servers, rentReplaced);
		return new Alternative(Action.BUY, cost, servers * owned.gpusPerServer(), null, servers, payback,
				servers + " server(s) of " + owned.gpusPerServer() + " GPUs, " + owned.method().id() + " over "
						+ owned.lifeYears() + " years with power, colocation and staff; "
						+ (payback == null ? "never pays back against renting"
								: payback.compareTo(BigDecimal.valueOf(owned.lifeMonths())) < 0
										? "pays back in " + Words.months(payback) + " months of a " + owned.lifeMonths()
												+ "-month life"
										: "pays back in " + Words.months(payback) + " months, longer than its "
												+ owned.lifeMonths() + "-month life"));
	}

}
