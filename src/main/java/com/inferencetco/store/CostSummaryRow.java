package com.inferencetco.store;

import java.math.BigDecimal;

import com.inferencetco.model.CostCategory;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;

/**
 * The normalized records of a run summed by workload, category, kind, source, provider, model, token type and
 * currency: small enough to hold in memory, detailed enough for every total of the report.
 */
public record CostSummaryRow(String workload, CostCategory category, RecordKind kind, SourceKind source,
		String provider, String model, TokenType tokenType, String currency, BigDecimal cost, BigDecimal tokens,
		BigDecimal gpuHours, BigDecimal egressGb, BigDecimal quantity, long lineCount) {
}
