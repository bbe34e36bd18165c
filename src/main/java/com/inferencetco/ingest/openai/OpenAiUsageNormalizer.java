package com.inferencetco.ingest.openai;

import java.math.BigDecimal;
import java.time.Instant;
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
 * OpenAI Usage API pages of completions, embeddings and moderations
 * ({@code organization.usage.*.result}). Token counts only, no money. Cached and
 * cache-write tokens are subsets of {@code input_tokens}, so the record for uncached
 * input is {@code input_uncached_tokens} (or input minus the two, for older payloads) and
 * input totals never double count.
 */
public class OpenAiUsageNormalizer extends UsageRowNormalizer {

	public OpenAiUsageNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		LocalDate day = OpenAiBuckets.day(row);
		requireInMonth(day, "bucket.start_time");
		BigDecimal input = count(row, "input_tokens");
		BigDecimal output = count(row, "output_tokens");
		BigDecimal cached = count(row, "input_cached_tokens");
		BigDecimal cacheWrite = count(row, "input_cache_write_tokens");
		BigDecimal uncached = row.get("input_uncached_tokens") != null ? count(row, "input_uncached_tokens")
				: input.subtract(cached).subtract(cacheWrite);
		if (uncached.signum() < 0) {
			throw new FieldException("input_cached_tokens",
					"expected cached and cache-write tokens to be part of input_tokens, but they exceed it");
		}
		String model = row.get("model");
		String project = row.get("project_id");
		CostDimensions dimensions = new CostDimensions("OpenAI", null, project, "OpenAI API", model, null,
				row.get("api_key_id"), Workloads.name(null, project, "OpenAI", model), model);
		List<NormalizedLine> records = new ArrayList<>(4);
		addTokens(records, dimensions, day, uncached, TokenType.INPUT);
		addTokens(records, dimensions, day, cached, TokenType.CACHED_INPUT);
		addTokens(records, dimensions, day, cacheWrite, TokenType.CACHE_WRITE);
		addTokens(records, dimensions, day, output, TokenType.OUTPUT);
		if (!records.isEmpty()) {
			addRequests(records, dimensions, day, count(row, "num_model_requests"));
		}
		return records;
	}

	/**
	 * An hourly bucket ({@code bucket_width=1h}) names its hour; a daily one its day. A
	 * bucket without its end names only its day.
	 */
	@Override
	protected UsagePeriod usagePeriod(SourceRecord row) {
		String end = row.get("bucket.end_time");
		if (end == null || !end.strip().matches("\\d{1,12}")) {
			return null;
		}
		return new UsagePeriod(Instant.ofEpochSecond(Long.parseLong(row.get("bucket.start_time").strip())),
				Instant.ofEpochSecond(Long.parseLong(end.strip())));
	}

	private static BigDecimal count(SourceRecord row, String field) {
		BigDecimal value = Values.decimalOrZero(row, field);
		if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
			throw new FieldException(field, "expected a whole number of tokens, zero or more, in " + field);
		}
		return value;
	}

	/**
	 * The Usage API's pages that count no tokens (images, audio seconds and characters,
	 * vector-store bytes, code interpreter sessions): read and counted so the file is
	 * accounted for; their cost is on the Costs page.
	 */
	public static final class WithoutTokens extends UsageRowNormalizer {

		public WithoutTokens(BillingMonth month) {
			super(month);
		}

		@Override
		protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
			requireInMonth(OpenAiBuckets.day(row), "bucket.start_time");
			return List.of();
		}

	}

	/**
	 * OpenAI buckets are Unix seconds; the bucket's start decides the day and the month.
	 */
	static final class OpenAiBuckets {

		private OpenAiBuckets() {
		}

		static LocalDate day(SourceRecord row) {
			String start = row.get("bucket.start_time");
			if (start == null || !start.strip().matches("\\d{1,12}")) {
				throw new FieldException("bucket.start_time",
						"expected the bucket's start_time as Unix seconds, found '" + (start == null ? "" : start)
								+ "'");
			}
			return Values.utcDay(Instant.ofEpochSecond(Long.parseLong(start.strip())));
		}

	}

}
