package com.inferencetco.cost;

import java.math.BigDecimal;

/**
 * Every numeric cost-model parameter: its key in the assumptions file, the workbook's
 * named cell, the default with its unit, meaning and dated source, the allowed range, and
 * whether it is an amount of money (in {@code assumptionsCurrency}, converted to the
 * report currency).
 */
public enum Parameter {

	// --- serverless and dedicated prices and throughput
	SERVERLESS_PRICE("serverlessPricePerMillion", "Serverless_PricePerMillion", "0.72", "per 1M tokens", true,
			"Blended serverless price of a 70B-class open model, for models the price catalog does not list",
			"Llama 3.3 70B at $0.72/M in and out on Bedrock and OCI (LiteLLM price map 2026-07-24; late-2026 notes); "
					+ "low-cost hosts $0.10-0.13 in / $0.32-0.38 out",
			Range.POSITIVE),
	SMALL_MODEL_PRICE("serverlessSmallModelPricePerMillion", "Serverless_SmallModelPricePerMillion", "0.10",
			"per 1M tokens", true,
			"Blended serverless price of a small (up to 15B) open model the catalog does not list",
			"Llama 3.1 8B: $0.02-0.22/M across hosts, median about $0.10 (LiteLLM price map 2026-07-24)",
			Range.POSITIVE),
	DEDICATED_RATE("dedicatedGpuHourlyRate", "Dedicated_GpuHourlyRate", "2.50", "per GPU-hour", true,
			"Rent of one dedicated H100 at a specialized provider, on demand",
			"Specialized H100 $1.49-2.99/GPU-h; Nebius $2.95, Lambda $2.99 (provider pages via skypilot-catalog, 2025-26)",
			Range.POSITIVE),
	HYPERSCALER_RATE("hyperscalerGpuHourlyRate", "Hyperscaler_GpuHourlyRate", "6.88", "per GPU-hour", true,
			"One H100 of an AWS p5.48xlarge on demand ($55.04/h for 8 GPUs, us-east-1)",
			"AWS price list via Vantage instance data, 2025-12 (after the June 2025 cut from $98.32/h)",
			Range.POSITIVE),
	DEDICATED_THROUGHPUT("dedicatedTokensPerSecond", "Dedicated_TokensPerSecond", "2000", "tokens/s per GPU", false,
			"Aggregate throughput of one GPU at full load, all streams, input and output. Set in your file, it wins "
					+ "over the roofline estimate per workload",
			"TRT-LLM Llama 3.3 70B FP8 on 2x H100: 3,082-4,205 output tok/s per TP2 group at 1-2k contexts "
					+ "(NVIDIA TensorRT-LLM performance overview, 2025)",
			Range.POSITIVE),
	PER_STREAM_SPEED("perStreamTokensPerSecond", "PerStream_TokensPerSecond", "50", "tokens/s per stream", false,
			"Speed one user sees (decode), kept apart from aggregate throughput; the latency target that limits the "
					+ "streams a replica decodes at once in the roofline estimate",
			"Founding document (50 tok/s, 70B); roofline 3.35 TB/s / 70 GB = 47.9", Range.POSITIVE),
	TARGET_UTILIZATION("targetUtilization", "Target_Utilization", "0.60", "fraction", false,
			"Share of capacity a dedicated deployment is sized to use at its busiest hour",
			"Planning choice; headroom for bursts within the hour and for failover (2026)", Range.FRACTION),
	PEAK_TO_AVERAGE("peakToAverage", "Peak_ToAverage", "3", "x the day's average", false,
			"Busiest hour over the day's average hour, for tokens whose exports name only a day (hourly exports "
					+ "are sized on their busiest hour)",
			"A day's tokens arriving within an 8-hour business day: 24 / 8 = 3 (the standard 8-hour workday of a "
					+ "40-hour week, US FLSA); set it from an hourly export of the workload when you have one",
			Range.AT_LEAST_ONE),
	MIN_REPLICAS("minReplicas", "Dedicated_MinReplicas", "1", "replicas", false,
			"Fewest copies of the model a dedicated deployment runs (2 for failover)", "Planning choice (2026)",
			Range.AT_LEAST_ONE),
	GPUS_PER_INSTANCE("dedicatedGpusPerInstance", "Dedicated_GpusPerInstance", "8", "GPUs", false,
			"GPUs in a full instance of the dedicated offer (an HGX node); a need below it rents an instance of "
					+ "1, 2 or 4 GPUs, as specialized providers rent single GPUs",
			"Lambda gpu_8x_h100_sxm5 and Nebius 8-GPU H100 offers; Lambda gpu_1x_h100_pcie, RunPod 1x A100 80GB and "
					+ "Nebius 1-GPU L40S (gpu-offers.csv, 2025-26)",
			Range.AT_LEAST_ONE),
	TOKENS_PER_CONVERSATION("tokensPerConversation", "Tokens_PerConversation", "3000", "tokens", false,
			"Input plus output tokens of one conversation, for break-even conversations per day",
			"Explicit planning parameter, never derived (1,500-3,000 typical)", Range.AT_LEAST_ONE),
	BATCH_DISCOUNT("batchDiscount", "Batch_Discount", "0.50", "fraction", false,
			"Discount of batch-tier tokens where the catalog has no batch price",
			"LiteLLM price map batch prices are 50 % of standard (e.g. gpt-4.1-mini, 2026-07-24)", Range.SHARE),
	PRIORITY_PREMIUM("priorityPremium", "Priority_Premium", "0.75", "fraction", false,
			"Premium of priority-tier tokens over standard",
			"Planning assumption (unverified); set your contracted premium", Range.NON_NEGATIVE),
	MINIMUM_SAVING("minimumMonthlySaving", "Decision_MinimumMonthlySaving", "100", "per month", true,
			"Smallest monthly saving worth a change of deployment; below it the reports keep what runs today",
			"Decision policy of this tool (2026)", Range.NON_NEGATIVE),
	// --- engineering overhead
	ENGINEERING_FTE("engineeringFte", "Engineering_Fte", "1.0", "FTE", false,
			"Engineers running the inference platform (MLOps, on-call)",
			"At least one MLOps engineer for self-hosted inference (2026)", Range.NON_NEGATIVE),
	ENGINEERING_SALARY("engineeringSalary", "Engineering_Salary", "150000", "per year", true,
			"Base salary of one MLOps engineer",
			"MLOps salary surveys $130-165k (2026); BLS software developers median $133,080", Range.NON_NEGATIVE),
	ENGINEERING_LOADING("engineeringLoadingFactor", "Engineering_LoadingFactor", "1.4184397163120567376", "x salary",
			false, "Fully loaded cost over base salary (benefits, taxes): 1 / 0.705",
			"BLS ECEC: wages are 70.5 % of total compensation, 1/0.705 = 1.418440 (2025)", Range.AT_LEAST_ONE),
	ENGINEERING_SHARE("engineeringInferenceShare", "Engineering_InferenceShare", "0.5", "fraction", false,
			"Share of their time that goes to inference", "Planning choice (2026)", Range.SHARE),
	// --- compliance
	COMPLIANCE_ONE_OFF("complianceOneOffCost", "Compliance_OneOffCost", "48000", "one-off", true,
			"DPA negotiation, anonymization proxy build, conformity assessment",
			"AI Act high-risk self-assessment 268-536 h, about EUR 32-64k (practitioner effort model, 2025)",
			Range.NON_NEGATIVE),
	COMPLIANCE_MONTHS("complianceAmortizationMonths", "Compliance_AmortizationMonths", "36", "months", false,
			"Months over which one-off compliance costs are spread", "System life used for amortization (2026)",
			Range.AT_LEAST_ONE),
	COMPLIANCE_ANNUAL("complianceAnnualCost", "Compliance_AnnualCost", "18500", "per year", true,
			"Recurring audits, DPIA reviews, monitoring", "AI Act 104-208 h/yr, about EUR 12-25k/yr (2025)",
			Range.NON_NEGATIVE),
	SELF_HOSTING_COMPLIANCE("selfHostingCompliancePerMonth", "SelfHosting_CompliancePerMonth", "0", "per month", true,
			"Compliance cost that running models yourself adds (security reviews of the platform, its own DPIA)",
			"Your estimate; 0 unless known (2026)", Range.NON_NEGATIVE),
	// --- on-prem
	SERVERS_OWNED("onPremServersOwned", "OnPrem_ServersOwned", "0", "servers", false,
			"GPU servers the company owns and runs this month (their cost enters the TCO)", "Your inventory",
			Range.NON_NEGATIVE),
	SERVER_CAPEX("onPremServerCapex", "OnPrem_ServerCapex", "320000", "per server", true,
			"Purchase price of one 8-GPU H100 server", "Node ~$300-350k (2025-26, secondary sources)", Range.POSITIVE),
	GPUS_PER_SERVER("onPremGpusPerServer", "OnPrem_GpusPerServer", "8", "GPUs", false, "GPUs in one server",
			"HGX/DGX H100", Range.AT_LEAST_ONE),
	LIFE_YEARS("onPremLifeYears", "OnPrem_LifeYears", "3", "years", false,
			"Economic life of the GPUs (book life is often 5-6 years; frontier GPUs age in 2-3)",
			"Economic depreciation ~2-3 years for frontier GPUs (2025-26)", Range.LIFE),
	RESIDUAL("onPremResidualFraction", "OnPrem_ResidualFraction", "0.30", "fraction", false,
			"Resale value at the end of the life, as a share of capex", "Residual 25-35 % after 36 months (secondary)",
			Range.SHARE),
	COST_OF_CAPITAL("onPremCostOfCapital", "OnPrem_CostOfCapital", "0.08", "per year", false,
			"Cost of capital for the capital-recovery method", "Planning choice; CRF(8 %, 3 y) = 0.388", Range.SHARE),
	SERVER_POWER("onPremServerPowerKw", "OnPrem_ServerPowerKw", "10.2", "kW", false, "Power draw of one 8x H100 server",
			"8x H100 node max ~10.2 kW (secondary)", Range.NON_NEGATIVE),
	PUE("onPremPue", "OnPrem_Pue", "1.58", "ratio", false, "Facility power over IT power",
			"Uptime Institute 2023 industry mean 1.58", Range.PUE),
	POWER_PRICE("onPremPricePerKwh", "OnPrem_PricePerKwh", "0.15", "per kWh", true, "Electricity price",
			"Eurostat 1H2024 EU non-household EUR 0.094-0.256/kWh; US industrial ~8.3 cents", Range.NON_NEGATIVE),
	COLOCATION("onPremColocationPerKwMonth", "OnPrem_ColocationPerKwMonth", "194.95", "per kW-month", true,
			"Colocation rent", "CBRE North America data center report H2 2025: $194.95/kW-month ($184.06 in H1)",
			Range.NON_NEGATIVE),
	OPS_FTE_PER_SERVER("onPremOpsFtePerServer", "OnPrem_OpsFtePerServer", "0.05", "FTE per server", false,
			"Operations staff per owned server (hardware, firmware, on-site)",
			"One system administrator per 20 servers, the conventional staffing model before automation (1 per "
					+ "1,000 in automated sites): TechTarget SearchDataCenter, C. Longbottom (retrieved 2026-12)",
			Range.NON_NEGATIVE),
	// --- scale to zero
	BUSY_HOURS("busyHoursPerDay", "ColdStart_BusyHoursPerDay", "10", "hours/day", false,
			"Hours a day an endpoint actually serves traffic", "Planning choice: business hours (2026)", Range.HOURS),
	COLD_STARTS("coldStartsPerDay", "ColdStart_StartsPerDay", "20", "starts/day", false,
			"Cold starts a day when scaling to zero", "Planning choice (2026)", Range.NON_NEGATIVE),
	COLD_START_SECONDS("coldStartSeconds", "ColdStart_Seconds", "15", "seconds", false,
			"Seconds a cold start takes (model load) and users wait", "Founding document: 10-19 s (no anchor found)",
			Range.NON_NEGATIVE),
	// --- throughput roofline and scenarios
	MODEL_BILLIONS("modelParametersBillions", "Model_ParametersBillions", "70", "billion parameters", false,
			"Size of the open model self-hosted in place of a model the catalog does not know (a closed API model)",
			"Llama 3.3 70B (2026)", Range.POSITIVE),
	WEIGHT_BYTES("weightBytesPerParameter", "Model_BytesPerParameter", "1", "bytes", false,
			"Bytes per weight and per KV-cache value: 2 for BF16, 1 for FP8, 0.5 for FP4",
			"FP8 serving (TRT-LLM and NIM FP8 checkpoints, 2025)", Range.BYTES),
	CONTEXT_TOKENS("servingContextTokens", "Model_ContextTokens", "2048", "tokens", false,
			"Tokens a request keeps in the KV cache (input plus output), for the memory ceiling of the batch",
			"TRT-LLM perf overview 1000/1000 and 2048/2048 cases (2025)", Range.AT_LEAST_ONE),
	ROOFLINE_EFFICIENCY("rooflineEfficiency", "Model_RooflineEfficiency", "0.5", "fraction", false,
			"Share of the idealized roofline a tuned serving stack reaches",
			"TRT-LLM Llama 3.3 70B FP8, 2x H100, 1000/1000: 4,205 tokens/s per GPU against 8,037 idealized: 52 % (2025)",
			Range.FRACTION),
	FP8_MULTIPLIER("fp8ThroughputMultiplier", "Scenario_Fp8Multiplier", "2.0", "x throughput", false,
			"Throughput gain of FP8 weights over BF16 in bandwidth-bound decode",
			"Roofline: half the weight bytes per token, 8B BF16 209 vs FP8 417 tok/s on H100", Range.AT_LEAST_ONE),
	BATCHING_MULTIPLIER("batchingThroughputMultiplier", "Scenario_BatchingMultiplier", "1.8", "x throughput", false,
			"Throughput gain of continuous batching and a newer serving engine",
			"vLLM v0.6.0 blog: 1.8-2x for 70B on 4x H100 vs v0.5.3 (2024-09-05)", Range.AT_LEAST_ONE),
	SPECULATIVE_MULTIPLIER("speculativeThroughputMultiplier", "Scenario_SpeculativeMultiplier", "1.5", "x throughput",
			false, "Throughput gain of speculative decoding",
			"Planning assumption (unverified; reports range 1.5-2.5x)", Range.AT_LEAST_ONE),
	MAX_REJECTED_SHARE("maxRejectedShare", "Data_MaxRejectedShare", "0.20", "fraction", false,
			"Largest share of a file's rows that may be rejected as faulty before the run stops (exit 3); rows "
					+ "outside the month do not count, and fewer than 5 faulty rows never stop a run",
			"Data-quality policy of this tool (2026)", Range.SHARE),
	SENSITIVITY_RANGE("sensitivityRange", "Sensitivity_Range", "0.25", "fraction", false,
			"How far each input moves for the tornado and the break-even band (+/-)", "Planning choice (2026)",
			Range.SENSITIVITY);

