package com.inferencetco.ingest.focus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.inferencetco.catalog.GpuInstanceCatalog;
import com.inferencetco.catalog.GpuInstanceCatalog.GpuAllocation;
import com.inferencetco.ingest.CommittedShare;
import com.inferencetco.ingest.IndependentRows;
import com.inferencetco.ingest.LineDraft;
import com.inferencetco.ingest.Memo;
import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.UsagePeriod;
import com.inferencetco.ingest.Tags;
import com.inferencetco.ingest.Units;
import com.inferencetco.ingest.Values;
import com.inferencetco.ingest.Workloads;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.Commitment;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.TokenType;

/**
 * FinOps FOCUS 1.0 to 1.4, and the pre-1.0 names Oracle's FOCUS reports use
 * ({@code Provider}, {@code Region}, {@code UsageQuantity}, {@code UsageUnit}). Invoiced
 * cost is {@code BilledCost}; the month is the row's {@code BillingPeriodStart}. The
 * provider is {@code ServiceProviderName} from 1.3 on ({@code ProviderName} before); a
 * row split by cost allocation (1.3) belongs to its {@code AllocatedResourceId} and the
 * workload its {@code AllocatedTags} name. ServiceCategory describes the resource's
 * service, not the meter (Azure ML disks and bandwidth are filed under "AI and Machine
 * Learning"), so GPUs, egress and tokens are recognised from the SKU meter and
 * description.
 */
public class FocusNormalizer extends RowNormalizer implements IndependentRows {

	/**
	 * Classifications by meter texts: a bill has a few hundred distinct meters over
	 * millions of lines.
	 */
	private final Memo<MeterKey, Meter> meters = new Memo<>(20_000, MeterKey::worthKeeping, FocusNormalizer::classify);

	/**
	 * Every column a FOCUS row is read from, of every FOCUS version (a Parquet reader
	 * decodes only these).
	 */
	public static final Set<String> COLUMNS_READ = Set.of("BilledCost", "BillingCurrency", "BillingPeriodStart",
			"ChargePeriodStart", "ChargePeriodEnd", "ConsumedUnit", "UsageUnit", "PricingUnit", "ConsumedQuantity",
			"UsageQuantity", "PricingQuantity", "Tags", "AllocatedTags", "AllocatedResourceId", "ResourceId",
			"ServiceName", "SkuMeter", "ChargeCategory", "ChargeDescription", "x_UsageType", "ResourceType",
			"ServiceCategory", "SkuPriceDetails", "ServiceProviderName", "ProviderName", "Provider", "BillingAccountId",
			"SubAccountId", "SkuId", "RegionId", "Region", "CommitmentDiscountId", "CommitmentDiscountName",
			"CommitmentDiscountType", "CommitmentDiscountStatus", "EffectiveCost");

	public FocusNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected BigDecimal invoicedCost(SourceRecord row) {
		return Values.decimal(row, "BilledCost");
	}

