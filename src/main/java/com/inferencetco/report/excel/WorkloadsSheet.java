package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import com.inferencetco.cost.DecisionInputs;
import com.inferencetco.cost.Deployment;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.report.ReportModel;

/**
 * The Workloads sheet: one row per workload with what the month measured (values), what
 * the decision assumed (a named assumption wherever the engine took one), and the
 * decision itself as formulas over both, following the engine's rules (see
 * {@code DecisionEngine}): sizing in whole replicas, instances and servers, the fixed
 * costs of self-hosting, buying only when it pays back within the life, a change only
 * when it saves the minimum. So a reader who edits an assumption sees actions and savings
 * move; at month end the formulas give the JSON's figures. Rows with nothing to compare
 * (infrastructure, speech models, free tokens) carry the engine's decision as values.
 */
final class WorkloadsSheet {

	private static final Pattern COLUMN = Pattern.compile("\\{([A-Z_]+)\\}");

	private WorkloadsSheet() {
	}

	static void write(Sheet sheet, ReportModel model, WorkbookStyles s) {
		header(sheet.createRow(0), s, Arrays.stream(WorkloadColumn.values()).map(c -> c.header).toArray(String[]::new));
		sheet.getRow(0).setHeightInPoints(45f); // three lines of the wrapped headers
		int r = 1;
		for (WorkloadAnalysis w : model.workloads()) {
			Row row = sheet.createRow(r);
			measured(row, r + 1, w, s);
			if (w.inputs() != null && w.deployment() == Deployment.SERVERLESS) {
				assumed(row, r + 1, w, s);
				serverlessDecision(row, r + 1, s);
			}
			else if (w.inputs() != null && w.deployment() == Deployment.DEDICATED) {
				assumed(row, r + 1, w, s);
				dedicatedDecision(row, r + 1, w.inputs().tokenPriced(), s);
			}
			else {
				WorkloadValues.decision(row, w, s);
			}
			WorkloadValues.commitment(row, w.decision().commitment(), s);
			text(row, WorkloadColumn.DECIDING_DEFAULTS.index(), w.decision().decidingDefaultsInWords());
			text(row, WorkloadColumn.RECOMMENDATION.index(), w.recommendation());
			row.getCell(WorkloadColumn.RECOMMENDATION.index()).setCellStyle(s.wrap);
			// readers do not size wrapped rows on open: about 95 characters fit a line of
			// this column
			row.setHeightInPoints(Math.max(15f, 13f * (1 + w.recommendation().length() / 95)));
			r++;
		}
		for (WorkloadColumn c : WorkloadColumn.values()) {
			sheet.setColumnWidth(c.index(), c.width * 256);
		}
		// the workings sit to the right, grouped so a reader can fold them away
		sheet.groupColumn(WorkloadColumn.FIXED.index(), WorkloadColumn.BEST_ACTION.index());
		sheet.createFreezePane(1, 1);
		if (r > 1) {
			sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, WorkloadColumn.values().length - 1));
		}
		Cells.wideLandscape(sheet, 60);
	}

	/**
	 * What the month measured, as values; cost per million and utilization are formulas
	 * over them.
	 */
	private static void measured(Row row, int n, WorkloadAnalysis w, WorkbookStyles s) {
		DecisionInputs in = w.inputs();
		text(row, WorkloadColumn.WORKLOAD.index(), w.name());
		text(row, WorkloadColumn.DEPLOYMENT.index(), w.deployment().id());
		number(row, WorkloadColumn.TOKENS.index(), w.tokens(), s.integer);
		number(row, WorkloadColumn.GPU_HOURS.index(), w.gpuHours(), s.decimal);
		number(row, WorkloadColumn.COST.index(), w.cost(), s.money);
		number(row, WorkloadColumn.GPU_COST.index(), w.gpuCost(), s.money);
		number(row, WorkloadColumn.API_TOKEN_COST.index(), w.apiTokenCost(), s.money);
		number(row, WorkloadColumn.ESTIMATED_COST.index(), w.estimatedCost(), s.money);
		number(row, WorkloadColumn.SERVED_TOKENS.index(), in == null ? null : in.servedTokens(), s.integer);
		if (in != null) {
			number(row, WorkloadColumn.BUSIEST_DAY_TOKENS.index(), in.peak().dayTokens(), s.integer);
			number(row, WorkloadColumn.BUSIEST_HOUR_TOKENS.index(), in.peak().hourTokens(), s.integer);
			formula(row, WorkloadColumn.PEAK_TOKENS_PER_SECOND, n,
					"{BUSIEST_HOUR_TOKENS}/3600+{BUSIEST_DAY_TOKENS}*Peak_ToAverage/86400", s.decimal);
			text(row, WorkloadColumn.SIZED_ON.index(), in.sizedOn());
		}
		formula(row, WorkloadColumn.COST_PER_MILLION, n, "IF({TOKENS}>0,{COST}/{TOKENS}*1000000,\"\")", s.money);
		number(row, WorkloadColumn.GPU_BUSY.index(), w.gpuBusy(), s.percent);
		if (in != null && w.deployment() == Deployment.DEDICATED) {
			formula(row, WorkloadColumn.UTILIZATION, n,
					"IF({SERVED_TOKENS}>0,MIN(1,{SERVED_TOKENS}/({TOKENS_PER_SECOND}*3600*{GPU_HOURS})),\"\")",
					s.percent);
		}
	}

	/**
	 * The rate, throughput and price the engine compared: the invoiced rate of dedicated
	 * GPUs, the price serverless workloads paid, and the named assumption wherever the
	 * engine took one.
	 */
	private static void assumed(Row row, int n, WorkloadAnalysis w, WorkbookStyles s) {
		DecisionInputs in = w.inputs();
		boolean dedicated = w.deployment() == Deployment.DEDICATED;
		if ("dedicatedTokensPerSecond".equals(w.throughputBasis())) {
			formula(row, WorkloadColumn.TOKENS_PER_SECOND, n, "Dedicated_TokensPerSecond", s.input);
		}
		else {
			number(row, WorkloadColumn.TOKENS_PER_SECOND.index(), w.tokensPerSecondPerGpu(), s.input);
		}
		number(row, WorkloadColumn.TENSOR_PARALLEL.index(), BigDecimal.valueOf(in.tensorParallel()), s.input);
		formula(row, WorkloadColumn.GPU_RATE, n, dedicated ? "{GPU_COST}/{GPU_HOURS}" : "Dedicated_GpuHourlyRate",
				s.input);
		if (dedicated && in.specializedRateIsAssumption()) {
			formula(row, WorkloadColumn.SPECIALIZED_RATE, n, "Dedicated_GpuHourlyRate", s.input);
		}
		else if (dedicated) {
			number(row, WorkloadColumn.SPECIALIZED_RATE.index(), in.specializedRate(), s.input);
		}
		String basis = w.serverlessPriceBasis() == null ? "" : w.serverlessPriceBasis();
		if (!dedicated) {
			formula(row, WorkloadColumn.SERVERLESS_PRICE, n, "({API_TOKEN_COST}+{ESTIMATED_COST})/{TOKENS}*1000000",
					s.input);
		}
		else if (basis.startsWith("serverlessPricePerMillion")) {
			formula(row, WorkloadColumn.SERVERLESS_PRICE, n, "Serverless_PricePerMillion", s.input);
		}
		else if (basis.startsWith("serverlessSmallModelPricePerMillion")) {
			formula(row, WorkloadColumn.SERVERLESS_PRICE, n, "Serverless_SmallModelPricePerMillion", s.input);
		}
		else {
			number(row, WorkloadColumn.SERVERLESS_PRICE.index(), w.serverlessPricePerMillion(), s.input);
		}
		// without a serverless price (a model nothing prices) there is no break-even
		formula(row, WorkloadColumn.BREAK_EVEN, n,
				"IF(ISNUMBER({SERVERLESS_PRICE}),{GPU_RATE}*1000000/({SERVERLESS_PRICE}*{TOKENS_PER_SECOND}*3600),\"\")",
				s.percent);
		formula(row, WorkloadColumn.BREAK_EVEN_TOKENS, n,
				"IF(ISNUMBER({BREAK_EVEN}),{BREAK_EVEN}*{TOKENS_PER_SECOND}*60,\"\")", s.integer);
		formula(row, WorkloadColumn.BREAK_EVEN_CONVERSATIONS, n,
				"IF(ISNUMBER({BREAK_EVEN}),{BREAK_EVEN}*{TOKENS_PER_SECOND}*86400/Tokens_PerConversation,\"\")",
				s.integer);
		// a break-even above 100 % is not a target: at these prices dedicated cannot win
		formula(row, WorkloadColumn.CAN_WIN, n,
				"IF(ISNUMBER({BREAK_EVEN}),IF({BREAK_EVEN}<=1,\"yes\",\"no (out of reach)\"),\"\")", s.text);
	}

	/**
	 * Dedicated GPUs for the busiest hour, or whole servers bought, against what the API
	 * costs.
	 */
	private static void serverlessDecision(Row row, int n, WorkbookStyles s) {
		formula(row, WorkloadColumn.FIXED, n, "IF(SelfHosting,0,Engineering_PerMonth+SelfHosting_CompliancePerMonth)",
				s.money);
		formula(row, WorkloadColumn.REPLICAS, n, "MAX(Dedicated_MinReplicas,CEILING({PEAK_TOKENS_PER_SECOND}/"
				+ "({TOKENS_PER_SECOND}*{TENSOR_PARALLEL}*Target_Utilization),1))", s.integer);
		formula(row, WorkloadColumn.RENT_INSTANCES, n, instances("{REPLICAS}*{TENSOR_PARALLEL}"), s.integer);
		formula(row, WorkloadColumn.RENT_GPUS, n, rentedGpus("{REPLICAS}*{TENSOR_PARALLEL}"), s.integer);
		formula(row, WorkloadColumn.RENT_COST, n, "{RENT_GPUS}*Dedicated_GpuHourlyRate*Month_Hours+{FIXED}", s.money);
		formula(row, WorkloadColumn.BUY_SERVERS, n,
				"MAX(1,CEILING({REPLICAS}*{TENSOR_PARALLEL}/OnPrem_GpusPerServer,1))", s.integer);
		payback(row, n, "{RENT_COST}-{FIXED}", s);
		formula(row, WorkloadColumn.BEST_COST, n,
				"IF(COUNT({RENT_COST},{BUY_COST})=0,\"\",MIN({RENT_COST},{BUY_COST}))", s.money);
		formula(row, WorkloadColumn.BEST_ACTION, n, "IF({RENT_COST}={BEST_COST},\"switch-to-dedicated\",\"buy\")",
				s.text);
		formula(row, WorkloadColumn.CURRENT, n, "{API_TOKEN_COST}+{ESTIMATED_COST}", s.money);
		choose(row, n, "\"stay-serverless\"", s);
		formula(row, WorkloadColumn.GPUS_NEEDED, n, "IF({ACTION}=\"switch-to-dedicated\",{RENT_GPUS},"
				+ "IF({ACTION}=\"buy\",{BUY_SERVERS}*OnPrem_GpusPerServer,\"\"))", s.integer);
		formula(row, WorkloadColumn.INSTANCES_NEEDED, n, "IF({ACTION}=\"switch-to-dedicated\",{RENT_INSTANCES},\"\")",
				s.integer);
	}

	/**
	 * The same GPUs rented cheaper, the served tokens on an API, or whole servers bought,
	 * against today's rent.
	 */
	private static void dedicatedDecision(Row row, int n, boolean tokenPriced, WorkbookStyles s) {
		formula(row, WorkloadColumn.FIXED, n,
				"IF(Dedicated_GpuHoursTotal>0,(Engineering_PerMonth+SelfHosting_CompliancePerMonth)"
						+ "*{GPU_HOURS}/Dedicated_GpuHoursTotal,0)",
				s.money);
		formula(row, WorkloadColumn.GPUS_TODAY, n, "MAX(1,CEILING({GPU_HOURS}/Month_Hours,1))", s.integer);
		formula(row, WorkloadColumn.RENT_INSTANCES, n,
				"IF(ISNUMBER({SPECIALIZED_RATE}),IF({SPECIALIZED_RATE}<{GPU_RATE}," + instances("{GPUS_TODAY}")
						+ ",\"\"),\"\")",
				s.integer);
		formula(row, WorkloadColumn.RENT_GPUS, n,
				"IF(ISNUMBER({RENT_INSTANCES})," + rentedGpus("{GPUS_TODAY}") + ",\"\")", s.integer);
		formula(row, WorkloadColumn.RENT_COST, n, "IF(ISNUMBER({RENT_GPUS}),{RENT_GPUS}*{SPECIALIZED_RATE}"
				+ "*MIN(Month_Hours,{GPU_HOURS}/{GPUS_TODAY})+{FIXED},\"\")", s.money);
		// moving the last self-hosted workload ends the fixed costs; otherwise its share
		// stays
		formula(row, WorkloadColumn.MOVE_COST, n,
				"IF(AND({SERVED_TOKENS}>0,ISNUMBER({SERVERLESS_PRICE})),{SERVED_TOKENS}*{SERVERLESS_PRICE}/1000000"
						+ "+IF(AND(Dedicated_WorkloadCount=1,OnPrem_ServersOwned=0),0,{FIXED}),\"\")",
				s.money);
		formula(row, WorkloadColumn.BUY_SERVERS, n, "MAX(1,CEILING({GPUS_TODAY}/OnPrem_GpusPerServer,1))", s.integer);
		payback(row, n, "IF(ISNUMBER({RENT_COST}),MIN({GPU_COST},{RENT_COST}-{FIXED}),{GPU_COST})", s);
		formula(row, WorkloadColumn.BEST_COST, n,
				"IF(COUNT({RENT_COST},{MOVE_COST},{BUY_COST})=0,\"\"," + "MIN({RENT_COST},{MOVE_COST},{BUY_COST}))",
				s.money);
		formula(row, WorkloadColumn.BEST_ACTION, n,
				"IF({BEST_COST}=\"\",\"\",IF({RENT_COST}={BEST_COST},\"rent-cheaper\","
						+ "IF({MOVE_COST}={BEST_COST},\"move-to-serverless\",\"buy\")))",
				s.text);
		formula(row, WorkloadColumn.CURRENT, n, "{GPU_COST}+{FIXED}", s.money);
		// a model not priced per token (speech, image) has no price to wait for
		choose(row, n,
				tokenPriced ? "IF(AND({SERVED_TOKENS}>0,ISNUMBER({SERVERLESS_PRICE})),\"keep-dedicated\",\"measure\")"
						: "\"keep-dedicated\"",
				s);
		formula(row, WorkloadColumn.GPUS_NEEDED, n,
				"IF({ACTION}=\"rent-cheaper\",{RENT_GPUS},IF({ACTION}=\"buy\","
						+ "{BUY_SERVERS}*OnPrem_GpusPerServer,IF({ACTION}=\"move-to-serverless\",\"\",{GPUS_TODAY})))",
				s.integer);
		formula(row, WorkloadColumn.INSTANCES_NEEDED, n, "IF({ACTION}=\"rent-cheaper\",{RENT_INSTANCES},\"\")",
				s.integer);
	}

	/**
	 * Instances rented for a number of GPUs: one below a full instance (an offer of 1, 2
	 * or 4 GPUs), else whole instances (as {@code CapacityPlan}).
	 */
	static String instances(String gpus) {
		return "IF(" + gpus + "<Dedicated_GpusPerInstance,1,CEILING(" + gpus + "/Dedicated_GpusPerInstance,1))";
	}

	/** The GPUs those instances bill. */
	static String rentedGpus(String gpus) {
		return "IF(" + gpus + "<Dedicated_GpusPerInstance,MIN(Dedicated_GpusPerInstance,IF(" + gpus + "<=1,1,IF(" + gpus
				+ "<=2,2,IF(" + gpus + "<=4,4,Dedicated_GpusPerInstance)))),CEILING(" + gpus
				+ "/Dedicated_GpusPerInstance,1)*Dedicated_GpusPerInstance)";
	}

	/**
	 * Months to recover the net capex from the rent replaced less running costs; buying
	 * only within the life.
	 */
	private static void payback(Row row, int n, String rentReplaced, WorkbookStyles s) {
		String rent = "(" + rentReplaced + ")";
		formula(row, WorkloadColumn.BUY_PAYBACK, n,
				"IF(" + rent + ">{BUY_SERVERS}*OnPrem_RunningPerServerMonth,"
						+ "{BUY_SERVERS}*OnPrem_NetCapexPerServer/(" + rent
						+ "-{BUY_SERVERS}*OnPrem_RunningPerServerMonth),\"never\")",
				s.decimal);
		formula(row, WorkloadColumn.BUY_COST, n, "IF(ISNUMBER({BUY_PAYBACK}),IF({BUY_PAYBACK}<OnPrem_LifeYears*12,"
				+ "{BUY_SERVERS}*OnPrem_PerServerMonth+{FIXED},\"\"),\"\")", s.money);
	}

	/**
	 * The cheapest alternative when it saves the minimum, else what runs today; the
	 * saving never negative.
	 */
	private static void choose(Row row, int n, String stay, WorkbookStyles s) {
		// nested, not AND: AND evaluates every argument, and a difference with an empty
		// cell is an error
		formula(row, WorkloadColumn.ACTION, n, "IF(ISNUMBER({BEST_COST}),IF({CURRENT}-{BEST_COST}>="
				+ "MAX(Decision_MinimumMonthlySaving,0.01),{BEST_ACTION}," + stay + ")," + stay + ")", s.text);
		formula(row, WorkloadColumn.ALTERNATIVE, n, "IF({ACTION}={BEST_ACTION},{BEST_COST},{CURRENT})", s.money);
		formula(row, WorkloadColumn.SAVING, n, "MAX(0,{CURRENT}-{ALTERNATIVE})", s.money);
		formula(row, WorkloadColumn.SERVERS_NEEDED, n, "IF({ACTION}=\"buy\",{BUY_SERVERS},\"\")", s.integer);
		formula(row, WorkloadColumn.PAYBACK, n, "IF({ACTION}=\"buy\",{BUY_PAYBACK},\"\")", s.decimal);
	}

	/** Writes a formula whose {COLUMN} placeholders become this row's cells. */
	private static void formula(Row row, WorkloadColumn column, int n, String template, CellStyle style) {
		Matcher m = COLUMN.matcher(template);
		StringBuilder formula = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(formula, WorkloadColumn.valueOf(m.group(1)).at(n));
		}
		m.appendTail(formula);
		Cells.formula(row, column.index(), formula.toString(), style);
	}

}
