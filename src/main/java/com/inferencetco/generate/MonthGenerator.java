package com.inferencetco.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import com.inferencetco.model.BillingMonth;

/**
 * Realistic, seeded exports of a chosen size, for benchmarks and tests: hundreds of
 * resources with Pareto-skewed usage, hourly periods over the month, JSON tags, GPU
 * instances, internet egress, storage, and a tax and a credit line at the end. The same
 * seed and size always give the same file.
 */
public final class MonthGenerator {

	/** The layouts the generator writes. */
	public enum Layout {

		FOCUS, AWS_CUR_2

	}

	/**
	 * How wide the account is: how many resources bill in the month (usage is
	 * Pareto-skewed over them) and how many tags each carries. The default is a mid-size
	 * account; a large one has tens of thousands of resources, each with its own tags,
	 * which is what makes the distinct keys of a month grow.
	 */
	public record Shape(int resources, int tags) {

		public static final int MAX_TAGS = 12;

		public static final Shape DEFAULT = new Shape(400, 2);

		public Shape {
			if (resources < 1) {
				throw new IllegalArgumentException("resources: expected at least 1, found " + resources);
			}
			if (tags < 2 || tags > MAX_TAGS) {
				throw new IllegalArgumentException("tags: expected 2 to " + MAX_TAGS + ", found " + tags);
			}
		}
	}

	/**
	 * Tag keys in the order they are added; the first two (workload, team) are what the
	 * default month has.
	 */
	private static final String[] TAG_KEYS = { "workload", "team", "env", "cost-center", "owner", "project", "Name",
			"application", "version", "created-by", "backup", "compliance" };

	private static final String[] WORKLOADS = { "support-chat", "doc-summarizer", "code-assist", "embeddings", "rag",
			"search-rerank", "batch-translation", "sales-copilot", "fraud-scoring", "voice-bot", "analytics",
			"platform" };

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

	private final Random random;

	private final BillingMonth month;

	private final Shape shape;

	public MonthGenerator(BillingMonth month, long seed) {
		this(month, seed, Shape.DEFAULT);
	}

	public MonthGenerator(BillingMonth month, long seed, Shape shape) {
		this.month = month;
		this.random = new Random(seed);
		this.shape = shape;
	}

	/**
	 * Writes {@code rows} rows (plus a tax and a credit row) as gzip CSV and returns the
	 * path written.
	 */
	public Path write(Layout layout, long rows, Path folder) throws IOException {
		return write(layout, rows, folder, false);
	}

	/**
	 * Writes {@code rows} rows (plus a tax and a credit row) as gzip CSV, or as Parquet
	 * with the same columns and values (every column as text, so the two files hold the
	 * same exact amounts), and returns the path written.
	 */
	public Path write(Layout layout, long rows, Path folder, boolean parquet) throws IOException {
		Files.createDirectories(folder);
		String header = layout == Layout.FOCUS ? FOCUS_HEADER : CUR2_HEADER;
		Path file = folder
			.resolve((layout == Layout.FOCUS ? "focus-" : "cur2-") + month + (parquet ? ".parquet" : ".csv.gz"));
		try (RowSink out = parquet ? RowSink.parquet(Files.newOutputStream(file), header)
				: RowSink.gzipCsv(Files.newOutputStream(file), header)) {
			int hours = month.value().lengthOfMonth() * 24;
			for (long i = 0; i < rows; i++) {
				int resource = pareto();
				Instant start = month.start().plusSeconds(3600L * random.nextInt(hours));
				Kind kind = kindOf(resource);
				BigDecimal quantity = kind.quantity(random);
				BigDecimal cost = quantity.multiply(kind.rate).setScale(10, RoundingMode.HALF_EVEN);
				String workload = WORKLOADS[resource % WORKLOADS.length];
				out.line(layout == Layout.FOCUS ? focusRow(resource, start, kind, quantity, cost, workload)
						: cur2Row(i, resource, start, kind, quantity, cost, workload));
			}
			Instant last = month.end().minusSeconds(3600);
			out.line(layout == Layout.FOCUS ? focusCharge("Tax", "VAT reverse charge", "12.34", last)
					: cur2Charge(rows, "Tax", "12.34", last));
			out.line(layout == Layout.FOCUS ? focusCharge("Credit", "Promotional credit", "-250.00", last)
					: cur2Charge(rows + 1, "Credit", "-250.00", last));
		}
		return file;
	}

