package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.inferencetco.model.BillingMonth;

/**
 * Compares each workload with the other way of serving it. A serverless workload is priced as dedicated GPUs
 * sized for the target utilization; a dedicated workload is priced at the serverless rate for the tokens it
 * served. The break-even utilization uses the workload's own price where it has one (its blended serverless price,
 * or its GPU hourly rate) and the assumptions for the rest.
 */
public final class WorkloadAnalyzer {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private final TcoAssumptions assumptions;

	private final BigDecimal hoursInMonth;

	public WorkloadAnalyzer(TcoAssumptions assumptions, BillingMonth month) {
		this.assumptions = assumptions;
		this.hoursInMonth = BigDecimal.valueOf(month.value().lengthOfMonth() * 24L);
	}

	public WorkloadAnalysis analyze(WorkloadUsage usage) {
		BigDecimal throughput = assumptions.dedicatedTokensPerSecond();
		BigDecimal perMillion = usage.tokens().signum() > 0
				? usage.cost().multiply(MILLION).divide(usage.tokens(), BreakEvenSolver.PRECISION) : null;
		if (usage.gpuHours().signum() > 0) {
			return dedicated(usage, throughput, perMillion);
		}
		if (usage.apiTokenCost().signum() != 0 && usage.tokens().signum() > 0) {
			return serverless(usage, throughput, perMillion);
		}
		return new WorkloadAnalysis(usage.name(), "infrastructure", usage.tokens(), usage.gpuHours(), usage.cost(), usage.gpuCost(), usage.apiTokenCost(),
				perMillion, null, null, null, null, "No inference served: shared infrastructure, no alternative to compare",
				BigDecimal.ZERO);
	}

	private WorkloadAnalysis dedicated(WorkloadUsage usage, BigDecimal throughput, BigDecimal perMillion) {
		BigDecimal hourlyRate = usage.gpuCost().divide(usage.gpuHours(), BreakEvenSolver.PRECISION);
		BigDecimal serverlessPrice = assumptions.serverlessPricePerMillion();
		if (hourlyRate.signum() <= 0) {
			return new WorkloadAnalysis(usage.name(), "dedicated", usage.tokens(), usage.gpuHours(), usage.cost(), usage.gpuCost(), usage.apiTokenCost(),
					perMillion, null, null, null, null, "GPU time carried no cost this month (credits or commitments)",
					BigDecimal.ZERO);
		}
		var breakEven = BreakEvenSolver.solve(hourlyRate, throughput, serverlessPrice, BigDecimal.ONE,
				assumptions.tokensPerConversation());
		if (usage.tokens().signum() == 0) {
			return new WorkloadAnalysis(usage.name(), "dedicated", usage.tokens(), usage.gpuHours(), usage.cost(), usage.gpuCost(), usage.apiTokenCost(),
					null, null, breakEven.breakEvenUtilization(), breakEven.breakEvenTokensPerMinute(),
					breakEven.breakEvenConversationsPerDay(),
					breakEven.breakEvenUtilization().compareTo(BigDecimal.ONE) > 0
							? "Review: at this GPU rate dedicated cannot beat serverless (break-even "
									+ percent(breakEven.breakEvenUtilization()) + " utilization is out of reach)"
							: "Measure utilization (serving metrics): dedicated beats serverless above "
									+ percent(breakEven.breakEvenUtilization()) + " sustained utilization",
					BigDecimal.ZERO);
		}
		BigDecimal capacity = throughput.multiply(BigDecimal.valueOf(3600)).multiply(usage.gpuHours());
		BigDecimal utilization = usage.tokens().divide(capacity, BreakEvenSolver.PRECISION).min(BigDecimal.ONE);
		BigDecimal serverlessCost = usage.tokens().multiply(serverlessPrice).divide(MILLION, BreakEvenSolver.PRECISION);
		BigDecimal saving = usage.cost().subtract(serverlessCost);
		String recommendation = saving.signum() > 0
				? "Move to serverless: utilization " + percent(utilization) + " is below the break-even "
						+ percent(breakEven.breakEvenUtilization())
				: "Stay dedicated: utilization " + percent(utilization) + " is above the break-even "
						+ percent(breakEven.breakEvenUtilization());
		return new WorkloadAnalysis(usage.name(), "dedicated", usage.tokens(), usage.gpuHours(), usage.cost(), usage.gpuCost(), usage.apiTokenCost(),
				perMillion, utilization, breakEven.breakEvenUtilization(), breakEven.breakEvenTokensPerMinute(),
				breakEven.breakEvenConversationsPerDay(), recommendation, saving.max(BigDecimal.ZERO));
	}

	private WorkloadAnalysis serverless(WorkloadUsage usage, BigDecimal throughput, BigDecimal perMillion) {
		BigDecimal hourlyRate = assumptions.dedicatedGpuHourlyRate();
		BigDecimal blendedPrice = usage.apiTokenCost().multiply(MILLION).divide(usage.tokens(), BreakEvenSolver.PRECISION);
		if (blendedPrice.signum() <= 0) {
			return new WorkloadAnalysis(usage.name(), "serverless", usage.tokens(), usage.gpuHours(), usage.cost(), usage.gpuCost(), usage.apiTokenCost(),
					perMillion, null, null, null, null, "API tokens carried no cost this month (credits)",
					BigDecimal.ZERO);
		}
		var breakEven = BreakEvenSolver.solve(hourlyRate, throughput, blendedPrice, BigDecimal.ONE,
				assumptions.tokensPerConversation());
		// GPUs needed to serve the month's tokens at the target utilization, whole GPUs only.
		BigDecimal perGpuMonth = throughput.multiply(BigDecimal.valueOf(3600))
			.multiply(hoursInMonth)
			.multiply(assumptions.targetUtilization());
		BigDecimal gpus = usage.tokens().divide(perGpuMonth, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
		BigDecimal dedicatedCost = gpus.multiply(hourlyRate).multiply(hoursInMonth);
		BigDecimal saving = usage.apiTokenCost().subtract(dedicatedCost);
		BigDecimal utilizationIfDedicated = usage.tokens()
			.divide(throughput.multiply(BigDecimal.valueOf(3600)).multiply(hoursInMonth), BreakEvenSolver.PRECISION);
		String recommendation = saving.signum() > 0
				? "Switch to dedicated: " + gpus.toPlainString() + " GPU(s) would run at "
						+ percent(utilizationIfDedicated.divide(gpus, BreakEvenSolver.PRECISION))
						+ ", above the break-even " + percent(breakEven.breakEvenUtilization())
				: breakEven.breakEvenUtilization().compareTo(BigDecimal.ONE) > 0
						? "Stay serverless: its price is below what a fully used dedicated GPU costs per token"
				: "Stay serverless: the month's volume would keep one GPU at "
						+ percent(utilizationIfDedicated.min(BigDecimal.ONE)) + ", below the break-even "
						+ percent(breakEven.breakEvenUtilization());
		return new WorkloadAnalysis(usage.name(), "serverless", usage.tokens(), usage.gpuHours(), usage.cost(), usage.gpuCost(), usage.apiTokenCost(),
				perMillion, null, breakEven.breakEvenUtilization(), breakEven.breakEvenTokensPerMinute(),
				breakEven.breakEvenConversationsPerDay(), recommendation, saving.max(BigDecimal.ZERO));
	}

	static String percent(BigDecimal fraction) {
		return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
	}
}
