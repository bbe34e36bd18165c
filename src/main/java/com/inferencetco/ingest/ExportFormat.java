package com.inferencetco.ingest;

import com.inferencetco.model.Identified;

/**
 * The export formats the pipeline reads. The id is what the JSON summary's
 * {@code inputs[].format} says; {@code invoiced} tells whether the format carries
 * invoiced cost (bills) or only quantities (usage exports, telemetry, reference data).
 */
public enum ExportFormat implements Identified {

	/** FinOps FOCUS 1.0. */
	FOCUS_1_0("focus-1.0", true),

	/** FinOps FOCUS 1.1. */
	FOCUS_1_1("focus-1.1", true),

	/** FinOps FOCUS 1.2. */
	FOCUS_1_2("focus-1.2", true),

	/** FinOps FOCUS 1.3 (ServiceProviderName, split cost allocation). */
	FOCUS_1_3("focus-1.3", true),

	/** FinOps FOCUS 1.4 (no ProviderName). */
	FOCUS_1_4("focus-1.4", true),

	/** FinOps FOCUS 1.3+ Contract Commitment dataset (commitment terms, no charges). */
	FOCUS_CONTRACT_COMMITMENT("focus-contract-commitment", false),

	/**
	 * FinOps FOCUS 1.4 Billing Period dataset (the invoice issuer's billing cycles and
	 * their status).
	 */
	FOCUS_BILLING_PERIOD("focus-billing-period", false),

	/**
	 * FinOps FOCUS 1.4 Invoice Detail dataset (the invoices' lines; the charges are the
	 * cost and usage rows).
	 */
	FOCUS_INVOICE_DETAIL("focus-invoice-detail", false),

	/** FinOps FOCUS with pre-1.0 column names (Oracle OCI FOCUS reports). */
	FOCUS_PREVIEW("focus-1.0-preview", true),

	/** AWS Cost and Usage Report (legacy, lineItem/... columns). */
	AWS_CUR_LEGACY("aws-cur-legacy", true),

	/** AWS Data Exports, Cost and Usage Report 2.0 (snake_case columns). */
	AWS_CUR_2("aws-cur-2.0", true),

	/** Azure EA cost details. */
	AZURE_EA("azure-ea", true),

	/** Azure EA cost details, amortized view (its actual-cost export is the invoice). */
	AZURE_EA_AMORTIZED("azure-ea-amortized", false),

	/** Azure MCA cost details (camelCase columns). */
	AZURE_MCA("azure-mca", true),

	/** Azure MCA cost details, amortized view (its actual-cost export is the invoice). */
	AZURE_MCA_AMORTIZED("azure-mca-amortized", false),

	/** Google Cloud Billing export (BigQuery), flattened to CSV. */
	GCP_BILLING("gcp-billing", true),

	/** Google Cloud console cost table CSV download. */
	GCP_COST_TABLE("gcp-cost-table", true),

	/** Oracle OCI cost report. */
	OCI_COST("oci-cost", true),

	/**
	 * Oracle OCI usage report (quantities, no cost; the cost report beside it is the
	 * bill): skipped with a note.
	 */
	OCI_USAGE("oci-usage", false),

	/** OpenAI Usage API page (completions, embeddings, moderations). */
	OPENAI_USAGE("openai-usage", false),

	/**
	 * OpenAI Usage API page without tokens (images, audio, vector stores, code
	 * interpreter): counted, adds no tokens.
	 */
	OPENAI_USAGE_WITHOUT_TOKENS("openai-usage-without-tokens", false),

	/** OpenAI Costs API page (organization/costs). */
	OPENAI_COSTS("openai-costs", true),

	/** Anthropic usage report (Admin API JSON or CSV). */
	ANTHROPIC_USAGE("anthropic-usage", false),

	/** Anthropic cost report (Admin API JSON or CSV). */
	ANTHROPIC_COST("anthropic-cost", true),

	/** Amazon Bedrock model invocation logs (JSON lines). */
	BEDROCK_INVOCATION_LOGS("bedrock-invocation-logs", false),

	/** nvidia-smi --query-gpu CSV log. */
	NVIDIA_SMI("nvidia-smi", false),

	/** Prometheus range query result (DCGM exporter, vLLM, TGI), JSON. */
	PROMETHEUS("prometheus", false),

	/** European Central Bank euro reference rates CSV. */
	ECB_RATES("ecb-rates", false);

	private final String id;

	private final boolean invoiced;

	ExportFormat(String id, boolean invoiced) {
		this.id = id;
		this.invoiced = invoiced;
	}

	@Override
	public String id() {
		return id;
	}

	public boolean invoiced() {
		return invoiced;
	}

	public static ExportFormat fromId(String id) {
		return Identified.byId(ExportFormat.class, id, "export format");
	}

	/** The list a user sees when a file matches none of them. */
	public static String supportedList() {
		StringBuilder list = new StringBuilder();
		for (ExportFormat format : values()) {
			if (format != AZURE_EA_AMORTIZED && format != AZURE_MCA_AMORTIZED) {
				list.append(list.isEmpty() ? "" : ", ").append(format.id);
			}
		}
		return list.toString();
	}

}
