package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.RowFormulas.formula;

import org.apache.poi.ss.usermodel.Row;

/**
 * The decision of a Workloads row as formulas over its measured cells and the named
 * assumptions, following the engine's rules (see {@code DecisionEngine}): sizing in whole
 * replicas, instances and servers, the fixed costs of self-hosting, buying only when it
 * pays back within the life, a change only when it saves the minimum.
 */
final class DecisionFormulas {

	/**
	 * The GPU time a dedicated decision compares: all of it, or (under a commitment) the
	 * part nothing commits, the committed cost being sunk and in every cost.
	 *
	 * @param hours its GPU-hours
	 * @param served the tokens those hours served
	 * @param rate what an hour of it costs today
	 * @param sunk added to today's cost and to every alternative's
	 * @param fixedStays whether moving away leaves the fixed costs of self-hosting
	 * (committed GPUs keep them); else they end with the last dedicated workload
	 */
	record GpuTime(String hours, String served, String rate, String sunk, boolean fixedStays) {

		static final GpuTime ALL = new GpuTime("{GPU_HOURS}", "{SERVED_TOKENS}", "{GPU_RATE}", "", false);

		static final GpuTime UNCOMMITTED = new GpuTime("({GPU_HOURS}-{COMMITTED_GPU_HOURS})",
				"{SERVED_TOKENS}*({GPU_HOURS}-{COMMITTED_GPU_HOURS})/{GPU_HOURS}",
				"{GPU_COST}/({GPU_HOURS}-{COMMITTED_GPU_HOURS})", "+{COMMITTED_COST}", true);

	}

	private DecisionFormulas() {
	}

