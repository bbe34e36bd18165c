package com.inferencetco.ingest.azure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.inferencetco.catalog.GpuInstanceCatalog;
import com.inferencetco.catalog.GpuInstanceCatalog.GpuAllocation;
import com.inferencetco.ingest.CommittedShare;
import com.inferencetco.ingest.FieldException;
import com.inferencetco.ingest.IndependentRows;
import com.inferencetco.ingest.LineDraft;
import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.Tags;
import com.inferencetco.ingest.Units;
import com.inferencetco.ingest.Values;
import com.inferencetco.ingest.Workloads;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.Commitment;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;

/**
 * Azure cost details: EA in both layouts (the current {@code CostInBillingCurrency},
 * {@code BillingCurrencyCode}, and the older {@code Cost}, {@code BillingCurrency}, with
 * a BOM) and MCA (the same fields in camelCase; columns are matched case-insensitively).
 * An amortized export whose account also has an actual-cost export is read as an
 * amortized view: its rows are kept, but the invoice is the actual export's, so it adds
 * no invoiced cost. Dates are M/D/YYYY days; Tags are JSON members without braces; the VM
 * size of GPU machines is in {@code AdditionalInfo.ServiceType}. Token meters (Azure
 * OpenAI) count single tokens in {@code Quantity}, whatever block {@code UnitOfMeasure}
 * prices them in.
 */
public class AzureCostNormalizer extends RowNormalizer implements IndependentRows {

	private final SourceKind source;

	/**
	 * Every column an Azure cost row is read from, of every layout (a Parquet reader
	 * decodes only these).
	 */
	public static final Set<String> COLUMNS_READ = Set.of("CostInBillingCurrency", "Cost", "PreTaxCost",
			"BillingCurrencyCode", "BillingCurrency", "Currency", "Date", "UsageDateTime", "BillingPeriodStartDate",
			"ChargeType", "MeterCategory", "MeterSubCategory", "MeterName", "Quantity", "UsageQuantity",
			"UnitOfMeasure", "Tags", "BillingAccountId", "SubscriptionId", "SubscriptionGuid", "ResourceLocation",
			"ResourceId", "InstanceId", "AdditionalInfo", "PricingModel", "ReservationId", "ReservationName",
			"BenefitId", "BenefitName");

	public AzureCostNormalizer(BillingMonth month, SourceKind source) {
		super(month);
		this.source = source;
	}

	@Override
	protected BigDecimal invoicedCost(SourceRecord row) {
		return source == SourceKind.BILL ? cost(row) : null;
	}

	private static BigDecimal cost(SourceRecord row) {
		// current layouts, then the older EA layout (Cost), then pay-as-you-go usage
		// details (PreTaxCost)
		return row.hasColumn("CostInBillingCurrency") ? Values.decimal(row, "CostInBillingCurrency")
				: row.hasColumn("Cost") ? Values.decimal(row, "Cost") : Values.decimal(row, "PreTaxCost");
	}

