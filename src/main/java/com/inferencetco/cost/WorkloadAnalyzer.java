package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.inferencetco.model.BillingMonth;

/**
 * Compares each workload with the other way of serving it. A serverless workload is priced as dedicated GPUs
 * sized for the target utilization; a dedicated workload is priced at the serverless rate for the tokens it
 * served. The break-even utilization uses the workload's own price where it has one (its blended serverless price,
 * or its GPU hourly rate) and the assumptions for the rest. A dedicated workload's utilization is measured by
 * telemetry where there is some, else derived from the tokens it served over its GPU capacity.
 */
public final class WorkloadAnalyzer {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

	private final TcoAssumptions assumptions;

	private final BigDecimal hoursInMonth;

	private final BigDecimal onPremPerGpuHour;

	public WorkloadAnalyzer(TcoAssumptions assumptions, BillingMonth month, BigDecimal onPremPerGpuHour) {
		this.assumptions = assumptions;
		this.hoursInMonth = BigDecimal.valueOf(month.value().lengthOfMonth() * 24L);
		this.onPremPerGpuHour = onPremPerGpuHour;
	}

	public WorkloadAnalysis analyze(WorkloadUsage usage) {
		BigDecimal perMillion = usage.tokens().signum() > 0
				? usage.cost().multiply(MILLION).divide(usage.tokens(), BreakEvenSolver.PRECISION) : null;
		if (usage.gpuHours().signum() > 0) {
			return dedicated(usage, perMillion);
		}
		if (usage.apiTokenCost().signum() != 0 && usage.tokens().signum() > 0) {
			return serverless(usage, perMillion);
		}
		String deployment = usage.tokens().signum() > 0 ? "serverless" : "infrastructure";
		String why = usage.tokens().signum() > 0 ? "No invoiced API cost this month to compare (see estimated cost)"
				: "No inference served: shared infrastructure, no alternative to compare";
		return result(usage, deployment, perMillion, null, null, why, BigDecimal.ZERO);
	}

	private WorkloadAnalysis dedicated(WorkloadUsage usage, BigDecimal perMillion) {
		BigDecimal throughput = assumptions.dedicatedTokensPerSecond();
		BigDecimal serverlessPrice = assumptions.serverlessPricePerMillion();
		if (usage.gpuCost().signum() <= 0) {
			return result(usage, "dedicated", perMillion, usage.measuredUtilization(), null,
					"GPU time carried no cost this month (credits or commitments)", BigDecimal.ZERO);
		}
		BigDecimal hourlyRate = usage.gpuCost().divide(usage.gpuHours(), BreakEvenSolver.PRECISION);
		var breakEven = BreakEvenSolver.solve(hourlyRate, throughput, serverlessPrice, BigDecimal.ONE,
				assumptions.tokensPerConversation());
		BigDecimal capacity = throughput.multiply(SECONDS_PER_HOUR).multiply(usage.gpuHours());
		BigDecimal served = usage.servedTokens();
		BigDecimal utilization = usage.measuredUtilization() != null ? usage.measuredUtilization()
				: served.signum() > 0 ? served.divide(capacity, BreakEvenSolver.PRECISION).min(BigDecimal.ONE) : null;
		if (utilization == null) {
			String why = breakEven.breakEvenUtilization().compareTo(BigDecimal.ONE) > 0
					? "Review: at this GPU rate dedicated cannot beat serverless (break-even "
							+ percent(breakEven.breakEvenUtilization()) + " utilization is out of reach)"
					: "Measure utilization (telemetry or serving metrics): dedicated beats serverless above "
							+ percent(breakEven.breakEvenUtilization()) + " sustained utilization";
			return result(usage, "dedicated", perMillion, null, breakEven, why, BigDecimal.ZERO);
		}
		// the tokens served, or, without serving metrics, what the measured utilization delivers at full throughput
		BigDecimal tokens = served.signum() > 0 ? served : capacity.multiply(utilization);
		BigDecimal serverlessCost = tokens.multiply(serverlessPrice).divide(MILLION, BreakEvenSolver.PRECISION);
		BigDecimal onPremCost = usage.gpuHours().multiply(onPremPerGpuHour);
		if (onPremCost.compareTo(serverlessCost) < 0 && onPremCost.compareTo(usage.gpuCost()) < 0) {
			return result(usage, "dedicated", perMillion, utilization, breakEven,
					"Buy: the same GPU-hours owned would cost " + money(onPremCost) + " at " + money(onPremPerGpuHour)
							+ " per GPU-hour all-in (utilization " + percent(utilization) + ")",
					usage.gpuCost().subtract(onPremCost));
		}
		BigDecimal saving = usage.gpuCost().subtract(serverlessCost);
		String recommendation = saving.signum() > 0
				? "Move to serverless: utilization " + percent(utilization) + " is below the break-even "
						+ percent(breakEven.breakEvenUtilization())
				: "Stay dedicated: utilization " + percent(utilization) + " is above the break-even "
						+ percent(breakEven.breakEvenUtilization());
		return result(usage, "dedicated", perMillion, utilization, breakEven, recommendation, saving.max(BigDecimal.ZERO));
	}

