package com.inferencetco.ingest;

/**
 * The export formats the pipeline reads. The id is what the JSON summary's {@code inputs[].format} says;
 * {@code invoiced} tells whether the format carries invoiced cost (bills) or only quantities (usage exports).
 */
public enum ExportFormat {

	FOCUS_1_0("focus-1.0", true, "FinOps FOCUS 1.0"), FOCUS_1_1("focus-1.1", true, "FinOps FOCUS 1.1"),
	FOCUS_1_2("focus-1.2", true, "FinOps FOCUS 1.2"),
	AWS_CUR_LEGACY("aws-cur-legacy", true, "AWS Cost and Usage Report (legacy, lineItem/... columns)"),
	AZURE_EA("azure-ea", true, "Azure EA cost details (actual cost)"),
	OPENAI_USAGE("openai-usage", false, "OpenAI Usage API page (organization/usage/completions)"),
	OPENAI_COSTS("openai-costs", true, "OpenAI Costs API page (organization/costs)");

	private final String id;

	private final boolean invoiced;

	private final String description;

	ExportFormat(String id, boolean invoiced, String description) {
		this.id = id;
		this.invoiced = invoiced;
		this.description = description;
	}

	public String id() {
		return id;
	}

	public boolean invoiced() {
		return invoiced;
	}

	public String description() {
		return description;
	}

	public static ExportFormat fromId(String id) {
		for (ExportFormat format : values()) {
			if (format.id.equals(id)) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown export format " + id);
	}

	/** The list a user sees when a file matches none of them. */
	public static String supportedList() {
		StringBuilder list = new StringBuilder();
		for (ExportFormat format : values()) {
			list.append(list.isEmpty() ? "" : ", ").append(format.id);
		}
		return list.toString();
	}
}
