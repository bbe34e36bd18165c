package com.inferencetco.ingest.gcp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.inferencetco.catalog.GpuInstanceCatalog.GpuAllocation;
import com.inferencetco.ingest.FieldException;
import com.inferencetco.ingest.IndependentRows;
import com.inferencetco.ingest.LineDraft;
import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.UsagePeriod;
import com.inferencetco.ingest.Tags;
import com.inferencetco.ingest.Values;
import com.inferencetco.ingest.Workloads;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;

/**
 * Google Cloud Billing export (BigQuery standard or detailed), flattened to CSV by a
 * query: field paths as headers with {@code .} or {@code _}, {@code credits} as a JSON
 * array or a number, {@code labels} as JSON, timestamps like
 * {@code 2026-10-01 00:00:00 UTC}. Invoiced cost is {@code cost} plus its credits; the
 * credits become a record of their own in the {@code credits} category. The month is
 * {@code invoice.month} (Pacific time, as Google invoices), else the usage start.
 */
public class GcpBillingNormalizer extends RowNormalizer implements IndependentRows {

	public GcpBillingNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected BigDecimal invoicedCost(SourceRecord row) {
		return cost(row).add(credits(row));
	}

	private static BigDecimal cost(SourceRecord row) {
		return Values.decimal(row, "cost");
	}

	private static BigDecimal credits(SourceRecord row) {
		for (String column : new String[] { "credits", "credits.amount", "credits_amount", "total_credits" }) {
			if (row.hasColumn(column)) {
				return GcpFields.credits(row, column);
			}
		}
		return BigDecimal.ZERO;
	}

	@Override
	protected String currency(SourceRecord row) {
		return Values.currency(row, "currency");
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal invoiced, String currency) {
		String start = row.hasColumn("usage_start_time") ? "usage_start_time" : "usage.start_time";
		LocalDate usageDay = Values.utcDay(Values.instant(row, start));
		String invoiceMonth = GcpFields.get(row, "invoice.month");
		if (invoiceMonth != null) {
			if (!invoiceMonth.strip().matches("\\d{6}")) {
				throw new FieldException("invoice.month",
						"expected invoice.month as YYYYMM, found '" + invoiceMonth + "'");
			}
			requireInMonth(LocalDate.of(Integer.parseInt(invoiceMonth.substring(0, 4)),
					Integer.parseInt(invoiceMonth.substring(4, 6)), 1), "invoice.month");
		}
		else {
			requireInMonth(usageDay, start);
		}
		String service = GcpFields.get(row, "service.description");
		String sku = LineDraft.orEmpty(GcpFields.get(row, "sku.description"));
		String unit = GcpFields.get(row, "usage.unit");
		BigDecimal pricingAmount = decimalOrNull(row, "usage.amount_in_pricing_units");
		String pricingUnit = GcpFields.get(row, "usage.pricing_unit");
		// storage is metered in byte-seconds: a petabyte-month is 2.6e21 of them, beyond
		// what the store keeps, so
		// such lines keep their quantity in the pricing unit (gibibyte-months) that
		// Google states beside it
		boolean byteSeconds = LineDraft.lower(unit).contains("byte-second") && pricingAmount != null;
		BigDecimal amount = byteSeconds ? pricingAmount : decimalOrZero(row, "usage.amount");
		String quantityUnit = byteSeconds ? pricingUnit : unit;
		LineDraft draft = new LineDraft();
		if ("tax".equals(LineDraft.lower(GcpFields.get(row, "cost_type")))) {
			draft.tax();
		}
		else {
			GcpFields.classify(draft, service, sku, amount, unit, pricingAmount, pricingUnit);
		}
		String labelsColumn = GcpFields.has(row, "labels") ? "labels" : "project.labels";
		String project = GcpFields.get(row, "project.id");
		String region = GcpFields.get(row, "location.region") != null ? GcpFields.get(row, "location.region")
				: GcpFields.get(row, "location.location");
		String resource = GcpFields.get(row, "resource.global_name") != null
				? GcpFields.get(row, "resource.global_name") : GcpFields.get(row, "resource.name");
		CostDimensions dimensions = new CostDimensions("Google Cloud", row.get("billing_account_id"), project, service,
				sku, region, resource,
				Workloads.name(Tags.workload(GcpFields.labels(GcpFields.get(row, labelsColumn), labelsColumn)), project,
						service, draft.tokenModel()),
				draft.model());
		List<NormalizedLine> records = new ArrayList<>(2);
		records.add(draft.bill(dimensions, usageDay, amount, quantityUnit, cost(row), currency));
		BigDecimal credits = credits(row);
		// a committed-use discount on GPU time nets it to what the invoice charges (the
		// commitment's fee is its own line), as an AWS Savings Plan's negation does
		BigDecimal committed = draft.isGpuTime() && row.hasColumn("credits")
				? GcpFields.committedUseCredits(row, "credits") : BigDecimal.ZERO;
		if (committed.signum() != 0) {
			records.add(new LineDraft().gpuMoneyWithoutHours(new GpuAllocation(draft.model(), 1))
				.bill(dimensions, usageDay, BigDecimal.ZERO, "", committed, currency));
			records.add(GoogleCommitments.covered(records.get(0), cost(row), committed, usageDay));
		}
		GoogleCommitments.fee(sku, dimensions, usageDay, amount, quantityUnit, cost(row), currency)
			.ifPresent(records::add);
		BigDecimal other = credits.subtract(committed);
		if (other.signum() != 0) {
			records.add(new LineDraft().credit().bill(dimensions, usageDay, BigDecimal.ZERO, "", other, currency));
		}
		return records;
	}

	private static BigDecimal decimalOrZero(SourceRecord row, String path) {
		BigDecimal value = decimalOrNull(row, path);
		return value == null ? BigDecimal.ZERO : value;
	}

	private static BigDecimal decimalOrNull(SourceRecord row, String path) {
		String text = GcpFields.get(row, path);
		return text == null ? null : Values.decimal(text, path);
	}

	/** Google's lines are hourly: {@code usage_start_time} to {@code usage_end_time}. */
	@Override
	protected UsagePeriod usagePeriod(SourceRecord row) {
		String start = row.hasColumn("usage_start_time") ? "usage_start_time" : "usage.start_time";
		String end = row.hasColumn("usage_end_time") ? "usage_end_time" : "usage.end_time";
		return row.get(end) == null ? null : new UsagePeriod(Values.instant(row, start), Values.instant(row, end));
	}

}
