package com.inferencetco.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.csv.CsvRecordSource;
import com.inferencetco.ingest.gcp.GcpCostTable;
import com.inferencetco.ingest.parquet.ParquetRecordSource;

/**
 * Recognises an export from a few key header columns (never the full header: exports add
 * and drop columns from month to month) or, for JSON, from the shape of its first
 * records. The rules follow the providers' documentation of their exports, in order.
 */
public final class FormatDetector {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final int JSON_TOKENS_TO_SNIFF = 20_000;

	private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

	private FormatDetector() {
	}

	public static ExportFormat detect(InputFile input) {
		if (input.isCsv()) {
			String firstLine = firstLine(input);
			if (GcpCostTable.isPreamble(firstLine)) {
				return ExportFormat.GCP_COST_TABLE;
			}
			List<String> header;
			try (CsvRecordSource source = new CsvRecordSource(input)) {
				header = source.headerNames();
			}
			ExportFormat format = fromCsvHeader(AzureGermanHeaders.withEnglishNames(header));
			if (format == null) {
				String hint = header.size() == 1 && header.get(0).contains(";")
						? " (it looks semicolon-separated, as European Excel saves CSV: export it comma-separated with "
								+ "decimal points)"
						: firstLine.startsWith("\uFFFD\uFFFD") || firstLine.indexOf('\u0000') >= 0
								? " (it looks UTF-16 encoded: save it as UTF-8)" : "";
				throw unsupported(input,
						"its header " + abbreviatedHeader(header) + " has none of the key columns" + hint);
			}
			return format;
		}
		if (input.isParquet()) {
			List<String> columns = ParquetRecordSource.columnNames(input);
			ExportFormat format = fromCsvHeader(columns);
			if (format == null) {
				throw unsupported(input, "its columns " + abbreviatedHeader(columns) + " have none of the key columns");
			}
			return format;
		}
		if (input.isJson()) {
			ExportFormat format = fromJson(input);
			if (format == null) {
				throw unsupported(input, "its records match none of the known shapes");
			}
			return format;
		}
		throw unsupported(input,
				"its name does not end in .csv, .json, .jsonl (optionally .gz) or .parquet, " + "or inside a .zip");
	}

	private static Set<String> lowerCase(Set<String> names) {
		Set<String> lower = new HashSet<>();
		names.forEach(n -> lower.add(n.toLowerCase(java.util.Locale.ROOT)));
		return lower;
	}

	static ExportFormat fromCsvHeader(List<String> header) {
		Set<String> names = new HashSet<>(header);
		if (names.containsAll(Set.of("BilledCost", "EffectiveCost", "ChargePeriodStart", "ChargeCategory"))) {
			return focusVersion(names);
		}
		if (names.containsAll(Set.of("ContractCommitmentId", "ContractId"))) {
			return ExportFormat.FOCUS_CONTRACT_COMMITMENT;
		}
		if (names.containsAll(Set.of("InvoiceDetailId", "InvoiceId", "BilledCost"))) {
			return ExportFormat.FOCUS_INVOICE_DETAIL;
		}
		if (names.containsAll(Set.of("BillingPeriodStatus", "BillingPeriodStart", "InvoiceIssuerName"))) {
			return ExportFormat.FOCUS_BILLING_PERIOD;
		}
		if (names.containsAll(Set.of("identity/LineItemId", "lineItem/UnblendedCost"))) {
			return ExportFormat.AWS_CUR_LEGACY;
		}
		if (names.containsAll(Set.of("identity_line_item_id", "line_item_unblended_cost"))) {
			return ExportFormat.AWS_CUR_2;
		}
		if (names.containsAll(Set.of("lineItem/referenceNo", "cost/myCost"))) {
			return ExportFormat.OCI_COST;
		}
		if (names.contains("lineItem/referenceNo")
				&& (names.contains("usage/consumedQuantity") || names.contains("usage/billedQuantity"))) {
			return ExportFormat.OCI_USAGE;
		}
		if (names.containsAll(Set.of("MeterCategory", "CostInBillingCurrency"))
				|| names.containsAll(Set.of("MeterCategory", "Cost", "BillingCurrency"))
				|| names.containsAll(Set.of("MeterCategory", "PreTaxCost", "UsageDateTime"))) {
			return ExportFormat.AZURE_EA;
		}
		if (names.containsAll(Set.of("meterCategory", "costInBillingCurrency"))) {
			return ExportFormat.AZURE_MCA;
		}
		// pay-as-you-go usage details are also downloaded in camelCase; their columns are
		// read regardless of case
		if (lowerCase(names).containsAll(Set.of("metercategory", "pretaxcost", "usagedatetime"))) {
			return ExportFormat.AZURE_EA;
		}
		if (names.contains("billing_account_id") && names.contains("cost")
				&& (names.contains("usage_start_time") || names.contains("usage.start_time"))) {
			return ExportFormat.GCP_BILLING;
		}
		if (names.containsAll(Set.of("uncached_input_tokens", "output_tokens"))) {
			return ExportFormat.ANTHROPIC_USAGE;
		}
		if (names.containsAll(Set.of("amount", "currency"))
				&& (names.contains("starting_at") || names.contains("bucket.starting_at"))
				&& (names.contains("cost_type") || names.contains("token_type") || names.contains("description"))) {
			return ExportFormat.ANTHROPIC_COST;
		}
		if (names.stream().anyMatch(n -> n.startsWith("utilization.gpu"))) {
			return ExportFormat.NVIDIA_SMI;
		}
		if (!header.isEmpty() && header.get(0).equals("Date") && header.size() > 1
				&& header.subList(1, header.size())
					.stream()
					.filter(h -> !h.isBlank())
					.allMatch(h -> CURRENCY_CODE.matcher(h).matches())) {
			return ExportFormat.ECB_RATES;
		}
		return null;
	}

