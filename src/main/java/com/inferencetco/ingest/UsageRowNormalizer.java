package com.inferencetco.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;

/**
 * A format that carries quantities but no invoiced cost: usage exports, logs, telemetry,
 * reference rates. Its rows add nothing to a file's invoiced cost; the bill of the same
 * provider does.
 */
public abstract class UsageRowNormalizer extends RowNormalizer {

	protected UsageRowNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected final BigDecimal invoicedCost(SourceRecord row) {
		return null;
	}

	@Override
	protected final String currency(SourceRecord row) {
		return null;
	}

	/** Adds the requests a usage row counts, when there are any. */
	protected static void addRequests(List<NormalizedLine> records, CostDimensions dimensions, LocalDate day,
			BigDecimal requests) {
		if (requests.signum() > 0) {
			records.add(new NormalizedLine(RecordKind.REQUESTS, CostCategory.API_TOKENS, SourceKind.USAGE, dimensions,
					day, requests, "requests", null, null, null, null, null, null));
		}
	}

	/** Adds a token record of a usage export, when the count is above zero. */
	protected static void addTokens(List<NormalizedLine> records, CostDimensions dimensions, LocalDate day,
			BigDecimal tokens, TokenType type) {
		if (tokens.signum() > 0) {
			records.add(new NormalizedLine(RecordKind.TOKEN_USAGE, CostCategory.API_TOKENS, SourceKind.USAGE,
					dimensions, day, tokens, "tokens", null, null, tokens, type, null, null));
		}
	}

}
