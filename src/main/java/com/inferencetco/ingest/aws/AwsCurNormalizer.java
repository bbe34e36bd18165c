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
import com.inferencetco.ingest.CommittedShare;
import com.inferencetco.ingest.IndependentRows;
import com.inferencetco.ingest.LineDraft;
import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.UsagePeriod;
import com.inferencetco.ingest.Units;
import com.inferencetco.ingest.Values;
import com.inferencetco.ingest.Workloads;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.Commitment;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.TokenType;

/**
 * AWS Cost and Usage Reports, legacy ({@code lineItem/...}) and 2.0
 * ({@code line_item_...}, with the {@code product} and {@code resource_tags} maps): the
 * same fields under two spellings, see {@link AwsCurFields}. Invoiced cost is the net
 * unblended cost where present and filled, else the unblended cost; the month is the
 * bill's billing period. GPUs, egress and Bedrock tokens are recognised from the usage
 * type, whose region prefix ({@code USW2-}) is optional: us-east-1 usage types often
 * carry none.
 */
public class AwsCurNormalizer extends RowNormalizer implements IndependentRows {

	private static final Pattern INSTANCE_USAGE = Pattern.compile(
			"^(?:[A-Z]{2,4}\\d?-)?(?:BoxUsage|SpotUsage|DedicatedUsage|UnusedBox|UnusedDed|HeavyUsage|HostUsage|Host|Train|Notebk):(.+)$");

	private static final Pattern BEDROCK_MODEL = Pattern
		.compile("^(?:[A-Z]{2,4}\\d?-)?(.+?)-(?:mantle-)?(?:input|output|cache)");

	private static final Pattern MARKETPLACE_TOKENS = Pattern.compile(
			"(?i)^(?:[A-Z]{2,4}\\d?-)?MP:(?:[A-Z]{2,4}\\d?_)?(.*?)_?(input|output|cacheread\\w*|cachewrite\\w*)_?tokens?(?:count)?");

	private final AwsCurFields fields;

	public AwsCurNormalizer(BillingMonth month, AwsCurFields fields) {
		super(month);
		this.fields = fields;
	}

	@Override
	protected BigDecimal invoicedCost(SourceRecord row) {
		BigDecimal net = Values.optionalDecimal(row, fields.netUnblendedCost());
		return net != null ? net : Values.decimal(row, fields.unblendedCost());
	}

