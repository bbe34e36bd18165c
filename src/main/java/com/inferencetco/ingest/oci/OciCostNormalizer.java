package com.inferencetco.ingest.oci;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.inferencetco.catalog.GpuInstanceCatalog;
import com.inferencetco.ingest.IndependentRows;
import com.inferencetco.ingest.LineDraft;
import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.Values;
import com.inferencetco.ingest.Workloads;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;

/**
 * Oracle OCI cost report ({@code reports/cost-csv}): invoiced cost {@code cost/myCost} in
 * {@code cost/currencyCode}; no billing period column, so the month is the usage
 * interval's start (written without seconds: {@code 2023-11-13T10:00Z}). Tags are one
 * column per {@code tags/<namespace>.<key>}; a key named {@code workload} in any
 * namespace names the workload, else the compartment does.
 */
public class OciCostNormalizer extends RowNormalizer implements IndependentRows {

	public OciCostNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected BigDecimal invoicedCost(SourceRecord row) {
		return Values.decimal(row, "cost/myCost");
	}

	@Override
	protected String currency(SourceRecord row) {
		// OCI writes its free rows (zero cost) with an empty currency: zero in any
		// currency
		String code = row.get("cost/currencyCode");
		if ((code == null || code.isBlank()) && Values.decimal(row, "cost/myCost").signum() == 0) {
			return null;
		}
		return Values.currency(row, "cost/currencyCode");
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		LocalDate usageDay = Values.utcDay(Values.instant(row, "lineItem/intervalUsageStart"));
		requireInMonth(usageDay, "lineItem/intervalUsageStart");
		String service = LineDraft.orEmpty(row.get("product/service"));
		String description = LineDraft.orEmpty(row.get("product/Description"));
		BigDecimal quantity = Values.decimalOrZero(row, "usage/billedQuantity");
		String unit = row.get("cost/skuUnitDescription");
		LineDraft draft = new LineDraft();
		String text = description.toLowerCase(Locale.ROOT);
		if (text.startsWith("outbound data transfer")) {
			// OCI bills egress in GB (its unit text says "GB Months", a known quirk of
			// the report)
			draft.egress(quantity);
		}
		else if (service.equals("COMPUTE") && text.contains("gpu")) {
			// GPU shapes are billed per GPU-hour
			draft.gpu(new GpuInstanceCatalog.GpuAllocation(GpuInstanceCatalog.gpuModelInText(description), 1),
					quantity);
		}
		else if (service.equals("BLOCK_STORAGE") || service.equals("OBJECTSTORE") || service.equals("FILE_STORAGE")) {
			draft.storage();
		}
		String compartment = row.get("product/compartmentName");
		CostDimensions dimensions = new CostDimensions("Oracle", row.get("lineItem/tenantId"), compartment, service,
				LineDraft.orEmpty(row.get("cost/productSku")) + " " + description, row.get("product/region"),
				row.get("product/resourceId"), Workloads.name(workloadTag(row), compartment, service, null),
				draft.model());
		return List.of(draft.bill(dimensions, usageDay, quantity, unit, cost, currency));
	}

	private static String workloadTag(SourceRecord row) {
		for (String column : row.columnNames()) {
			String name = column.toLowerCase(Locale.ROOT);
			if (name.startsWith("tags/") && (name.endsWith(".workload") || name.equals("tags/workload"))) {
				String value = row.get(column);
				if (value != null && !value.isBlank()) {
					return value;
				}
			}
		}
		return null;
	}

}