	private static ExportFormat focusVersion(Set<String> names) {
		boolean serviceProvider = names.contains("ServiceProviderName") || names.contains("HostProviderName");
		if (names.stream()
			.anyMatch(
					Set.of("Provider", "Publisher", "InvoiceIssuer", "Region", "UsageQuantity", "UsageUnit")::contains)
				&& !names.contains("ProviderName") && !serviceProvider) {
			return ExportFormat.FOCUS_PREVIEW;
		}
		// 1.4 removed ProviderName and PublisherName, which 1.3 deprecated in favour of
		// ServiceProviderName
		if (serviceProvider && !names.contains("ProviderName") && !names.contains("PublisherName")) {
			return ExportFormat.FOCUS_1_4;
		}
		if (serviceProvider || names.stream().anyMatch(n -> n.startsWith("Allocated"))
				|| names.contains("ContractApplied")) {
			return ExportFormat.FOCUS_1_3;
		}
		if (names.stream()
			.anyMatch(Set.of("InvoiceId", "BillingAccountType", "SubAccountType", "PricingCurrency",
					"PricingCurrencyEffectiveCost")::contains)) {
			return ExportFormat.FOCUS_1_2;
		}
		if (names.stream()
			.anyMatch(Set.of("CapacityReservationId", "CommitmentDiscountQuantity", "CommitmentDiscountUnit",
					"ServiceSubcategory", "SkuMeter", "SkuPriceDetails")::contains)) {
			return ExportFormat.FOCUS_1_1;
		}
		return ExportFormat.FOCUS_1_0;
	}

	/**
	 * Sniffs the first records: the object type of API pages, the shape of logs and
	 * Prometheus results.
	 */
	private static ExportFormat fromJson(InputFile input) {
		try (InputStream in = input.open(); JsonParser parser = MAPPER.createParser(in)) {
			JsonToken token;
			int seen = 0;
			boolean anthropicBucket = false;
			boolean amount = false;
			boolean costFields = false;
			while ((token = parser.nextToken()) != null && seen++ < JSON_TOKENS_TO_SNIFF) {
				if (token != JsonToken.PROPERTY_NAME) {
					continue;
				}
				String name = parser.currentName();
				if (name.equals("object") || name.equals("schemaType") || name.equals("resultType")) {
					if (parser.nextToken() != JsonToken.VALUE_STRING) {
						continue;
					}
					String object = parser.getString();
					ExportFormat known = switch (object) {
						case "organization.usage.completions.result", "organization.usage.embeddings.result",
								"organization.usage.moderations.result" ->
							ExportFormat.OPENAI_USAGE;
						case "organization.costs.result" -> ExportFormat.OPENAI_COSTS;
						case "ModelInvocationLog" -> ExportFormat.BEDROCK_INVOCATION_LOGS;
						case "matrix" -> ExportFormat.PROMETHEUS;
						default -> null;
					};
					if (known != null) {
						return known;
					}
					if (object.startsWith("organization.usage.") && object.endsWith(".result")) {
						// images, audio, vector stores, sessions
						return ExportFormat.OPENAI_USAGE_WITHOUT_TOKENS;
					}
					continue;
				}
				anthropicBucket |= name.equals("starting_at");
				amount |= name.equals("amount");
				costFields |= name.equals("cost_type") || name.equals("token_type") || name.equals("description");
				if (anthropicBucket && name.equals("uncached_input_tokens")) {
					return ExportFormat.ANTHROPIC_USAGE;
				}
				if (anthropicBucket && amount && costFields) {
					return ExportFormat.ANTHROPIC_COST;
				}
			}
			return null;
		}
		catch (IOException | JacksonException ex) {
			throw TcoException.inputRejected(input.relativePath() + ": cannot read the JSON export: " + ex.getMessage()
					+ " (expected an API page, log lines or a Prometheus query result)", ex);
		}
	}

	private static String firstLine(InputFile input) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8))) {
			char[] buffer = new char[4096];
			int read = reader.read(buffer);
			if (read <= 0) {
				return "";
			}
			String text = new String(buffer, 0, read);
			int end = text.indexOf('\n');
			return (end < 0 ? text : text.substring(0, end)).replace("\uFEFF", "").strip();
		}
		catch (IOException ex) {
			throw TcoException.inputRejected(input.relativePath() + ": cannot read the file: " + ex.getMessage(), ex);
		}
	}

	private static TcoException unsupported(InputFile input, String why) {
		return TcoException
			.inputRejected(input.relativePath() + ": not a supported export: " + why + ". Formats tried: "
					+ ExportFormat.supportedList() + ". Use --ignore GLOB to skip a file on purpose.");
	}

	private static String abbreviatedHeader(List<String> header) {
		String joined = String.join(",", header);
		return "'" + (joined.length() <= 120 ? joined : joined.substring(0, 117) + "...") + "'";
	}

}
