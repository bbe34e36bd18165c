package com.inferencetco.cli;

import java.math.BigDecimal;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import com.inferencetco.ExitCode;
import com.inferencetco.cost.BreakEvenSolver;
import com.inferencetco.cost.BreakEvenSolver.BreakEven;
import com.inferencetco.cost.BreakEvenSolver.FixedCostBreakEven;
import com.inferencetco.report.MoneyFormat;

/**
 * {@code breakeven}: the what-if calculator of the contract, with no inputs but its
 * options.
 */
@Command(name = "breakeven", mixinStandardHelpOptions = true, description = {
		"When does a dedicated serving unit beat a serverless API? Prints the break-even utilization, "
				+ "the dedicated cost per million tokens at --utilization, the break-even volume, whether dedicated can "
				+ "win at all and the GPU rent at which it breaks even at --utilization.",
		"",
		"With --fixed-monthly-cost F (the monthly fixed costs self-hosting adds: engineering, compliance) it also "
				+ "prints the volume break-even. Dedicated capacity comes in whole GPUs, so its monthly cost is a "
				+ "staircase: n GPUs cost n x R x H + F and serve up to n x T x 3600 x H x U tokens. Serverless costs "
				+ "V x P / 10^6. The smallest volume V at which V x P / 10^6 >= ceil(V / (T x 3600 x H x U)) x R x H + F "
				+ "is the fixed-cost break-even; it needs n = ceil(F / (T x 3600 x H x U x P / 10^6 - R x H)) GPUs and "
				+ "does not exist when a fully used GPU's tokens cost less on the API than its rent. Example: R 2.50, "
				+ "T 2000, P 0.90, U 0.6, F 8862.5, H 730 gives 9 GPUs and about 641,000 tokens a minute, well above "
				+ "the marginal break-even of 1,389 tokens a minute per GPU." })