	@Override
	protected String currency(SourceRecord row) {
		return Values.currency(row, "BillingCurrency");
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		// the billing month as the export writes it: a period starting at 00:00+02:00 is
		// that day's, not the day before
		LocalDate periodStart = Values.writtenDay(row, "BillingPeriodStart");
		requireInMonth(periodStart, "BillingPeriodStart");
		LocalDate usageDay = Values.utcDay(Values.instant(row, "ChargePeriodStart"));
		String consumedUnit = LineDraft.orEmpty(first(row, "ConsumedUnit", "UsageUnit"));
		String pricingUnit = LineDraft.orEmpty(row.get("PricingUnit"));
		BigDecimal consumed = Values.optionalDecimal(row,
				row.hasColumn("ConsumedQuantity") ? "ConsumedQuantity" : "UsageQuantity");
		BigDecimal pricing = Values.optionalDecimal(row, "PricingQuantity");
		Map<String, String> tags = Tags.parse(row.get("Tags"), "Tags");
		Map<String, String> allocatedTags = Tags.parse(row.get("AllocatedTags"), "AllocatedTags");
		String workloadTag = Tags.workload(allocatedTags) != null ? Tags.workload(allocatedTags) : Tags.workload(tags);
		String resource = row.get("AllocatedResourceId") != null ? row.get("AllocatedResourceId")
				: row.get("ResourceId");
		String service = row.get("ServiceName");
		String skuMeter = row.get("SkuMeter");
		Meter meter = meters.get(new MeterKey(row.get("ChargeCategory"), skuMeter, row.get("ChargeDescription"),
				row.get("x_UsageType"), row.get("ResourceType"), consumedUnit, pricingUnit, row.get("ServiceCategory"),
				row.get("SkuPriceDetails"), consumed != null));

		BigDecimal quantity = consumed != null ? consumed : pricing;
		String unit = consumed != null ? consumedUnit : pricingUnit;
		LineDraft draft = new LineDraft();
		switch (meter.kind()) {
			case TAX -> draft.tax();
			case CREDIT -> draft.credit();
			case TOKENS -> {
				BigDecimal tokens = meter.tokensFromConsumed() ? consumed.multiply(Units.tokenBlock(consumedUnit))
						: pricing == null ? BigDecimal.ZERO : pricing.multiply(Units.tokenBlock(pricingUnit));
				draft.tokens(tokens, meter.tokenType(), LineDraft.orEmpty(skuMeter));
			}
			case GPU -> draft.gpu(meter.gpu(), quantity == null ? BigDecimal.ZERO : Units.toHours(quantity, unit));
			case EGRESS -> draft.egress(quantity == null ? BigDecimal.ZERO : Units.toGigabytes(quantity, unit));
			case STORAGE -> draft.storage();
			case OTHER -> {
				// other cloud cost
			}
		}
		String provider = row.get("ServiceProviderName") != null ? row.get("ServiceProviderName")
				: first(row, "ProviderName", "Provider");
		CostDimensions dimensions = new CostDimensions(provider, row.get("BillingAccountId"), row.get("SubAccountId"),
				service, row.get("SkuId"), first(row, "RegionId", "Region"), resource,
				Workloads.name(workloadTag, null, service, draft.tokenModel()), draft.model());
		NormalizedLine bill = draft.bill(dimensions, usageDay, quantity, unit, cost, currency);
		Commitment commitment = meter.kind() == Kind.GPU ? commitment(row) : null;
		if (commitment == null) {
			return List.of(bill);
		}
		return List.of(bill,
				CommittedShare.of(commitment, meter.gpu(),
						quantity == null ? BigDecimal.ZERO : Units.toHours(quantity, unit), dimensions, usageDay,
						quantity, unit, Values.optionalDecimal(row, "EffectiveCost"), currency));
	}

	/**
	 * The commitment discount that covers a usage row (its status Used, or not stated),
	 * or null. FOCUS cost rows name no end of term.
	 */
	private static Commitment commitment(SourceRecord row) {
		String id = row.get("CommitmentDiscountId") != null ? row.get("CommitmentDiscountId")
				: row.get("CommitmentDiscountName");
		if (id == null || id.isBlank()
				|| "unused".equalsIgnoreCase(LineDraft.orEmpty(row.get("CommitmentDiscountStatus")))) {
			return null;
		}
		String type = row.get("CommitmentDiscountType");
		return new Commitment(type == null || type.isBlank() ? "Commitment discount" : type, id, null);
	}

	/**
	 * The texts of a row that decide what it bought, and whether it states a consumed
	 * quantity.
	 */
	private record MeterKey(String chargeCategory, String skuMeter, String description, String usageType,
			String resourceType, String consumedUnit, String pricingUnit, String serviceCategory,
			String skuPriceDetails, boolean consumedPresent) {

		boolean worthKeeping() {
			return Memo.shortTexts(chargeCategory, skuMeter, description, usageType, resourceType, consumedUnit,
					pricingUnit, serviceCategory, skuPriceDetails);
		}
	}

	private enum Kind {

		TAX, CREDIT, TOKENS, GPU, EGRESS, STORAGE, OTHER

	}

	/**
	 * What a meter is; for tokens, whether they are counted in the consumed unit, and
	 * their type.
	 */
	private record Meter(Kind kind, boolean tokensFromConsumed, TokenType tokenType, GpuAllocation gpu) {

		static Meter of(Kind kind) {
			return new Meter(kind, false, null, null);
		}
	}

