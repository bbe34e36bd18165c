package com.inferencetco.ingest.gcp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import com.inferencetco.catalog.GpuInstanceCatalog;
import com.inferencetco.catalog.GpuInstanceCatalog.GpuAllocation;
import com.inferencetco.ingest.CommittedShare;
import com.inferencetco.model.Commitment;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;

/**
 * Google's resource-based committed-use discounts on GPUs. Unlike CUR or FOCUS, the
 * export gives a covered usage line no effective cost: a {@code COMMITTED_USAGE_DISCOUNT}
 * credit cancels its on-demand price, and the commitment's fee is a line of its own
 * ("Commitment v1: Nvidia H100 80GB GPU in Americas for 1 Year") in the commitment's
 * region. Both sides become amortized lines of one commitment (the GPU and region), the
 * covered side with the GPU-hours the credit cancels, the fee side with the fee and no
 * hours; the cost engine spreads the fee over the covered GPU-hours. Google's export
 * names no end of term.
 */
final class GoogleCommitments {

	private static final String KIND = "Committed use discount";

	private GoogleCommitments() {
	}

	/**
	 * The covered share of a GPU usage line: the GPU-hours its committed-use credit
	 * cancels (the whole line when the credit cancels its whole on-demand price).
	 */
	static NormalizedLine covered(NormalizedLine usage, BigDecimal onDemand, BigDecimal credit, LocalDate day) {
		BigDecimal share = onDemand.signum() > 0
				? credit.negate().divide(onDemand, 20, RoundingMode.HALF_EVEN).min(BigDecimal.ONE).max(BigDecimal.ZERO)
				: BigDecimal.ONE;
		CostDimensions d = usage.dimensions();
		return CommittedShare.of(commitment(usage.dimensions().model(), d.region()), new GpuAllocation(d.model(), 1),
				usage.gpuHours().multiply(share), d, day, usage.quantity(), usage.unit(), BigDecimal.ZERO,
				usage.currency());
	}

	/** The fee of a GPU commitment as the commitment's amortized cost, else empty. */
	static Optional<NormalizedLine> fee(String sku, CostDimensions d, LocalDate day, BigDecimal quantity, String unit,
			BigDecimal fee, String currency) {
		String s = sku.strip().toLowerCase(Locale.ROOT);
		if (!s.startsWith("commitment") || !s.contains("gpu")) {
			return Optional.empty();
		}
		String gpu = GpuInstanceCatalog.gpuModelInText(sku);
		return Optional.of(CommittedShare.of(commitment(gpu, d.region()), new GpuAllocation(gpu, 1), BigDecimal.ZERO, d,
				day, quantity, unit, fee, currency));
	}

	private static Commitment commitment(String gpu, String region) {
		return new Commitment(KIND, gpu + (region == null || region.isBlank() ? "" : " in " + region), null);
	}

}