	/**
	 * Dedicated GPUs for the busiest hour, or whole servers bought, against what the API
	 * costs.
	 */
	static void serverless(Row row, int n, WorkbookStyles s) {
		formula(row, WorkloadColumn.FIXED, n, "IF(SelfHosting,0,Engineering_PerMonth+SelfHosting_CompliancePerMonth)",
				s.money);
		replicasForThePeak(row, n, s);
		formula(row, WorkloadColumn.RENT_COST, n, "{RENT_GPUS}*Dedicated_GpuHourlyRate*Month_Hours+{FIXED}", s.money);
		formula(row, WorkloadColumn.BUY_SERVERS, n,
				"MAX(1,CEILING({REPLICAS}*{TENSOR_PARALLEL}/OnPrem_GpusPerServer,1))", s.integer);
		payback(row, n, "{RENT_COST}-{FIXED}", "", s);
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
	 * against today's rent; {@code time} says which GPU time is compared.
	 */
	static void dedicated(Row row, int n, boolean tokenPriced, GpuTime time, WorkbookStyles s) {
		String hours = time.hours();
		String sunk = time.sunk();
		formula(row, WorkloadColumn.FIXED, n,
				"IF(Dedicated_GpuHoursTotal>0,(Engineering_PerMonth+SelfHosting_CompliancePerMonth)"
						+ "*{GPU_HOURS}/Dedicated_GpuHoursTotal,0)",
				s.money);
		formula(row, WorkloadColumn.GPUS_TODAY, n, "MAX(1,CEILING(" + hours + "/Month_Hours,1))", s.integer);
		formula(row, WorkloadColumn.RENT_INSTANCES, n, "IF(ISNUMBER({SPECIALIZED_RATE}),IF({SPECIALIZED_RATE}<"
				+ time.rate() + "," + instances("{GPUS_TODAY}") + ",\"\"),\"\")", s.integer);
		formula(row, WorkloadColumn.RENT_GPUS, n,
				"IF(ISNUMBER({RENT_INSTANCES})," + rentedGpus("{GPUS_TODAY}") + ",\"\")", s.integer);
		formula(row, WorkloadColumn.RENT_COST, n, "IF(ISNUMBER({RENT_GPUS}),{RENT_GPUS}*{SPECIALIZED_RATE}"
				+ "*MIN(Month_Hours," + hours + "/{GPUS_TODAY})+{FIXED}" + sunk + ",\"\")", s.money);
		// moving the last self-hosted workload ends the fixed costs; otherwise its share
		// stays
		formula(row, WorkloadColumn.MOVE_COST, n, "IF(AND({SERVED_TOKENS}>0,ISNUMBER({SERVERLESS_PRICE})),"
				+ time.served() + "*{SERVERLESS_PRICE}/1000000+"
				+ (time.fixedStays() ? "{FIXED}" : "IF(AND(Dedicated_WorkloadCount=1,OnPrem_ServersOwned=0),0,{FIXED})")
				+ sunk + ",\"\")", s.money);
		formula(row, WorkloadColumn.BUY_SERVERS, n, "MAX(1,CEILING({GPUS_TODAY}/OnPrem_GpusPerServer,1))", s.integer);
		payback(row, n, "IF(ISNUMBER({RENT_COST}),MIN({GPU_COST},{RENT_COST}-{FIXED}" + negated(sunk) + "),{GPU_COST})",
				sunk, s);
		formula(row, WorkloadColumn.BEST_COST, n,
				"IF(COUNT({RENT_COST},{MOVE_COST},{BUY_COST})=0,\"\"," + "MIN({RENT_COST},{MOVE_COST},{BUY_COST}))",
				s.money);
		formula(row, WorkloadColumn.BEST_ACTION, n,
				"IF({BEST_COST}=\"\",\"\",IF({RENT_COST}={BEST_COST},\"rent-cheaper\","
						+ "IF({MOVE_COST}={BEST_COST},\"move-to-serverless\",\"buy\")))",
				s.text);
		formula(row, WorkloadColumn.CURRENT, n, "{GPU_COST}+{FIXED}" + sunk, s.money);
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

	/** Replicas for the busiest hour and the GPUs and instances they rent. */
	static void replicasForThePeak(Row row, int n, WorkbookStyles s) {
		formula(row, WorkloadColumn.REPLICAS, n, "MAX(Dedicated_MinReplicas,CEILING({PEAK_TOKENS_PER_SECOND}/"
				+ "({TOKENS_PER_SECOND}*{TENSOR_PARALLEL}*Target_Utilization),1))", s.integer);
		formula(row, WorkloadColumn.RENT_INSTANCES, n, instances("{REPLICAS}*{TENSOR_PARALLEL}"), s.integer);
		formula(row, WorkloadColumn.RENT_GPUS, n, rentedGpus("{REPLICAS}*{TENSOR_PARALLEL}"), s.integer);
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
	private static void payback(Row row, int n, String rentReplaced, String sunk, WorkbookStyles s) {
		String rent = "(" + rentReplaced + ")";
		formula(row, WorkloadColumn.BUY_PAYBACK, n,
				"IF(" + rent + ">{BUY_SERVERS}*OnPrem_RunningPerServerMonth,"
						+ "{BUY_SERVERS}*OnPrem_NetCapexPerServer/(" + rent
						+ "-{BUY_SERVERS}*OnPrem_RunningPerServerMonth),\"never\")",
				s.decimal);
		formula(row, WorkloadColumn.BUY_COST, n, "IF(ISNUMBER({BUY_PAYBACK}),IF({BUY_PAYBACK}<OnPrem_LifeYears*12,"
				+ "{BUY_SERVERS}*OnPrem_PerServerMonth+{FIXED}" + sunk + ",\"\"),\"\")", s.money);
	}

	/**
	 * The cheapest alternative when it saves the minimum, else what runs today; the
	 * saving never negative.
	 */
	static void choose(Row row, int n, String stay, WorkbookStyles s) {
		// nested, not AND: AND evaluates every argument, and a difference with an empty
		// cell is an error
		formula(row, WorkloadColumn.ACTION, n, "IF(ISNUMBER({BEST_COST}),IF({CURRENT}-{BEST_COST}>="
				+ "MAX(Decision_MinimumMonthlySaving,0.01),{BEST_ACTION}," + stay + ")," + stay + ")", s.text);
		formula(row, WorkloadColumn.ALTERNATIVE, n, "IF({ACTION}={BEST_ACTION},{BEST_COST},{CURRENT})", s.money);
		formula(row, WorkloadColumn.SAVING, n, "MAX(0,{CURRENT}-{ALTERNATIVE})", s.money);
		formula(row, WorkloadColumn.SERVERS_NEEDED, n, "IF({ACTION}=\"buy\",{BUY_SERVERS},\"\")", s.integer);
		formula(row, WorkloadColumn.PAYBACK, n, "IF({ACTION}=\"buy\",{BUY_PAYBACK},\"\")", s.decimal);
	}

	/** "+X" as "-X" (subtracting the sunk cost again). */
	private static String negated(String sunk) {
		return sunk.isEmpty() ? "" : "-" + sunk.substring(1);
	}

}
