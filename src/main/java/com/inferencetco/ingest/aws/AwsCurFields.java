package com.inferencetco.ingest.aws;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.Tags;

/**
 * Where the fields of an AWS Cost and Usage Report are: the legacy report spells them
 * {@code lineItem/UsageType} with one column per product attribute and tag; CUR 2.0
 * spells them {@code line_item_usage_type} and keeps product attributes and tags in the
 * {@code product} and {@code resource_tags} map columns (JSON text in CSV, or
 * {@code {key=value, ...}} as Athena writes maps), with a few attributes also as
 * top-level columns.
 */
public interface AwsCurFields {

	/** The product attributes the normalizer needs. */
	record Product(String name, String instanceType, String gpu, String region) {
	}

	/**
	 * Where a commitment that covers a usage line is named: the plan's or reservation's
	 * ARN, the end of its term and the line's effective (amortized) cost.
	 */
	record CommitmentColumns(String arn, String endTime, String effectiveCost) {
	}

	/** The Savings Plan columns of a {@code SavingsPlanCoveredUsage} line. */
	CommitmentColumns savingsPlan();

	/** The reservation columns of a {@code DiscountedUsage} line. */
	CommitmentColumns reservation();

	String billingPeriodStart();

	String usageStart();

	/**
	 * The end of a line's usage: {@code lineItem/UsageEndDate} or
	 * {@code line_item_usage_end_date}, named as the start is.
	 */
	default String usageEnd() {
		return usageStart().replace("Start", "End").replace("start", "end");
	}

	String lineItemType();

	String usageType();

	String productCode();

	String usageAmount();

	String currency();

	String unblendedCost();

	String netUnblendedCost();

	String pricingUnit();

	String payerAccount();

	String usageAccount();

	String resourceId();

	Product product(SourceRecord row);

	String workloadTag(SourceRecord row);

	/** The columns of the product attributes and the workload tag in this layout. */
	Set<String> productAndTagColumns();

	/**
	 * Every column a row of this layout is read from (a Parquet reader decodes only
	 * these).
	 */
	default Set<String> columnsRead() {
		Set<String> columns = new HashSet<>(productAndTagColumns());
		columns.addAll(List.of(billingPeriodStart(), usageStart(), usageEnd(), lineItemType(), usageType(),
				productCode(), usageAmount(), currency(), unblendedCost(), netUnblendedCost(), pricingUnit(),
				payerAccount(), usageAccount(), resourceId()));
		for (CommitmentColumns commitment : List.of(savingsPlan(), reservation())) {
			columns.addAll(List.of(commitment.arn(), commitment.endTime(), commitment.effectiveCost()));
		}
		return Set.copyOf(columns);
	}

	AwsCurFields LEGACY = new AwsCurFields() {
		public String billingPeriodStart() {
			return "bill/BillingPeriodStartDate";
		}

		public String usageStart() {
			return "lineItem/UsageStartDate";
		}

		public String lineItemType() {
			return "lineItem/LineItemType";
		}

		public String usageType() {
			return "lineItem/UsageType";
		}

		public String productCode() {
			return "lineItem/ProductCode";
		}

		public String usageAmount() {
			return "lineItem/UsageAmount";
		}

		public String currency() {
			return "lineItem/CurrencyCode";
		}

		public String unblendedCost() {
			return "lineItem/UnblendedCost";
		}

		public String netUnblendedCost() {
			return "lineItem/NetUnblendedCost";
		}

		public String pricingUnit() {
			return "pricing/unit";
		}

		public String payerAccount() {
			return "bill/PayerAccountId";
		}

		public String usageAccount() {
			return "lineItem/UsageAccountId";
		}

		public String resourceId() {
			return "lineItem/ResourceId";
		}

		public CommitmentColumns savingsPlan() {
			return new CommitmentColumns("savingsPlan/SavingsPlanARN", "savingsPlan/EndTime",
					"savingsPlan/SavingsPlanEffectiveCost");
		}

		public CommitmentColumns reservation() {
			return new CommitmentColumns("reservation/ReservationARN", "reservation/EndTime",
					"reservation/EffectiveCost");
		}

		public Product product(SourceRecord row) {
			return new Product(row.get("product/ProductName"), row.get("product/instanceType"), row.get("product/gpu"),
					row.get("product/region"));
		}

		public String workloadTag(SourceRecord row) {
			return row.get("resourceTags/user:workload");
		}

		public Set<String> productAndTagColumns() {
			return Set.of("product/ProductName", "product/instanceType", "product/gpu", "product/region",
					"resourceTags/user:workload");
		}
	};

	AwsCurFields CUR_2 = new AwsCurFields() {
		public String billingPeriodStart() {
			return "bill_billing_period_start_date";
		}

		public String usageStart() {
			return "line_item_usage_start_date";
		}

		public String lineItemType() {
			return "line_item_line_item_type";
		}

		public String usageType() {
			return "line_item_usage_type";
		}

		public String productCode() {
			return "line_item_product_code";
		}

		public String usageAmount() {
			return "line_item_usage_amount";
		}

		public String currency() {
			return "line_item_currency_code";
		}

		public String unblendedCost() {
			return "line_item_unblended_cost";
		}

		public String netUnblendedCost() {
			return "line_item_net_unblended_cost";
		}

		public String pricingUnit() {
			return "pricing_unit";
		}

		public String payerAccount() {
			return "bill_payer_account_id";
		}

		public String usageAccount() {
			return "line_item_usage_account_id";
		}

		public String resourceId() {
			return "line_item_resource_id";
		}

		public CommitmentColumns savingsPlan() {
			return new CommitmentColumns("savings_plan_savings_plan_a_r_n", "savings_plan_end_time",
					"savings_plan_savings_plan_effective_cost");
		}

		public CommitmentColumns reservation() {
			return new CommitmentColumns("reservation_reservation_a_r_n", "reservation_end_time",
					"reservation_effective_cost");
		}

		public Product product(SourceRecord row) {
			Map<String, String> map = map(row.get("product"), "product");
			return new Product(first(row.get("product_product_name"), map.get("product_name")),
					first(row.get("product_instance_type"), map.get("instance_type")),
					first(row.get("product_gpu"), map.get("gpu")),
					first(row.get("product_region_code"), map.get("region"), map.get("region_code")));
		}

		public String workloadTag(SourceRecord row) {
			String column = row.get("resource_tags_user_workload");
			if (column != null) {
				return column;
			}
			Map<String, String> tags = map(row.get("resource_tags"), "resource_tags");
			for (Map.Entry<String, String> tag : tags.entrySet()) {
				String key = tag.getKey().toLowerCase(Locale.ROOT);
				if ((key.equals("user_workload") || key.equals("user:workload")) && !tag.getValue().isBlank()) {
					return tag.getValue();
				}
			}
			return null;
		}

		public Set<String> productAndTagColumns() {
			return Set.of("product", "product_product_name", "product_instance_type", "product_gpu",
					"product_region_code", "resource_tags_user_workload", "resource_tags");
		}
	};

	/** A CUR 2.0 map column: JSON text, or Athena's {@code {key=value, key2=value2}}. */
	static Map<String, String> map(String text, String column) {
		if (text == null || text.isBlank()) {
			return Map.of();
		}
		String value = text.strip();
		if (value.startsWith("{\"") || value.equals("{}")) {
			return Tags.parse(value, column);
		}
		Map<String, String> map = new LinkedHashMap<>();
		String inner = value.startsWith("{") && value.endsWith("}") ? value.substring(1, value.length() - 1) : value;
		for (String pair : inner.split(",\\s*")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
			}
		}
		return map;
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