	/** The values a parameter may take, with the words an error message uses for them. */
	enum Range {

		POSITIVE("0.000001", null, "above zero"), NON_NEGATIVE("0", null, "zero or more"),
		AT_LEAST_ONE("1", null, "1 or more"), FRACTION("0.000001", "1", "above zero and at most 1"),
		SHARE("0", "1", "between 0 and 1"), LIFE("1", "10", "between 1 and 10"), PUE("1", "5", "between 1 and 5"),
		HOURS("0", "24", "between 0 and 24"), BYTES("0.25", "4", "between 0.25 and 4"),
		SENSITIVITY("0.000001", "0.9", "above zero and at most 0.9");

		final BigDecimal min;

		final BigDecimal max;

		final String words;

		Range(String min, String max, String words) {
			this.min = new BigDecimal(min);
			this.max = max == null ? null : new BigDecimal(max);
			this.words = words;
		}

		boolean contains(BigDecimal value) {
			return value.compareTo(min) >= 0 && (max == null || value.compareTo(max) <= 0);
		}

	}

	private final String key;

	private final String cellName;

	private final String defaultValue;

	private final String unit;

	private final boolean money;

	private final String meaning;

	private final String source;

	private final Range range;

	Parameter(String key, String cellName, String defaultValue, String unit, boolean money, String meaning,
			String source, Range range) {
		this.key = key;
		this.cellName = cellName;
		this.defaultValue = defaultValue;
		this.unit = unit;
		this.money = money;
		this.meaning = meaning;
		this.source = source;
		this.range = range;
	}

	public String key() {
		return key;
	}

	public String cellName() {
		return cellName;
	}

	public BigDecimal defaultValue() {
		return new BigDecimal(defaultValue);
	}

	String defaultText() {
		return defaultValue;
	}

	public String unit() {
		return unit;
	}

	/** An amount of money, stated in the assumptions' currency. */
	public boolean money() {
		return money;
	}

	public String meaning() {
		return meaning;
	}

	public String source() {
		return source;
	}

	Range range() {
		return range;
	}

}
