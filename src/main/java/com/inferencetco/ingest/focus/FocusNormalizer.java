package com.inferencetco.ingest.focus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.inferencetco.catalog.GpuInstanceCatalog;
import com.inferencetco.catalog.GpuInstanceCatalog.GpuAllocation;
import com.inferencetco.ingest.LineDraft;
import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.Tags;
import com.inferencetco.ingest.TextMemo;
import com.inferencetco.ingest.Units;
import com.inferencetco.ingest.Values;
import com.inferencetco.ingest.Workloads;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.TokenType;

/**
 * FinOps FOCUS 1.0 to 1.2, and the pre-1.0 names Oracle's FOCUS reports use ({@code Provider}, {@code Region},
 * {@code UsageQuantity}, {@code UsageUnit}). Invoiced cost is {@code BilledCost}; the month is the row's {@code BillingPeriodStart}.
 * ServiceCategory describes the resource's service, not the meter (Azure ML disks and bandwidth are filed under
 * "AI and Machine Learning"), so GPUs, egress and tokens are recognised from the SKU meter and description.
 */
public class FocusNormalizer extends RowNormalizer {

	/** GPU lookups by SKU details and meter text: the same few instance types on most lines. */
	private final TextMemo<Optional<GpuAllocation>> gpus = new TextMemo<>(10_000, FocusNormalizer::gpuOfKey);

	private final TextMemo<String> lowerCase = new TextMemo<>(10_000, text -> text.toLowerCase(Locale.ROOT));

	public FocusNormalizer(BillingMonth month) {
		super(month);
	}

	/** Rows are independent and the memos are concurrent: large bills normalize on several threads. */
	@Override
	public boolean isThreadSafe() {
		return true;
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
		LocalDate periodStart = Values.utcDay(Values.instant(row, "BillingPeriodStart"));
		requireInMonth(periodStart, "BillingPeriodStart");
		LocalDate usageDay = Values.utcDay(Values.instant(row, "ChargePeriodStart"));
		String chargeCategory = LineDraft.lower(row.get("ChargeCategory"));
		String meterText = String.join(" ", LineDraft.orEmpty(row.get("SkuMeter")),
				LineDraft.orEmpty(row.get("ChargeDescription")), LineDraft.orEmpty(row.get("x_UsageType")),
				LineDraft.orEmpty(row.get("ResourceType")));
		String text = lowerCase.get(meterText);
		String consumedUnit = LineDraft.orEmpty(first(row, "ConsumedUnit", "UsageUnit"));
		String pricingUnit = LineDraft.orEmpty(row.get("PricingUnit"));
		BigDecimal consumed = Values.optionalDecimal(row,
				row.hasColumn("ConsumedQuantity") ? "ConsumedQuantity" : "UsageQuantity");
		BigDecimal pricing = Values.optionalDecimal(row, "PricingQuantity");
		Map<String, String> tags = Tags.parse(row.get("Tags"), "Tags");
		String service = row.get("ServiceName");

		BigDecimal quantity = consumed != null ? consumed : pricing;
		String unit = consumed != null ? consumedUnit : pricingUnit;
		LineDraft draft = new LineDraft();
		if ("tax".equals(chargeCategory)) {
			draft.tax();
		}
		else if ("credit".equals(chargeCategory)) {
			draft.credit();
		}
		else if (LineDraft.lower(consumedUnit).contains("token") || LineDraft.lower(pricingUnit).contains("token")
				|| text.contains("token")) {
			BigDecimal tokens = LineDraft.lower(consumedUnit).contains("token") && consumed != null
					? consumed.multiply(Units.tokenBlock(consumedUnit))
					: pricing == null ? BigDecimal.ZERO : pricing.multiply(Units.tokenBlock(pricingUnit));
			draft.tokens(tokens, tokenType(text), LineDraft.orEmpty(row.get("SkuMeter")));
		}
		else {
			Optional<GpuAllocation> gpu = gpus.get(LineDraft.orEmpty(row.get("SkuPriceDetails")) + '\u0001' + meterText);
			if (gpu.isPresent() && Units.isDuration(unit)) {
				draft.gpu(gpu.get(), quantity == null ? BigDecimal.ZERO : Units.toHours(quantity, unit));
			}
			else if (isInternetEgress(text)) {
				draft.egress(quantity == null ? BigDecimal.ZERO : Units.toGigabytes(quantity, unit));
			}
			else if ("storage".equals(LineDraft.lower(row.get("ServiceCategory")))) {
				draft.storage();
			}
		}
		CostDimensions dimensions = new CostDimensions(first(row, "ProviderName", "Provider"),
				row.get("BillingAccountId"), row.get("SubAccountId"), service, row.get("SkuId"),
				first(row, "RegionId", "Region"), row.get("ResourceId"),
				Workloads.name(Tags.workload(tags), null, service, draft.tokenModel()), draft.model());
		return List.of(draft.bill(dimensions, usageDay, quantity, unit, cost, currency));
	}

	private static Optional<GpuAllocation> gpuOfKey(String key) {
		int split = key.indexOf('\u0001');
		return gpuOf(split == 0 ? null : key.substring(0, split), key.substring(split + 1));
	}

	private static Optional<GpuAllocation> gpuOf(String details, String meterText) {
		if (details != null) {
			Map<String, String> parsed = Tags.parse(details, "SkuPriceDetails");
			String instanceType = parsed.get("InstanceType");
			Optional<GpuAllocation> known = GpuInstanceCatalog.lookup(instanceType);
			String gpuCount = parsed.get("GpuCount");
			if (gpuCount != null && gpuCount.matches("\\d+") && Integer.parseInt(gpuCount) > 0) {
				String model = known.map(GpuAllocation::gpuModel)
					.orElseGet(() -> GpuInstanceCatalog.gpuModelInText(
							parsed.getOrDefault("GpuModel", "") + " " + instanceType + " " + meterText));
				return Optional.of(new GpuAllocation(model, Integer.parseInt(gpuCount)));
			}
			if (known.isPresent()) {
				return known;
			}
		}
		return GpuInstanceCatalog.findInText(meterText);
	}

	private static String first(SourceRecord row, String column, String older) {
		String value = row.get(column);
		return value != null ? value : row.get(older);
	}

	static boolean isInternetEgress(String text) {
		return (text.contains("data transfer out") || text.contains("outbound data transfer")) && !text.contains("inter-region") && !text.contains("inter region")
				&& !text.contains("intra continent") && !text.contains("inter continent")
				&& !text.contains("intra-region") && !text.contains("inter-zone");
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

}
