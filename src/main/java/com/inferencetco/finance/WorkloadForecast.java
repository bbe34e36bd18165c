package com.inferencetco.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.inferencetco.model.BillingMonth;

/**
 * One workload's next month from the linear trend of its own cost (invoiced and
 * estimated) and tokens over the consecutive months reported here. For a serverless
 * workload whose tokens grow towards the volume at which whole dedicated GPUs plus the
 * fixed costs of self-hosting beat the API, the first month the trend reaches it.
 *
 * @param nextMonthTokens null when fewer than three of the last months measured tokens
 * @param switchPaysFrom the first month (within {@link #HORIZON_MONTHS}) whose forecast
 * tokens reach the fixed-cost break-even volume, or null (not serverless, not growing, or
 * not within the horizon)
 */
public record WorkloadForecast(String workload, int months, BigDecimal nextMonthCost, BigDecimal slopePerMonth,
		BigDecimal nextMonthTokens, String switchPaysFrom) {

	/**
	 * How far the switch month is looked for: beyond two years a straight line says
	 * little.
	 */
	public static final int HORIZON_MONTHS = 24;

	/**
	 * A workload's months, oldest first, ending with this month.
	 *
	 * @param breakEvenTokensPerMinute the fixed-cost break-even volume of a workload that
	 * stays serverless, else null
	 */
	public record History(String workload, List<BigDecimal> ownCosts, List<BigDecimal> tokens,
			BigDecimal breakEvenTokensPerMinute) {
	}

	/**
	 * The forecast, or null below {@link Forecast#MINIMUM_MONTHS} months. Tokens are
	 * forecast from the last months that all show tokens (a month with cost but no tokens
	 * did not measure them; it is not a month of zero): with fewer than three such
	 * months, no tokens and no switch month are forecast.
	 */
	public static WorkloadForecast of(BillingMonth month, History history) {
		Forecast.Line cost = Forecast.Line.fit(history.ownCosts());
		if (cost == null) {
			return null;
		}
		List<BigDecimal> all = history.tokens();
		int from = all.size();
		while (from > 0 && all.get(from - 1).signum() > 0) {
			from--;
		}
		Forecast.Line tokens = Forecast.Line.fit(all.subList(from, all.size()));
		return new WorkloadForecast(history.workload(), cost.points(), cost.next().stripTrailingZeros(),
				cost.slope().stripTrailingZeros(),
				tokens == null ? null : tokens.next().max(BigDecimal.ZERO).stripTrailingZeros(),
				tokens == null ? null : switchPaysFrom(month, tokens, history.breakEvenTokensPerMinute()));
	}

	private static String switchPaysFrom(BillingMonth month, Forecast.Line tokens, BigDecimal perMinute) {
		if (perMinute == null || tokens.slope().signum() <= 0) {
			return null;
		}
		BillingMonth at = month;
		for (int k = 1; k <= HORIZON_MONTHS; k++) {
			at = at.next();
			BigDecimal minutes = BigDecimal.valueOf(at.value().lengthOfMonth() * 24L * 60L);
			if (tokens.after(k)
				.compareTo(perMinute.multiply(minutes).setScale(Forecast.SCALE, RoundingMode.HALF_EVEN)) >= 0) {
				return at.toString();
			}
		}
		return null;
	}
}