	/**
	 * Resource ranks with Pareto-like weights: a few resources carry most of the usage.
	 */
	private int pareto() {
		double u = random.nextDouble();
		return (int) Math.min(shape.resources() - 1, Math.floor(Math.pow(u, 3) * shape.resources()));
	}

	private enum Kind {

		GPU_P5("BoxUsage:p5.48xlarge", "p5.48xlarge", "Hrs", "98.32", "1"),
		GPU_G5("BoxUsage:g5.2xlarge", "g5.2xlarge", "Hrs", "1.212", "1"),
		EGRESS("DataTransfer-Out-Bytes", "", "GB", "0.09", "40"),
		STORAGE("TimedStorage-ByteHrs", "", "GB-Mo", "0.023", "50"),
		COMPUTE("BoxUsage:m6i.xlarge", "m6i.xlarge", "Hrs", "0.192", "1");

		final String usageType;

		final String instanceType;

		final String unit;

		final BigDecimal rate;

		final int scale;

		Kind(String usageType, String instanceType, String unit, String rate, String scale) {
			this.usageType = usageType;
			this.instanceType = instanceType;
			this.unit = unit;
			this.rate = new BigDecimal(rate);
			this.scale = Integer.parseInt(scale);
		}

		BigDecimal quantity(Random random) {
			return scale == 1 ? BigDecimal.ONE : BigDecimal.valueOf(random.nextInt(scale * 1000) + 1, 3);
		}

	}

	private static Kind kindOf(int resource) {
		return switch (resource % 20) {
			case 0 -> Kind.GPU_P5;
			case 1, 2 -> Kind.GPU_G5;
			case 3, 4, 5 -> Kind.EGRESS;
			case 6, 7, 8, 9 -> Kind.STORAGE;
			default -> Kind.COMPUTE;
		};
	}

	/**
	 * The FOCUS 1.2 columns a real AWS FOCUS export fills for usage lines (rows of about
	 * 650 bytes).
	 */
	static final String FOCUS_HEADER = "AvailabilityZone,BilledCost,BillingAccountId,BillingAccountName,BillingCurrency,"
			+ "BillingPeriodEnd,BillingPeriodStart,ChargeCategory,ChargeClass,ChargeDescription,ChargeFrequency,"
			+ "ChargePeriodEnd,ChargePeriodStart,CommitmentDiscountId,ConsumedQuantity,ConsumedUnit,ContractedCost,"
			+ "ContractedUnitPrice,EffectiveCost,InvoiceId,InvoiceIssuerName,ListCost,ListUnitPrice,PricingCategory,"
			+ "PricingQuantity,PricingUnit,ProviderName,PublisherName,RegionId,RegionName,ResourceId,ResourceName,"
			+ "ResourceType,ServiceCategory,ServiceName,SkuId,SkuPriceDetails,SkuPriceId,SubAccountId,SubAccountName,Tags\n";

	private String focusRow(int resource, Instant start, Kind kind, BigDecimal quantity, BigDecimal cost,
			String workload) {
		String description = kind == Kind.EGRESS ? "$0.09 per GB - first 10 TB / month data transfer out"
				: "$" + kind.rate.toPlainString() + " per On Demand Linux " + kind.instanceType + " Instance Hour";
		String details = kind.instanceType.isEmpty() ? ""
				: "\"{\"\"InstanceType\"\": \"\"" + kind.instanceType + "\"\"}\"";
		String category = kind == Kind.STORAGE ? "Storage" : kind == Kind.EGRESS ? "Networking" : "Compute";
		String service = kind == Kind.STORAGE ? "Amazon S3" : "Amazon EC2";
		String resourceId = "arn:aws:ec2:eu-central-1:123456789012:instance/i-" + String.format("%08d", resource);
		String rate = kind.rate.toPlainString();
		return "eu-central-1" + (char) ('a' + resource % 3) + "," + cost.toPlainString()
				+ ",123456789012,Example Corp,USD," + ISO.format(month.end()) + "," + ISO.format(month.start())
				+ ",Usage,,\"" + description + "\",Usage-Based," + ISO.format(start.plusSeconds(3600)) + ","
				+ ISO.format(start) + ",," + quantity.toPlainString() + "," + kind.unit + "," + cost.toPlainString()
				+ "," + rate + "," + cost.toPlainString() + ",INV-" + month + ",\"Amazon Web Services, Inc.\","
				+ cost.toPlainString() + "," + rate + ",Standard," + quantity.toPlainString() + "," + kind.unit
				+ ",AWS,AWS,eu-central-1,Europe (Frankfurt)," + resourceId + ",i-" + String.format("%08d", resource)
				+ "," + (kind == Kind.STORAGE ? "Bucket" : "Instance") + "," + category + "," + service + ",SKU"
				+ kind.ordinal() + "EUC1" + "," + details + ",SKUPRICE" + kind.ordinal()
				+ ",2109876543,inference-prod,\"" + tags(resource, workload) + "\"\n";
	}