	/**
	 * Tax and credits by charge category; tokens by unit or meter text; GPU time by
	 * instance type in the SKU details or the meter text (when the unit is a duration);
	 * internet egress and storage by meter and service category; anything else is other
	 * cloud cost.
	 */
	private static Meter classify(MeterKey key) {
		String chargeCategory = LineDraft.lower(key.chargeCategory());
		if ("tax".equals(chargeCategory)) {
			return Meter.of(Kind.TAX);
		}
		if ("credit".equals(chargeCategory)) {
			return Meter.of(Kind.CREDIT);
		}
		String meterText = String.join(" ", LineDraft.orEmpty(key.skuMeter()), LineDraft.orEmpty(key.description()),
				LineDraft.orEmpty(key.usageType()), LineDraft.orEmpty(key.resourceType()));
		String text = meterText.toLowerCase(Locale.ROOT);
		boolean consumedInTokens = LineDraft.lower(key.consumedUnit()).contains("token");
		if (consumedInTokens || LineDraft.lower(key.pricingUnit()).contains("token") || text.contains("token")) {
			return new Meter(Kind.TOKENS, consumedInTokens && key.consumedPresent(), tokenType(text), null);
		}
		String unit = key.consumedPresent() ? key.consumedUnit() : key.pricingUnit();
		Optional<GpuAllocation> gpu = gpuOf(key, meterText);
		if (gpu.isPresent() && Units.isDuration(unit)) {
			return new Meter(Kind.GPU, false, null, gpu.get());
		}
		if (isInternetEgress(text)) {
			return Meter.of(Kind.EGRESS);
		}
		if ("storage".equals(LineDraft.lower(key.serviceCategory()))) {
			return Meter.of(Kind.STORAGE);
		}
		return Meter.of(Kind.OTHER);
	}

	private static Optional<GpuAllocation> gpuOf(MeterKey key, String meterText) {
		String details = key.skuPriceDetails();
		if (details != null) {
			Map<String, String> parsed = Tags.parse(details, "SkuPriceDetails");
			String instanceType = parsed.get("InstanceType");
			Optional<GpuAllocation> known = GpuInstanceCatalog.lookup(instanceType);
			String gpuCount = parsed.get("GpuCount");
			if (gpuCount != null && gpuCount.matches("\\d+") && Integer.parseInt(gpuCount) > 0) {
				String model = known.map(GpuAllocation::gpuModel)
					.orElseGet(() -> GpuInstanceCatalog
						.gpuModelInText(parsed.getOrDefault("GpuModel", "") + " " + instanceType + " " + meterText));
				return Optional.of(new GpuAllocation(model, Integer.parseInt(gpuCount)));
			}
			if (known.isPresent()) {
				return known;
			}
		}
		Optional<GpuAllocation> instance = GpuInstanceCatalog.findInText(meterText);
		// Google bills the GPUs attached to a machine per GPU-hour under their own SKU
		return instance.isPresent() ? instance : GpuInstanceCatalog.perGpuSku(key.skuMeter())
			.or(() -> GpuInstanceCatalog.perGpuSku(key.description()));
	}

	private static String first(SourceRecord row, String column, String older) {
		String value = row.get(column);
		return value != null ? value : row.get(older);
	}

	static boolean isInternetEgress(String text) {
		return (text.contains("data transfer out") || text.contains("outbound data transfer"))
				&& !text.contains("inter-region") && !text.contains("inter region") && !text.contains("intra continent")
				&& !text.contains("inter continent") && !text.contains("intra-region") && !text.contains("inter-zone");
	}

	static TokenType tokenType(String text) {
		if (text.contains("cache write") || text.contains("cache-write")) {
			return TokenType.CACHE_WRITE;
		}
		if (text.contains("cache read") || text.contains("cache-read") || text.contains("cached")) {
			return TokenType.CACHED_INPUT;
		}
		if (text.contains("output")) {
			return TokenType.OUTPUT;
		}
		return TokenType.INPUT;
	}

	/** The charge period: an hour, a day, or the month a console table covers. */
	@Override
	protected UsagePeriod usagePeriod(SourceRecord row) {
		return row.get("ChargePeriodEnd") == null ? null
				: new UsagePeriod(Values.instant(row, "ChargePeriodStart"), Values.instant(row, "ChargePeriodEnd"));
	}

}
