package com.inferencetco.report.excel;

import org.apache.poi.ss.util.CellReference;

import com.inferencetco.report.DecisionLabels;

/**
 * The columns of the Workloads sheet in order: what the month measured, what the decision
 * assumed, the decision, and the workings behind it. Formulas name columns through this
 * enum, never by letter.
 */
enum WorkloadColumn {

	WORKLOAD("Workload", 26), DEPLOYMENT("Deployment", 13), TOKENS("Tokens", 15), GPU_HOURS("GPU-hours", 11),
	COST("Cost", 14), GPU_COST("GPU cost", 14), API_TOKEN_COST("API token cost", 14),
	ESTIMATED_COST("Estimated cost", 13), SERVED_TOKENS("Served tokens", 15),
	BUSIEST_DAY_TOKENS("Busiest-day tokens (no hour)", 15), COST_PER_MILLION("Cost per 1M tokens", 12),
	UTILIZATION("Utilization", 11), GPU_BUSY("GPU busy", 10), TOKENS_PER_SECOND("Tokens/s per GPU", 11),
	TENSOR_PARALLEL("GPUs per replica", 10), GPU_RATE("GPU hourly rate", 11), SPECIALIZED_RATE("Specialized rate", 11),
	SERVERLESS_PRICE("Serverless price per 1M", 12), BREAK_EVEN("Break-even utilization", 12),
	BREAK_EVEN_TOKENS("Break-even tokens/min (per GPU)", 14),
	BREAK_EVEN_CONVERSATIONS("Break-even conversations/day", 14), CAN_WIN("Dedicated can win", 18),
	ACTION("Action", 20), CURRENT(DecisionLabels.TODAY, 14), ALTERNATIVE(DecisionLabels.AFTER, 14),
	SAVING(DecisionLabels.SAVING, 14), GPUS_NEEDED("GPUs needed", 9), INSTANCES_NEEDED("Instances needed", 9),
	SERVERS_NEEDED("Servers needed", 9), PAYBACK("Payback months", 9), COMMITTED_GPU_HOURS("Committed GPU-hours", 11),
	COMMITTED_COST("Committed cost (effective rate)", 14), COMMITMENT_ENDS("Commitment ends", 12),
	AT_TERM_END("Action at the term's end", 20),
	DECIDING_DEFAULTS("Deciding defaults (change the action within a factor of two)", 40),
	RECOMMENDATION("Recommendation (as computed at month end)", 80),
	// the workings of the decision
	FIXED("Fixed costs carried", 12), GPUS_TODAY("GPUs today", 9), REPLICAS("Replicas for the peak", 10),
	RENT_GPUS("Rented GPUs of the alternative", 10), RENT_INSTANCES("Instances of the alternative", 10),
	RENT_COST("Rent alternative monthly cost", 14), MOVE_COST("Move-to-serverless monthly cost", 14),
	BUY_SERVERS("Servers to buy", 9), BUY_PAYBACK("Buy payback months", 10),
	BUY_COST("Buy monthly cost (when it pays back)", 14), BEST_COST("Cheapest alternative cost", 14),
	BEST_ACTION("Cheapest alternative", 20),
	// what the alternatives were sized on: the busiest hour, and the day's lines without
	// an hour at the peak-to-average factor (added last: columns before keep their
	// places)
	BUSIEST_HOUR_TOKENS("Busiest-hour tokens", 15), PEAK_TOKENS_PER_SECOND("Peak tokens/s (sized on)", 12),
	SIZED_ON("Sized on", 60);

	final String header;

	final int width;

	WorkloadColumn(String header, int width) {
		this.header = header;
		this.width = width;
	}

	int index() {
		return ordinal();
	}

	/**
	 * This column's cell in a spreadsheet row number (1-based), as a formula writes it.
	 */
	String at(int row) {
		return CellReference.convertNumToColString(ordinal()) + row;
	}

	/** The whole column ("$E:$E"), for SUMIF and COUNTIF over every row. */
	String whole() {
		String letter = CellReference.convertNumToColString(ordinal());
		return "$" + letter + ":$" + letter;
	}

	/**
	 * This column's cells of every workload, rows 2 to {@code lastRow}, from another
	 * sheet.
	 */
	String range(int lastRow) {
		String letter = CellReference.convertNumToColString(ordinal());
		return "Workloads!$" + letter + "$2:$" + letter + "$" + Math.max(2, lastRow);
	}

}
