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
import com.inferencetco.report.MoneyFormat;

/** {@code breakeven}: the what-if calculator of the contract, with no inputs but its options. */
@Command(name = "breakeven", mixinStandardHelpOptions = true,
		description = "When does a dedicated serving unit beat a serverless API? Prints the break-even utilization, "
				+ "the dedicated cost per million tokens at --utilization, and the break-even volume.")
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
		BreakEven result = BreakEvenSolver.solve(gpuHourlyRate, tokensPerSecond, serverlessPricePerMillion,
				utilization, tokensPerConversation);
		System.out.println(json ? json(result) : text(result));
		return ExitCode.SUCCESS;
	}

	private void positive(BigDecimal value, String option) {
		if (value.signum() <= 0) {
			throw new ParameterException(spec.commandLine(),
					option + ": expected a number above zero, found " + value.toPlainString());
		}
	}

	private static String json(BreakEven r) {
		StringBuilder out = new StringBuilder("{");
		out.append("\"breakEvenUtilization\": ").append(plain(r.breakEvenUtilization()));
		out.append(", \"dedicatedCostPerMillion\": ").append(plain(r.dedicatedCostPerMillion()));
		out.append(", \"breakEvenTokensPerMinute\": ").append(plain(r.breakEvenTokensPerMinute()));
		if (r.breakEvenConversationsPerDay() != null) {
			out.append(", \"breakEvenConversationsPerDay\": ").append(plain(r.breakEvenConversationsPerDay()));
		}
		out.append(", \"cheaper\": \"").append(r.cheaper()).append("\"}");
		return out.toString();
	}

	private String text(BreakEven r) {
		StringBuilder out = new StringBuilder();
		out.append("Break-even utilization:           ").append(MoneyFormat.percent(r.breakEvenUtilization())).append('\n');
		out.append("Dedicated cost per million at U:  ").append(MoneyFormat.number(r.dedicatedCostPerMillion(), 4)).append('\n');
		out.append("Break-even tokens per minute:     ").append(MoneyFormat.number(r.breakEvenTokensPerMinute(), 0)).append('\n');
		if (r.breakEvenConversationsPerDay() != null) {
			out.append("Break-even conversations per day: ")
				.append(MoneyFormat.number(r.breakEvenConversationsPerDay(), 0))
				.append('\n');
		}
		out.append("Cheaper at utilization ").append(MoneyFormat.percent(utilization)).append(": ").append(r.cheaper());
		return out.toString();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