	/**
	 * The resource's tags as FOCUS JSON with CSV-doubled quotes. Beyond workload and
	 * team, values come from pools of different sizes (3 environments, 40 cost centres,
	 * 900 owners...) and some are the resource's own (its name, a version), as in a real
	 * account where most resources carry a distinct set of tags.
	 */
	private String tags(int resource, String workload) {
		StringBuilder json = new StringBuilder("{\"\"workload\"\": \"\"").append(workload)
			.append("\"\", \"\"team\"\": \"\"t")
			.append(resource % 7)
			.append("\"\"");
		for (int t = 2; t < shape.tags(); t++) {
			json.append(", \"\"").append(TAG_KEYS[t]).append("\"\": \"\"").append(tagValue(t, resource)).append("\"\"");
		}
		return json.append('}').toString();
	}

	private static String tagValue(int tag, int resource) {
		return switch (TAG_KEYS[tag]) {
			case "env" -> new String[] { "prod", "staging", "dev" }[resource % 3];
			case "cost-center" -> "cc-" + (1000 + resource % 40);
			case "owner" -> "owner-" + resource % 900 + "@example.com";
			case "project" -> "project-" + resource % 250;
			case "Name" -> "node-" + resource;
			case "application" -> "app-" + resource % 120;
			case "version" -> "v" + resource % 17 + "." + resource % 5 + "." + resource;
			case "created-by" -> "arn:aws:iam::123456789012:role/deployer-" + resource % 60;
			case "backup" -> resource % 2 == 0 ? "daily" : "none";
			default -> "pci-" + resource % 4;
		};
	}

	private String focusCharge(String category, String description, String amount, Instant start) {
		return "," + amount + ",123456789012,Example Corp,USD," + ISO.format(month.end()) + ","
				+ ISO.format(month.start()) + "," + category + ",,\"" + description + "\",One-Time,"
				+ ISO.format(start.plusSeconds(3600)) + "," + ISO.format(start) + ",,,,0,,0,INV-" + month
				+ ",\"Amazon Web Services, Inc.\",0,,,,,AWS,AWS,,,,,,Other,AWS,,,," + "2109876543,inference-prod,\n";
	}

	static final String CUR2_HEADER = "identity_line_item_id,bill_billing_period_start_date,bill_payer_account_id,"
			+ "line_item_usage_account_id,line_item_line_item_type,line_item_usage_start_date,line_item_product_code,"
			+ "line_item_usage_type,line_item_resource_id,line_item_usage_amount,line_item_currency_code,"
			+ "line_item_unblended_cost,line_item_net_unblended_cost,pricing_unit,product,resource_tags\n";

	private String cur2Row(long id, int resource, Instant start, Kind kind, BigDecimal quantity, BigDecimal cost,
			String workload) {
		String product = kind.instanceType.isEmpty() ? "{}" : "\"{\"\"instance_type\"\": \"\"" + kind.instanceType
				+ "\"\", \"\"region\"\": \"\"eu-central-1\"\"}\"";
		return "li-" + id + "," + ISO.format(month.start()) + ",210987654321,2109876543,Usage," + ISO.format(start)
				+ "," + (kind == Kind.STORAGE ? "AmazonS3" : "AmazonEC2") + ",EUC1-" + kind.usageType + ",i-"
				+ String.format("%08d", resource) + "," + quantity.toPlainString() + ",USD," + cost.toPlainString()
				+ ",," + kind.unit + "," + product + ",\"{\"\"user_workload\"\": \"\"" + workload + "\"\"}\"\n";
	}

	private String cur2Charge(long id, String type, String amount, Instant start) {
		return "li-" + id + "," + ISO.format(month.start()) + ",210987654321,2109876543," + type + ","
				+ ISO.format(start) + ",AmazonEC2,,," + "0,USD," + amount + ",,,{},{}\n";
	}

}
