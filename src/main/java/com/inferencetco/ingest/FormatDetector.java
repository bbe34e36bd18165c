package com.inferencetco.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.csv.CsvRecordSource;

/**
 * Recognises an export from a few key header columns (never the full header: exports add and drop columns from
 * month to month) or, for JSON, from the {@code object} type of its results.
 */
public final class FormatDetector {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final int JSON_TOKENS_TO_SNIFF = 10_000;

	private FormatDetector() {
	}

	public static ExportFormat detect(Path path, String relativePath) {
		if (ExportInput.isCsv(path)) {
			List<String> header;
			try (CsvRecordSource source = new CsvRecordSource(path, relativePath)) {
				header = source.headerNames();
			}
			ExportFormat format = fromCsvHeader(header);
			if (format == null) {
				throw unsupported(relativePath, "its header " + abbreviatedHeader(header) + " has none of the key columns");
			}
			return format;
		}
		if (ExportInput.isJson(path)) {
			ExportFormat format = fromJson(path, relativePath);
			if (format == null) {
				throw unsupported(relativePath, "its results carry no known \"object\" type");
			}
			return format;
		}
		throw unsupported(relativePath, "its name does not end in .csv, .csv.gz, .json or .json.gz");
	}

	/** The rules of reference/notes/bill-formats.md section 1, in order. */
	static ExportFormat fromCsvHeader(List<String> header) {
		Set<String> names = new HashSet<>(header);
		Set<String> lower = new HashSet<>();
		header.forEach(name -> lower.add(name.toLowerCase(Locale.ROOT)));
		if (names.containsAll(Set.of("BilledCost", "EffectiveCost", "ChargePeriodStart", "ChargeCategory"))) {
			return focusVersion(names);
		}
		if (names.containsAll(Set.of("identity/LineItemId", "lineItem/UnblendedCost"))) {
			return ExportFormat.AWS_CUR_LEGACY;
		}
		if (names.containsAll(Set.of("MeterCategory", "CostInBillingCurrency"))
				|| names.containsAll(Set.of("MeterCategory", "Cost", "BillingCurrency"))) {
			return ExportFormat.AZURE_EA;
		}
		return null;
	}

	private static ExportFormat focusVersion(Set<String> names) {
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

	private static ExportFormat fromJson(Path path, String relativePath) {
		try (InputStream in = ExportInput.open(path); JsonParser parser = MAPPER.createParser(in)) {
			JsonToken token;
			int seen = 0;
			while ((token = parser.nextToken()) != null && seen++ < JSON_TOKENS_TO_SNIFF) {
				if (token == JsonToken.PROPERTY_NAME && "object".equals(parser.currentName())
						&& parser.nextToken() == JsonToken.VALUE_STRING) {
					switch (parser.getString()) {
						case "organization.usage.completions.result":
							return ExportFormat.OPENAI_USAGE;
						case "organization.costs.result":
							return ExportFormat.OPENAI_COSTS;
						default:
							break;
					}
				}
			}
			return null;
		}
		catch (IOException | JacksonException ex) {
			throw TcoException.inputRejected(relativePath + ": cannot read the JSON export: " + ex.getMessage()
					+ " (expected a usage or cost API page)", ex);
		}
	}

	private static TcoException unsupported(String relativePath, String why) {
		return TcoException.inputRejected(relativePath + ": not a supported export: " + why + ". Formats tried: "
				+ ExportFormat.supportedList() + ". Use --ignore GLOB to skip a file on purpose.");
	}

	private static String abbreviatedHeader(List<String> header) {
		String joined = String.join(",", header);
		return "'" + (joined.length() <= 120 ? joined : joined.substring(0, 117) + "...") + "'";
	}
}