public class BreakevenCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--gpu-hourly-rate", required = true, paramLabel = "R",
			description = "Cost of one hour of one dedicated serving unit (a GPU, or an instance).")
	BigDecimal gpuHourlyRate;

	@Option(names = "--tokens-per-second", required = true, paramLabel = "T",
			description = "That unit's aggregate throughput at full load, summed over all concurrent streams.")
	BigDecimal tokensPerSecond;

	@Option(names = "--serverless-price-per-million", required = true, paramLabel = "P",
			description = "Serverless price per million tokens (blended input and output).")
	BigDecimal serverlessPricePerMillion;

	@Option(names = "--utilization", paramLabel = "U", defaultValue = "1",
			description = "Sustained utilization, a fraction in (0, 1]; default ${DEFAULT-VALUE}.")
	BigDecimal utilization;

	@Option(names = "--tokens-per-conversation", paramLabel = "N",
			description = "Tokens of one conversation, for the break-even conversations per day.")
	BigDecimal tokensPerConversation;

	@Option(names = "--fixed-monthly-cost", paramLabel = "F",
			description = "Monthly fixed cost of self-hosting (engineering, compliance), for the volume break-even.")
	BigDecimal fixedMonthlyCost;

	@Option(names = "--hours-per-month", paramLabel = "H", defaultValue = "730",
			description = "Hours a month the dedicated capacity is rented; default ${DEFAULT-VALUE}.")
	BigDecimal hoursPerMonth;

	@Option(names = "--json", description = "Print one JSON object instead of text.")
	boolean json;

	@Override
	public Integer call() {
		positive(gpuHourlyRate, "--gpu-hourly-rate");
		positive(tokensPerSecond, "--tokens-per-second");
		positive(serverlessPricePerMillion, "--serverless-price-per-million");
		positive(utilization, "--utilization");
		if (utilization.compareTo(BigDecimal.ONE) > 0) {
			throw new ParameterException(spec.commandLine(),
					"--utilization: expected a fraction in (0, 1], found " + utilization.toPlainString());
		}
		if (tokensPerConversation != null) {
			positive(tokensPerConversation, "--tokens-per-conversation");
		}
		positive(hoursPerMonth, "--hours-per-month");
		if (fixedMonthlyCost != null) {
			positive(fixedMonthlyCost, "--fixed-monthly-cost");
		}
		BreakEven result = BreakEvenSolver.solve(gpuHourlyRate, tokensPerSecond, serverlessPricePerMillion, utilization,
				tokensPerConversation);
		// the rent at which dedicated breaks even at U: P x T x 3600 x U / 10^6
		BigDecimal breakEvenRate = serverlessPricePerMillion.multiply(tokensPerSecond)
			.multiply(BigDecimal.valueOf(3600))
			.multiply(utilization)
			.divide(BigDecimal.valueOf(1_000_000));
		FixedCostBreakEven volume = fixedMonthlyCost == null ? null : BreakEvenSolver.fixedCost(gpuHourlyRate,
				tokensPerSecond, serverlessPricePerMillion, utilization, fixedMonthlyCost, hoursPerMonth);
		spec.commandLine()
			.getOut()
			.println(json ? json(result, breakEvenRate, volume) : text(result, breakEvenRate, volume));
		return ExitCode.SUCCESS;
	}

	private void positive(BigDecimal value, String option) {
		if (value.signum() <= 0) {
			throw new ParameterException(spec.commandLine(),
					option + ": expected a number above zero, found " + value.toPlainString());
		}
	}

	private String json(BreakEven r, BigDecimal breakEvenRate, FixedCostBreakEven volume) {
		StringBuilder out = new StringBuilder("{");
		out.append("\"breakEvenUtilization\": ").append(plain(r.breakEvenUtilization()));
		out.append(", \"dedicatedCostPerMillion\": ").append(plain(r.dedicatedCostPerMillion()));
		out.append(", \"breakEvenTokensPerMinute\": ").append(plain(r.breakEvenTokensPerMinute()));
		if (r.breakEvenConversationsPerDay() != null) {
			out.append(", \"breakEvenConversationsPerDay\": ").append(plain(r.breakEvenConversationsPerDay()));
		}
		out.append(", \"cheaper\": \"").append(r.cheaper()).append('"');
		out.append(", \"dedicatedCanWin\": ").append(canWin(r));
		out.append(", \"breakEvenGpuHourlyRate\": ").append(plain(breakEvenRate));
		if (fixedMonthlyCost != null) {
			out.append(", \"gpusAtFixedCostBreakEven\": ").append(volume == null ? "null" : volume.gpus());
			out.append(", \"fixedCostBreakEvenTokensPerMinute\": ")
				.append(volume == null ? "null" : plain(volume.tokensPerMinute()));
		}
		return out.append('}').toString();
	}

	private String text(BreakEven r, BigDecimal breakEvenRate, FixedCostBreakEven volume) {
		StringBuilder out = new StringBuilder();
		out.append("Break-even utilization:           ")
			.append(MoneyFormat.percent(r.breakEvenUtilization()))
			.append('\n');
		out.append("Dedicated cost per million at U:  ")
			.append(MoneyFormat.number(r.dedicatedCostPerMillion(), 4))
			.append('\n');
		out.append("Break-even tokens per minute:     ")
			.append(MoneyFormat.number(r.breakEvenTokensPerMinute(), 0))
			.append('\n');
		if (r.breakEvenConversationsPerDay() != null) {
			out.append("Break-even conversations per day: ")
				.append(MoneyFormat.number(r.breakEvenConversationsPerDay(), 0))
				.append('\n');
		}
		out.append("Cheaper at utilization ")
			.append(MoneyFormat.percent(utilization))
			.append(": ")
			.append(r.cheaper())
			.append('\n');
		out.append("Dedicated can win:                ")
			.append(canWin(r) ? "yes" : "no: the break-even lies above 100 % utilization at these prices")
			.append('\n');
		out.append("Break-even GPU hourly rate at U:  ").append(MoneyFormat.number(breakEvenRate, 4));
		if (fixedMonthlyCost != null) {
			out.append('\n');
			if (volume == null) {
				out.append(
						"Fixed-cost break-even:            none: a fully used GPU's tokens cost less on the API than its rent");
			}
			else {
				out.append("Fixed-cost break-even:            ")
					.append(volume.gpus())
					.append(" GPUs, ")
					.append(MoneyFormat.number(volume.tokensPerMinute(), 0))
					.append(" tokens per minute (")
					.append(MoneyFormat.number(volume.tokensPerMonth(), 0))
					.append(" a month of ")
					.append(MoneyFormat.number(hoursPerMonth, 0))
					.append(" hours)");
			}
		}
		return out.toString();
	}

	private static boolean canWin(BreakEven r) {
		return r.breakEvenUtilization().compareTo(BigDecimal.ONE) <= 0;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
