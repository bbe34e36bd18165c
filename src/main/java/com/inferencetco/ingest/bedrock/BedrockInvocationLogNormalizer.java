package com.inferencetco.ingest.bedrock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.inferencetco.ingest.FieldException;
import com.inferencetco.ingest.IngestSettings;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.UsagePeriod;
import com.inferencetco.ingest.UsageRowNormalizer;
import com.inferencetco.ingest.Values;
import com.inferencetco.ingest.Workloads;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.TokenType;

/**
 * Amazon Bedrock model invocation logs: one record per request with token counts per
 * model and caller. The request and response bodies are never read (see the record
 * source). The workload is the request's {@code requestMetadata.workload} tag, else the
 * model's workload from the assumptions, else service and model. The bill's Bedrock lines
 * keep the cost; these tokens replace the bill's token quantities.
 */
public class BedrockInvocationLogNormalizer extends UsageRowNormalizer {

	private final IngestSettings settings;

	public BedrockInvocationLogNormalizer(IngestSettings settings) {
		super(settings.month());
		this.settings = settings;
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		LocalDate day = Values.utcDay(Values.instant(row, "timestamp"));
		requireInMonth(day, "timestamp");
		String model = row.get("modelId");
		if (model == null) {
			throw new FieldException("modelId", "expected the invoked model in modelId");
		}
		String tag = row.get("requestMetadata.workload");
		String workload = tag != null ? tag : settings.workloadOfModel(model);
		CostDimensions dimensions = new CostDimensions("AWS", row.get("accountId"), row.get("accountId"),
				"Amazon Bedrock", row.get("operation"), row.get("region"), row.get("identity.arn"),
				Workloads.name(workload, null, "AmazonBedrock", model), model);
		List<NormalizedLine> records = new ArrayList<>(4);
		addTokens(records, dimensions, day, count(row, "input.inputTokenCount"), TokenType.INPUT);
		addTokens(records, dimensions, day, count(row, "input.cacheReadInputTokenCount"), TokenType.CACHED_INPUT);
		addTokens(records, dimensions, day, count(row, "input.cacheWriteInputTokenCount"), TokenType.CACHE_WRITE);
		addTokens(records, dimensions, day, count(row, "output.outputTokenCount"), TokenType.OUTPUT);
		if (!records.isEmpty()) {
			addRequests(records, dimensions, day, BigDecimal.ONE);
		}
		return records;
	}

	private static BigDecimal count(SourceRecord row, String field) {
		BigDecimal value = Values.decimalOrZero(row, field);
		if (value.signum() < 0) {
			throw new FieldException(field, "expected a token count of zero or more in " + field);
		}
		return value;
	}

	/** An invocation happened at its timestamp. */
	@Override
	protected UsagePeriod usagePeriod(SourceRecord row) {
		return UsagePeriod.at(Values.instant(row, "timestamp"));
	}

}