	private WorkloadAnalysis serverless(WorkloadUsage usage, BigDecimal perMillion) {
		BigDecimal throughput = assumptions.dedicatedTokensPerSecond();
		BigDecimal hourlyRate = assumptions.dedicatedGpuHourlyRate();
		BigDecimal blendedPrice = usage.apiTokenCost().multiply(MILLION).divide(usage.tokens(), BreakEvenSolver.PRECISION);
		if (blendedPrice.signum() <= 0) {
			return result(usage, "serverless", perMillion, null, null,
					"API tokens carried no cost this month (credits)", BigDecimal.ZERO);
		}
		var breakEven = BreakEvenSolver.solve(hourlyRate, throughput, blendedPrice, BigDecimal.ONE,
				assumptions.tokensPerConversation());
		// GPUs needed to serve the month's tokens at the target utilization, whole GPUs only.
		BigDecimal perGpuMonth = throughput.multiply(SECONDS_PER_HOUR)
			.multiply(hoursInMonth)
			.multiply(assumptions.targetUtilization());
		BigDecimal gpus = usage.tokens().divide(perGpuMonth, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
		BigDecimal dedicatedCost = gpus.multiply(hourlyRate).multiply(hoursInMonth);
		BigDecimal onPremCost = gpus.multiply(onPremPerGpuHour).multiply(hoursInMonth);
		if (onPremCost.compareTo(dedicatedCost) < 0 && usage.apiTokenCost().compareTo(onPremCost) > 0) {
			return result(usage, "serverless", perMillion, null, breakEven,
					"Buy: " + gpus.toPlainString() + " owned GPU(s) at " + money(onPremPerGpuHour)
							+ " per GPU-hour all-in would cost " + money(onPremCost) + " a month",
					usage.apiTokenCost().subtract(onPremCost));
		}
		BigDecimal saving = usage.apiTokenCost().subtract(dedicatedCost);
		BigDecimal utilizationIfDedicated = usage.tokens()
			.divide(throughput.multiply(SECONDS_PER_HOUR).multiply(hoursInMonth), BreakEvenSolver.PRECISION);
		String recommendation = saving.signum() > 0
				? "Switch to dedicated: " + gpus.toPlainString() + " GPU(s) would run at "
						+ percent(utilizationIfDedicated.divide(gpus, BreakEvenSolver.PRECISION))
						+ ", above the break-even " + percent(breakEven.breakEvenUtilization())
				: breakEven.breakEvenUtilization().compareTo(BigDecimal.ONE) > 0
						? "Stay serverless: its price is below what a fully used dedicated GPU costs per token"
						: "Stay serverless: the month's volume would keep one GPU at "
								+ percent(utilizationIfDedicated.min(BigDecimal.ONE)) + ", below the break-even "
								+ percent(breakEven.breakEvenUtilization());
		return result(usage, "serverless", perMillion, null, breakEven, recommendation, saving.max(BigDecimal.ZERO));
	}

	private static WorkloadAnalysis result(WorkloadUsage usage, String deployment, BigDecimal perMillion,
			BigDecimal utilization, BreakEvenSolver.BreakEven breakEven, String recommendation, BigDecimal saving) {
		return new WorkloadAnalysis(usage.name(), deployment, usage.tokens(), usage.gpuHours(), usage.cost(),
				usage.gpuCost(), usage.apiTokenCost(), perMillion, utilization,
				breakEven == null ? null : breakEven.breakEvenUtilization(),
				breakEven == null ? null : breakEven.breakEvenTokensPerMinute(),
				breakEven == null ? null : breakEven.breakEvenConversationsPerDay(), recommendation, saving,
				usage.estimatedCost(), measuredThroughput(usage));
	}

	/** Served tokens per GPU-second over the month: the throughput the hardware actually delivered. */
	private static BigDecimal measuredThroughput(WorkloadUsage usage) {
		if (usage.servedTokens().signum() == 0 || usage.gpuHours().signum() == 0) {
			return null;
		}
		return usage.servedTokens().divide(usage.gpuHours().multiply(SECONDS_PER_HOUR), BreakEvenSolver.PRECISION);
	}

	static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	static String percent(BigDecimal fraction) {
		return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
	}
}
