package com.inferencetco.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.inferencetco.catalog.GpuInstanceCatalog.GpuAllocation;
import com.inferencetco.model.Commitment;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.SourceKind;

/**
 * The committed share of a GPU usage line that a Savings Plan, reservation or
 * committed-use discount covers: an amortized line (it adds nothing to the invoice, whose
 * line is the usage's own) with the same GPU-hours and workload, the commitment as its
 * SKU and the line's effective cost, so the cost engine knows which GPU time is already
 * paid for and at what rate.
 */
public final class CommittedShare {

	private CommittedShare() {
	}

	public static NormalizedLine of(Commitment commitment, GpuAllocation gpu, BigDecimal instanceHours,
			CostDimensions usage, LocalDate day, BigDecimal quantity, String unit, BigDecimal effectiveCost,
			String currency) {
		CostDimensions dimensions = new CostDimensions(usage.provider(), usage.billingAccount(), usage.subAccount(),
				usage.service(), commitment.sku(), usage.region(), usage.resourceId(), usage.workload(), usage.model());
		return new LineDraft().gpu(gpu, instanceHours)
			.build(SourceKind.AMORTIZED, dimensions, day, quantity, unit,
					effectiveCost == null ? BigDecimal.ZERO : effectiveCost, currency);
	}

	/** The day a term ends, or null where the export leaves it empty or unreadable. */
	public static LocalDate endDay(String text, String column) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Values.utcDay(Values.instant(text, column));
		}
		catch (RuntimeException ex) {
			// the end only names the term in words: an unreadable one is left unnamed
			return null;
		}
	}

}
