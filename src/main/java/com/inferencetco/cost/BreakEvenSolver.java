package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The break-even between a dedicated serving unit billed by the hour and a serverless API
 * billed by the token, exactly as the command-line contract defines it (R: hourly rate,
 * T: aggregate tokens per second at full load, P: serverless price per million tokens, U:
 * sustained utilization, N: tokens per conversation).
 */
public final class BreakEvenSolver {

	/**
	 * Twenty significant digits: far beyond a cent on any realistic figure, and a fixed
	 * rule for reproducibility.
	 */
	static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

	/**
	 * The figures of one what-if; conversations per day is null without tokens per
	 * conversation.
	 */
	public record BreakEven(BigDecimal breakEvenUtilization, BigDecimal dedicatedCostPerMillion,
			BigDecimal breakEvenTokensPerMinute, BigDecimal breakEvenConversationsPerDay, String cheaper) {
	}

	private BreakEvenSolver() {
	}

	public static BreakEven solve(BigDecimal hourlyRate, BigDecimal tokensPerSecond, BigDecimal serverlessPerMillion,
			BigDecimal utilization, BigDecimal tokensPerConversation) {
		requirePositive(hourlyRate, "gpu hourly rate");
		requirePositive(tokensPerSecond, "tokens per second");
		requirePositive(serverlessPerMillion, "serverless price per million");
		requirePositive(utilization, "utilization");
		// U* = R x 10^6 / (P x T x 3600)
		BigDecimal breakEvenUtilization = hourlyRate.multiply(MILLION)
			.divide(serverlessPerMillion.multiply(tokensPerSecond).multiply(SECONDS_PER_HOUR), PRECISION);
		BigDecimal dedicatedCostPerMillion = dedicatedCostPerMillion(hourlyRate, tokensPerSecond, utilization);
		// tokens per minute at U* = U* x T x 60
		BigDecimal tokensPerMinute = breakEvenUtilization.multiply(tokensPerSecond)
			.multiply(BigDecimal.valueOf(60), PRECISION);
		BigDecimal conversationsPerDay = null;
		if (tokensPerConversation != null) {
			requirePositive(tokensPerConversation, "tokens per conversation");
			conversationsPerDay = breakEvenUtilization.multiply(tokensPerSecond)
				.multiply(BigDecimal.valueOf(86_400))
				.divide(tokensPerConversation, PRECISION);
		}
		String cheaper = dedicatedCostPerMillion.compareTo(serverlessPerMillion) < 0 ? "dedicated" : "serverless";
		return new BreakEven(breakEvenUtilization, dedicatedCostPerMillion, tokensPerMinute, conversationsPerDay,
				cheaper);
	}

	/**
	 * The volume break-even with fixed costs: dedicated capacity comes in whole GPUs, so
	 * its monthly cost is a staircase n x R x H + F over the volume V, with n = ceil(V /
	 * C) and C = T x 3600 x H x U the tokens one GPU serves a month at U. Serverless
	 * costs V x P / 10^6. On the n-th step dedicated wins from V = (n x R x H + F) x 10^6
	 * / P, which lies on that step when n x (C x P / 10^6 - R x H) >= F; so the smallest
	 * such n is ceil(F / (C x P / 10^6 - R x H)) (at least 1), and none exists when a
	 * full GPU's tokens cost less on the API than its rent (C x P / 10^6 <= R x H).
	 * @return null when dedicated cannot win at any volume
	 */
	public static FixedCostBreakEven fixedCost(BigDecimal hourlyRate, BigDecimal tokensPerSecond,
			BigDecimal serverlessPerMillion, BigDecimal utilization, BigDecimal fixedMonthlyCost,
			BigDecimal hoursPerMonth) {
		BigDecimal perGpuMonth = tokensPerSecond.multiply(SECONDS_PER_HOUR)
			.multiply(hoursPerMonth)
			.multiply(utilization);
		BigDecimal rentPerGpuMonth = hourlyRate.multiply(hoursPerMonth);
		BigDecimal marginPerGpu = perGpuMonth.multiply(serverlessPerMillion)
			.divide(MILLION, PRECISION)
			.subtract(rentPerGpuMonth);
		if (marginPerGpu.signum() <= 0) {
			return null;
		}
		int gpus = fixedMonthlyCost.divide(marginPerGpu, 0, RoundingMode.CEILING).max(BigDecimal.ONE).intValueExact();
		BigDecimal volume = BigDecimal.valueOf(gpus)
			.multiply(rentPerGpuMonth)
			.add(fixedMonthlyCost)
			.multiply(MILLION)
			.divide(serverlessPerMillion, PRECISION);
		return new FixedCostBreakEven(gpus, volume,
				volume.divide(hoursPerMonth.multiply(BigDecimal.valueOf(60)), PRECISION));
	}

	/**
	 * The smallest monthly volume at which whole-GPU dedicated serving plus fixed costs
	 * beats serverless.
	 */
	public record FixedCostBreakEven(int gpus, BigDecimal tokensPerMonth, BigDecimal tokensPerMinute) {
	}

	/** Dedicated cost per million tokens = R x 10^6 / (T x 3600 x U). */
	public static BigDecimal dedicatedCostPerMillion(BigDecimal hourlyRate, BigDecimal tokensPerSecond,
			BigDecimal utilization) {
		return hourlyRate.multiply(MILLION)
			.divide(tokensPerSecond.multiply(SECONDS_PER_HOUR).multiply(utilization), PRECISION);
	}

	private static void requirePositive(BigDecimal value, String name) {
		if (value == null || value.signum() <= 0) {
			throw new IllegalArgumentException(name + " must be above zero");
		}
	}

}