	@Override
	protected String currency(SourceRecord row) {
		return row.hasColumn("BillingCurrencyCode") ? Values.currency(row, "BillingCurrencyCode")
				: row.hasColumn("BillingCurrency") ? Values.currency(row, "BillingCurrency")
						: Values.currency(row, "Currency");
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		String dateColumn = row.hasColumn("Date") ? "Date" : "UsageDateTime";
		LocalDate usageDay = Values.day(row, dateColumn);
		if (row.get("BillingPeriodStartDate") != null) {
			requireInMonth(Values.day(row, "BillingPeriodStartDate"), "BillingPeriodStartDate");
		}
		else {
			requireInMonth(usageDay, dateColumn);
		}
		String chargeType = LineDraft.lower(row.get("ChargeType"));
		String meterCategory = LineDraft.orEmpty(row.get("MeterCategory"));
		String meterSubCategory = LineDraft.orEmpty(row.get("MeterSubCategory"));
		String meterName = LineDraft.orEmpty(row.get("MeterName"));
		BigDecimal quantity = Values.decimalOrZero(row, row.hasColumn("Quantity") ? "Quantity" : "UsageQuantity");
		String unit = LineDraft.orEmpty(row.get("UnitOfMeasure"));
		Map<String, String> tags = Tags.parse(row.get("Tags"), "Tags");

		LineDraft draft = new LineDraft();
		String name = meterName.toLowerCase(Locale.ROOT);
		if (chargeType.equals("tax")) {
			draft.tax();
		}
		else if (chargeType.equals("credit") || chargeType.equals("refund")) {
			draft.credit();
		}
		else if (name.endsWith("tokens")) {
			if (quantity.signum() < 0) {
				throw new FieldException("Quantity", "expected a token count of zero or more in column Quantity");
			}
			draft.tokens(quantity, tokenType(name), meterSubCategory.isEmpty() ? meterName : meterSubCategory);
		}
		else if (meterCategory.equalsIgnoreCase("Bandwidth") && name.contains("data transfer out")
				&& !meterSubCategory.toLowerCase(Locale.ROOT).contains("inter") && !name.contains("intra continent")
				&& !name.contains("inter continent")) {
			draft.egress(Units.toGigabytes(quantity, unit.replaceFirst("^\\d+\\s*", "")));
		}
		else if (meterCategory.equalsIgnoreCase("Storage")) {
			draft.storage();
		}
		else if (meterCategory.equalsIgnoreCase("Virtual Machines")) {
			var gpu = GpuInstanceCatalog.lookup(vmSize(row))
				.or(() -> GpuInstanceCatalog.lookup(sizeOfMeter(meterName)));
			if (chargeType.equals("purchase")) {
				// a reservation bought for GPU VMs: GPU money, its hours are the usage
				// rows'
				gpu.ifPresent(draft::gpuMoneyWithoutHours);
			}
			else {
				gpu.ifPresent(allocation -> draft.gpu(allocation, quantity));
			}
		}
		CostDimensions dimensions = new CostDimensions("Microsoft", row.get("BillingAccountId"),
				first(row, "SubscriptionId", "SubscriptionGuid"), meterCategory, meterName, row.get("ResourceLocation"),
				first(row, "ResourceId", "InstanceId"),
				// a purchase (a reservation, a savings plan) is billed to the account,
				// not to the
				// workload a copied tag names: its GPU time is the usage rows', its
				// amortized
				// share theirs
				Workloads.name(chargeType.equals("purchase") ? null : Tags.workload(tags), null, meterCategory,
						draft.tokenModel()),
				draft.model());
		Commitment commitment = draft.isGpuTime() ? reservation(row) : null;
		if (source == SourceKind.BILL) {
			NormalizedLine bill = draft.bill(dimensions, usageDay, quantity, unit, cost, currency);
			// the invoice says which GPU-hours a reservation covers (billed at 0); the
			// amortized export says what they cost: the two meet under the reservation
			return commitment == null ? List.of(bill)
					: List.of(bill, CommittedShare.of(commitment, new GpuAllocation(draft.model(), 1), bill.gpuHours(),
							dimensions, usageDay, quantity, unit, BigDecimal.ZERO, currency));
		}
		if (commitment != null) {
			// the amortized cost of reserved GPU time, its hours counted from the invoice
			dimensions = new CostDimensions(dimensions.provider(), dimensions.billingAccount(), dimensions.subAccount(),
					dimensions.service(), commitment.sku(), dimensions.region(), dimensions.resourceId(),
					dimensions.workload(), dimensions.model());
			return List.of(new LineDraft().gpuMoneyWithoutHours(new GpuAllocation(draft.model(), 1))
				.build(source, dimensions, usageDay, quantity, unit, cost(row), currency(row)));
		}
		return List.of(draft.build(source, dimensions, usageDay, quantity, unit, cost(row), currency(row)));
	}

	/**
	 * The reservation or savings plan an amortized row's usage ran under
	 * ({@code PricingModel}), or null for on-demand and spot usage.
	 */
	private static Commitment reservation(SourceRecord row) {
		String pricing = LineDraft.lower(row.get("PricingModel"));
		if (!pricing.equals("reservation") && !pricing.equals("savingsplan")) {
			return null;
		}
		String id = first(row, "ReservationId", "BenefitId");
		if (id == null) {
			id = first(row, "ReservationName", "BenefitName");
		}
		return new Commitment(pricing.equals("reservation") ? "Azure reservation" : "Azure savings plan", id, null);
	}

	/**
	 * A VM meter names its size without the prefix: "NC40ads H100 v5" (or "... Spot",
	 * "... Low Priority").
	 */
	static String sizeOfMeter(String meterName) {
		String size = meterName.replaceAll("(?i)\\s+(spot|low priority)$", "").strip();
		return size.isEmpty() ? null : "Standard_" + size.replace(' ', '_');
	}

	private static String first(SourceRecord row, String column, String older) {
		return row.get(column) != null ? row.get(column) : row.get(older);
	}

	private static String vmSize(SourceRecord row) {
		String info = row.get("AdditionalInfo");
		if (info == null) {
			return null;
		}
		try {
			return Tags.value(Tags.parse(info, "AdditionalInfo"), "servicetype");
		}
		catch (FieldException ex) {
			// AdditionalInfo is informative only; a malformed one does not make the cost
			// wrong
			return null;
		}
	}

	/**
	 * Azure OpenAI meter names abbreviate direction and caching: Inp/Outp/Opt,
	 * cached/cchd/cd, Cd Wr.
	 */
	static TokenType tokenType(String meterName) {
		String n = " " + meterName.replace('-', ' ') + " ";
		if (n.contains(" cd wr ") || n.contains("cache write")) {
			return TokenType.CACHE_WRITE;
		}
		if (n.contains(" cached ") || n.contains(" cchd ") || n.contains(" cd ") || n.contains("ccchd")) {
			return TokenType.CACHED_INPUT;
		}
		if (n.contains(" outp ") || n.contains(" opt ") || n.contains(" out ") || n.contains(" output ")) {
			return TokenType.OUTPUT;
		}
		return TokenType.INPUT;
	}

}
