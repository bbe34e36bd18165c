package com.inferencetco.ingest.aws;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.inferencetco.catalog.GpuInstanceCatalog;
import com.inferencetco.catalog.GpuInstanceCatalog.GpuAllocation;
import com.inferencetco.ingest.LineDraft;
import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.Units;
import com.inferencetco.ingest.Values;
import com.inferencetco.ingest.Workloads;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.TokenType;

/**
 * AWS legacy Cost and Usage Report ({@code lineItem/...} columns, dynamic schema). Invoiced cost is
 * {@code lineItem/NetUnblendedCost} where present and filled, else {@code lineItem/UnblendedCost}; the month is
 * {@code bill/BillingPeriodStartDate}. GPUs, egress and Bedrock tokens are recognised from the usage type, whose
 * region prefix ({@code USW2-}) is optional: us-east-1 usage types often carry none.
 */
public class AwsCurLegacyNormalizer extends RowNormalizer {

	private static final Pattern INSTANCE_USAGE = Pattern
		.compile("^(?:[A-Z]{2,4}\\d?-)?(?:BoxUsage|SpotUsage|DedicatedUsage|UnusedBox|UnusedDed|HostUsage|Host|Train|Notebk):(.+)$");

	private static final Pattern BEDROCK_MODEL = Pattern.compile("^(?:[A-Z]{2,4}\\d?-)?(.+?)-(?:mantle-)?(?:input|output|cache)");

	public AwsCurLegacyNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected BigDecimal invoicedCost(SourceRecord row) {
		BigDecimal net = Values.optionalDecimal(row, "lineItem/NetUnblendedCost");
		return net != null ? net : Values.decimal(row, "lineItem/UnblendedCost");
	}

	@Override
	protected String currency(SourceRecord row) {
		return Values.currency(row, "lineItem/CurrencyCode");
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		LocalDate periodStart = Values.utcDay(Values.instant(row, "bill/BillingPeriodStartDate"));
		requireInMonth(periodStart, "bill/BillingPeriodStartDate");
		LocalDate usageDay = Values.utcDay(Values.instant(row, "lineItem/UsageStartDate"));
		String lineItemType = LineDraft.orEmpty(row.get("lineItem/LineItemType"));
		String usageType = LineDraft.orEmpty(row.get("lineItem/UsageType"));
		String productCode = LineDraft.orEmpty(row.get("lineItem/ProductCode"));
		BigDecimal amount = Values.decimalOrZero(row, "lineItem/UsageAmount");
		String unit = LineDraft.orEmpty(row.get("pricing/unit"));
		String service = row.get("product/ProductName") != null ? row.get("product/ProductName") : productCode;

		LineDraft draft = new LineDraft();
		String type = usageType.toLowerCase(Locale.ROOT);
		if (lineItemType.equals("Tax")) {
			draft.tax();
		}
		else if (isCredit(lineItemType)) {
			draft.credit();
		}
		else if (productCode.equals("AmazonBedrock") && isTokenUsageType(type)) {
			Matcher m = BEDROCK_MODEL.matcher(usageType);
			draft.tokens(amount.multiply(Units.tokenBlock(unit)), tokenType(type), m.find() ? m.group(1) : usageType);
		}
		else if (type.endsWith("datatransfer-out-bytes")) {
			// Internet egress; UsageAmount is already in GB despite "-Bytes" in the name.
			draft.egress(Units.toGigabytes(amount, unit));
		}
		else if (type.contains("timedstorage") || type.contains("volumeusage") || type.contains("snapshotusage")) {
			draft.storage();
		}
		else {
			gpuOf(row, usageType).ifPresent(gpu -> draft.gpu(gpu, amount));
		}
		String workloadTag = row.get("resourceTags/user:workload");
		CostDimensions dimensions = new CostDimensions("AWS", row.get("bill/PayerAccountId"),
				row.get("lineItem/UsageAccountId"), service, usageType, row.get("product/region"),
				row.get("lineItem/ResourceId"), Workloads.name(workloadTag, null, productCode, draft.tokenModel()),
				draft.model());
		return List.of(draft.bill(dimensions, usageDay, amount, unit, cost, currency));
	}

	private static Optional<GpuAllocation> gpuOf(SourceRecord row, String usageType) {
		Matcher m = INSTANCE_USAGE.matcher(usageType);
		String instanceType = row.get("product/instanceType");
		if (instanceType == null && m.matches()) {
			instanceType = m.group(1);
		}
		if (instanceType == null) {
			return Optional.empty();
		}
		Optional<GpuAllocation> known = GpuInstanceCatalog.lookup(instanceType);
		String gpuCount = row.get("product/gpu");
		if (gpuCount != null && gpuCount.strip().matches("\\d+") && Integer.parseInt(gpuCount.strip()) > 0) {
			return Optional.of(new GpuAllocation(known.map(GpuAllocation::gpuModel).orElse("GPU"),
					Integer.parseInt(gpuCount.strip())));
		}
		return known;
	}

	static boolean isCredit(String lineItemType) {
		return lineItemType.equals("Credit") || lineItemType.equals("Refund")
				|| lineItemType.equals("SavingsPlanNegation") || lineItemType.endsWith("Discount");
	}

	static boolean isTokenUsageType(String type) {
		return type.contains("input-tokens") || type.contains("output-tokens") || type.contains("input-token-count")
				|| type.contains("tokencount");
	}

	static TokenType tokenType(String type) {
		if (type.contains("cache-write") || type.contains("cachewrite")) {
			return TokenType.CACHE_WRITE;
		}
		if (type.contains("cache-read") || type.contains("cacheread")) {
			return TokenType.CACHED_INPUT;
		}
		if (type.contains("output")) {
			return TokenType.OUTPUT;
		}
		return TokenType.INPUT;
	}
}
