package com.inferencetco.cost;

/**
 * The assumptions file the {@code assumptions} command prints: every key with its
 * default, unit, meaning and source.
 */
final class AssumptionsExample {

	private AssumptionsExample() {
	}

	/**
	 * Every parameter as a YAML file to start from: each key with its default, unit,
	 * meaning and the source of the default, and the keys that take names, lists and
	 * maps.
	 */
	static String yaml() {
		StringBuilder yaml = new StringBuilder();
		yaml.append("# Inference TCO assumptions: every cost-model parameter with its built-in default.\n")
			.append("# Amounts are in assumptionsCurrency. Delete what you do not change; unknown keys are refused.\n\n")
			.append("# Report currency (ISO 4217). Default: the one currency all invoiced inputs share.\n")
			.append("# currency: USD\n\n")
			.append("# Currency of every amount below (ISO 4217), converted to the report currency at the month's ECB rate.\n")
			.append("assumptionsCurrency: USD\n\n");
		for (Parameter p : Parameter.values()) {
			yaml.append("# ").append(p.meaning()).append(" (").append(p.unit()).append(").\n");
			yaml.append("# Source: ").append(p.source()).append("\n");
			yaml.append(p.key()).append(": ").append(p.defaultText()).append("\n\n");
		}
		yaml.append(
				"# Throughput of particular workloads (tokens/s per GPU, all streams), winning over the estimate.\n")
			.append("workloadTokensPerSecond: {}\n\n")
			.append("# Depreciation of owned servers: ")
			.append(Depreciation.ids())
			.append(".\n")
			.append("# capital-recovery is the economic cost (cost of capital, residual); the others are shown beside it.\n")
			.append("onPremDepreciationMethod: capital-recovery\n\n")
			.append("# Where the compliance cost above applies: self-hosting (a month with dedicated GPUs or owned servers),\n")
			.append("# always, or never. Source: a company that only calls per-token APIs relies on its providers' SOC 2 and\n")
			.append("# ISO 27001 attestations; audits of its own serving stack come with self-hosting.\n")
			.append("complianceApplies: self-hosting\n\n")
			.append("# The company the reports name in their titles (empty: none, or the report template's).\n")
			.append("# companyName: Example Corp\n\n")
			.append("# GPU of the dedicated option, for the roofline check and the scenarios (A100, H100, H200, B200, L40S).\n")
			.append("dedicatedGpu: H100\n\n")
			.append("# Zone of telemetry timestamps that carry none (nvidia-smi writes local time).\n")
			.append("telemetryTimeZone: UTC\n\n")
			.append("# ECB euro reference-rate CSV, relative to this file (or put it in the input folder).\n")
			.append("# exchangeRates: eurofxref-hist.csv\n\n")
			.append("# An AWS account exported both as FOCUS and as a Cost and Usage Report for the same month is\n")
			.append("# refused (it would be billed twice) unless you say which export stands for it: focus or cur.\n")
			.append("# preferExport: focus\n\n")
			.append("# Workloads whose data must stay in the EU: their lines outside EU regions or on shared\n")
			.append("# serverless tenancy are flagged in the reports.\n")
			.append("euResidencyWorkloads: []\n\n")
			.append("# Region names or codes that count as EU (prefixes, case-insensitive). Default:\n")
			.append("# euRegions: [")
			.append(String.join(", ", TcoAssumptions.DEFAULT_EU_REGIONS.stream().map(r -> "\"" + r + "\"").toList()))
			.append("]\n\n")
			.append("# Telemetry and serving metrics without a workload label, attributed by host or served model.\n")
			.append("workloadsByHost: {}\n")
			.append("workloadsByModel: {}\n\n")
			.append("# Provider model names mapped to catalog names, and your own prices (USD per million tokens),\n")
			.append("# which win over the shipped catalog for the estimated cost of uninvoiced usage.\n")
			.append("modelAliases: {}\n")
			.append("modelPrices: {}\n")
			.append("#   my-llama-70b: {input: 0.20, output: 0.60, cachedInput: 0.05}\n\n")
			.append("# Open-weight models that would replace a closed-weight or unsized model if self-hosted. Without\n")
			.append("# one, a workload calling gpt-4o, Claude or Gemini gets no self-hosted alternative.\n")
			.append("substitutes: {}\n")
			.append("#   gpt-4o: llama-3.3-70b\n\n")
			.append("# The names readers know workloads by, on the reports' first page (the tag stays in the tables).\n")
			.append("displayNames: {}\n")
			.append("#   wrkspc_legal: Legal team workspace\n\n")
			.append("# Showback: who owns each workload (a workload without an owner is its own), and how the shared\n")
			.append("# costs (workloads that serve no inference, or those listed) and the modelled costs are allocated:\n")
			.append("# method cost (own cost, the default), tokens, gpu-hours, or fixed with shares that add up to 1.\n")
			.append("owners: {}\n")
			.append("#   support-chat: customer-care\n")
			.append("# allocation:\n")
			.append("#   method: cost\n")
			.append("#   shared: [platform]\n")
			.append("#   shares: {support-chat: 0.6, code-assist: 0.4}\n");
		return yaml.toString();
	}

}
