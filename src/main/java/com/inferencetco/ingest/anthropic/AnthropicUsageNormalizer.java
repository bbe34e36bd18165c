package com.inferencetco.ingest.anthropic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.inferencetco.ingest.FieldException;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.UsagePeriod;
import com.inferencetco.ingest.UsageRowNormalizer;
import com.inferencetco.ingest.Values;
import com.inferencetco.ingest.Workloads;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.TokenType;

/**
 * Anthropic usage report ({@code /v1/organizations/usage_report/messages}), as JSON pages
 * or as CSV with the API's field names. Unlike OpenAI, Anthropic's token fields are
 * additive: uncached input, cache writes (5-minute and 1-hour) and cache reads together
 * are the input. The service tier is kept (priority-tier usage never appears in the cost
 * report, so it is estimated from the catalog).
 */
public class AnthropicUsageNormalizer extends UsageRowNormalizer {

	public AnthropicUsageNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		LocalDate day = AnthropicBuckets.day(row);
		requireInMonth(day, AnthropicBuckets.startColumn(row));
		BigDecimal uncached = count(row, "uncached_input_tokens");
		BigDecimal write5m = count(row, AnthropicBuckets.first(row, "cache_creation.ephemeral_5m_input_tokens",
				"cache_creation_5m_input_tokens"));
		BigDecimal write1h = count(row, AnthropicBuckets.first(row, "cache_creation.ephemeral_1h_input_tokens",
				"cache_creation_1h_input_tokens"));
		BigDecimal writeTotal = write5m.add(write1h);
		if (writeTotal.signum() == 0 && row.get("cache_creation_input_tokens") != null) {
			writeTotal = count(row, "cache_creation_input_tokens");
		}
		BigDecimal read = count(row, "cache_read_input_tokens");
		BigDecimal output = count(row, "output_tokens");
		String model = row.get("model");
		String workspace = row.get("workspace_id");
		String tier = row.get("service_tier");
		CostDimensions dimensions = new CostDimensions("Anthropic", null, workspace, "Anthropic API",
				tier == null ? "" : tier, row.get("inference_geo"), row.get("api_key_id"),
				Workloads.name(null, workspace, "Anthropic", model), model);
		List<NormalizedLine> records = new ArrayList<>(4);
		addTokens(records, dimensions, day, uncached, TokenType.INPUT);
		addTokens(records, dimensions, day, writeTotal, TokenType.CACHE_WRITE);
		addTokens(records, dimensions, day, read, TokenType.CACHED_INPUT);
		addTokens(records, dimensions, day, output, TokenType.OUTPUT);
		return records;
	}

	static BigDecimal count(SourceRecord row, String field) {
		BigDecimal value = Values.decimalOrZero(row, field);
		if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
			throw new FieldException(field, "expected a whole number of tokens, zero or more, in " + field);
		}
		return value;
	}

	@Override
	protected UsagePeriod usagePeriod(SourceRecord row) {
		return AnthropicBuckets.period(row);
	}

}
