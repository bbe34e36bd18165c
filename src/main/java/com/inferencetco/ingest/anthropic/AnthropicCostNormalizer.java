package com.inferencetco.ingest.anthropic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.inferencetco.ingest.LineDraft;
import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.Values;
import com.inferencetco.ingest.Workloads;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;

/**
 * Anthropic cost report ({@code /v1/organizations/cost_report}): {@code amount} is a
 * decimal string in the currency's lowest unit (cents), so 1234.5 means 12.345 USD.
 */
public class AnthropicCostNormalizer extends RowNormalizer {

	public AnthropicCostNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected BigDecimal invoicedCost(SourceRecord row) {
		return Values.decimal(row, "amount").movePointLeft(2);
	}

	@Override
	protected String currency(SourceRecord row) {
		return Values.currency(row, "currency");
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		LocalDate day = AnthropicBuckets.day(row);
		requireInMonth(day, AnthropicBuckets.startColumn(row));
		String model = row.get("model");
		String workspace = row.get("workspace_id");
		String description = LineDraft.orEmpty(row.get("description"));
		String sku = String
			.join(" ", LineDraft.orEmpty(row.get("cost_type")), LineDraft.orEmpty(row.get("token_type")),
					LineDraft.orEmpty(row.get("service_tier")), description)
			.strip();
		// every line of this report is API usage; token counts come from the usage report
		LineDraft draft = new LineDraft().apiCost();
		CostDimensions dimensions = new CostDimensions("Anthropic", null, workspace, "Anthropic API", sku, null, null,
				Workloads.name(null, workspace, "Anthropic", model), model);
		return List.of(draft.bill(dimensions, day, BigDecimal.ZERO, "", cost, currency));
	}

}
