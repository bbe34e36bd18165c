package com.inferencetco.ingest.openai;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.Units;
import com.inferencetco.ingest.Values;
import com.inferencetco.ingest.Workloads;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;

/**
 * OpenAI Costs API pages ({@code organization.costs.result}): the invoiced cost is
 * {@code amount.value} in {@code amount.currency} (lower case in the API). With
 * {@code group_by=line_item} a line names model and direction ("gpt-4o-2024-08-06,
 * input") and may carry a token quantity; those tokens are kept apart as bill tokens and
 * give way to a usage export of the same provider.
 */
public class OpenAiCostsNormalizer extends RowNormalizer {

	public OpenAiCostsNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected BigDecimal invoicedCost(SourceRecord row) {
		return Values.decimal(row, "amount.value");
	}

	@Override
	protected String currency(SourceRecord row) {
		return Values.currency(row, "amount.currency");
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		LocalDate day = OpenAiUsageNormalizer.OpenAiBuckets.day(row);
		requireInMonth(day, "bucket.start_time");
		String lineItem = row.get("line_item");
		String model = lineItem == null ? null : lineItem.split(",")[0].strip();
		String project = row.get("project_id");
		String quantityUnit = row.get("quantity_unit");
		BigDecimal quantity = Values.optionalDecimal(row, "quantity");
		boolean tokenLine = quantityUnit != null && quantityUnit.toLowerCase(Locale.ROOT).contains("tokens")
				&& quantity != null;
		BigDecimal tokens = tokenLine ? quantity.multiply(Units.tokenBlock(quantityUnit.replace('_', ' '))) : null;
		TokenType tokenType = tokenLine ? tokenType(lineItem) : null;
		CostDimensions dimensions = new CostDimensions("OpenAI", null, project, "OpenAI API", lineItem, null,
				row.get("api_key_id"), Workloads.name(null, project, "OpenAI", model), model);
		return List.of(new NormalizedLine(tokenLine ? RecordKind.TOKEN_USAGE : RecordKind.OTHER_COST,
				CostCategory.API_TOKENS, SourceKind.BILL, dimensions, day, quantity, quantityUnit, null, null, tokens,
				tokenType, cost, currency));
	}

	private static TokenType tokenType(String lineItem) {
		String text = lineItem == null ? "" : lineItem.toLowerCase(Locale.ROOT);
		if (text.contains("cached")) {
			return TokenType.CACHED_INPUT;
		}
		return text.contains("output") ? TokenType.OUTPUT : TokenType.INPUT;
	}

}