	@Override
	protected String currency(SourceRecord row) {
		return Values.currency(row, fields.currency());
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		LocalDate periodStart = Values.utcDay(Values.instant(row, fields.billingPeriodStart()));
		requireInMonth(periodStart, fields.billingPeriodStart());
		LocalDate usageDay = Values.utcDay(Values.instant(row, fields.usageStart()));
		String lineItemType = LineDraft.orEmpty(row.get(fields.lineItemType()));
		String usageType = LineDraft.orEmpty(row.get(fields.usageType()));
		String productCode = LineDraft.orEmpty(row.get(fields.productCode()));
		BigDecimal amount = Values.decimalOrZero(row, fields.usageAmount());
		String unit = LineDraft.orEmpty(row.get(fields.pricingUnit()));
		AwsCurFields.Product product = fields.product(row);
		String service = product.name() != null ? product.name() : productCode;

		LineDraft draft = new LineDraft();
		String type = usageType.toLowerCase(Locale.ROOT);
		Matcher marketplace = MARKETPLACE_TOKENS.matcher(usageType);
		Optional<GpuAllocation> gpu = gpuOf(product, usageType);
		if (lineItemType.equals("Tax")) {
			draft.tax();
		}
		else if (gpu.isPresent() && isCommitmentMoney(lineItemType)) {
			draft.gpuMoneyWithoutHours(gpu.get());
		}
		else if (isCredit(lineItemType)) {
			draft.credit();
		}
		else if (productCode.equals("AmazonBedrock") && isTokenUsageType(type)) {
			Matcher m = BEDROCK_MODEL.matcher(usageType);
			draft.tokens(amount.multiply(Units.tokenBlock(unit)), tokenType(type), m.find() ? m.group(1) : usageType);
		}
		else if (usageType.contains("MP:") && marketplace.find()) {
			draft.tokens(amount.multiply(Units.tokenBlock(unit)), tokenType(type), service);
		}
		else if (type.endsWith("datatransfer-out-bytes")) {
			// Internet egress; UsageAmount is already in GB despite "-Bytes" in the name.
			draft.egress(Units.toGigabytes(amount, unit));
		}
		else if (type.contains("timedstorage") || type.contains("volumeusage") || type.contains("snapshotusage")) {
			draft.storage();
		}
		else {
			gpu.ifPresent(allocation -> draft.gpu(allocation, amount));
		}
		CostDimensions dimensions = new CostDimensions("AWS", row.get(fields.payerAccount()),
				row.get(fields.usageAccount()), service, usageType, product.region(), row.get(fields.resourceId()),
				Workloads.name(fields.workloadTag(row), null, productCode, draft.tokenModel()), draft.model());
		NormalizedLine bill = draft.bill(dimensions, usageDay, amount, unit, cost, currency);
		AwsCurFields.CommitmentColumns covering = lineItemType.equals("SavingsPlanCoveredUsage") ? fields.savingsPlan()
				: lineItemType.equals("DiscountedUsage") ? fields.reservation() : null;
		if (covering == null || gpu.isEmpty()) {
			return List.of(bill);
		}
		Commitment commitment = new Commitment(
				lineItemType.equals("SavingsPlanCoveredUsage") ? "Savings Plan" : "Reserved Instance",
				row.get(covering.arn()), CommittedShare.endDay(row.get(covering.endTime()), covering.endTime()));
		return List.of(bill, CommittedShare.of(commitment, gpu.get(), amount, dimensions, usageDay, amount, unit,
				Values.optionalDecimal(row, covering.effectiveCost()), currency));
	}

	private static Optional<GpuAllocation> gpuOf(AwsCurFields.Product product, String usageType) {
		Matcher m = INSTANCE_USAGE.matcher(usageType);
		String instanceType = product.instanceType();
		if (instanceType == null && m.matches()) {
			instanceType = m.group(1);
		}
		if (instanceType == null) {
			return Optional.empty();
		}
		Optional<GpuAllocation> known = GpuInstanceCatalog.lookup(instanceType);
		String gpuCount = product.gpu();
		if (gpuCount != null && gpuCount.strip().matches("\\d+") && Integer.parseInt(gpuCount.strip()) > 0) {
			return Optional.of(new GpuAllocation(known.map(GpuAllocation::gpuModel).orElse("GPU"),
					Integer.parseInt(gpuCount.strip())));
		}
		return known;
	}

	/**
	 * Lines about GPU capacity that are not GPU time: an RI fee (the reserved hours are
	 * its DiscountedUsage lines; counting the fee's hours too doubled them) and a Savings
	 * Plan's negation, which cancels the on-demand cost of the GPU usage it covers (the
	 * plan's fee carries the commitment): netted into GPU compute, the covered usage
	 * costs what the invoice charges for it, and no decision counts its on-demand price
	 * as avoidable.
	 */
	static boolean isCommitmentMoney(String lineItemType) {
		return lineItemType.equals("RIFee") || lineItemType.equals("SavingsPlanNegation");
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
		String t = type.replace("_", "-");
		if (t.contains("cache-write") || t.contains("cachewrite")) {
			return TokenType.CACHE_WRITE;
		}
		if (t.contains("cache-read") || t.contains("cacheread")) {
			return TokenType.CACHED_INPUT;
		}
		if (t.contains("output")) {
			return TokenType.OUTPUT;
		}
		return TokenType.INPUT;
	}

	/** An hourly line (Bedrock tokens in CUR) names its hour; a longer one its days. */
	@Override
	protected UsagePeriod usagePeriod(SourceRecord row) {
		return row.get(fields.usageEnd()) == null ? null
				: new UsagePeriod(Values.instant(row, fields.usageStart()), Values.instant(row, fields.usageEnd()));
	}

}
