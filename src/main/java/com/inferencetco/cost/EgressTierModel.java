package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Internet egress priced by a provider's published tiers: a free allowance first, then
 * each tier's price for the gigabytes that fall into it. Cumulative tier caps are in GB;
 * AWS and Azure count a "TB" as 1,024 GB, Google prices per GiB (converted here). Sources
 * and dates are on each tier table below.
 */
public record EgressTierModel(String provider, BigDecimal freeGb, List<Tier> tiers, String source) {

	/**
	 * Up to {@code upToGb} cumulative GB (after the free allowance) at
	 * {@code pricePerGb}; null cap = unbounded.
	 */
	public record Tier(BigDecimal upToGb, BigDecimal pricePerGb) {
	}

	private static final BigDecimal GIB = new BigDecimal("1.073741824");

	public static final EgressTierModel AWS = new EgressTierModel("AWS", BigDecimal.valueOf(100),
			List.of(tier("10240", "0.09"), tier("51200", "0.085"), tier("153600", "0.07"), tier(null, "0.05")),
			"AWS data transfer out to the internet, list tiers (first 10 TB, next 40 TB, next 100 TB, over 150 TB; "
					+ "1 TB = 1,024 GB; 100 GB free), via infracost data_transfer.go and public copies, 2025");

	public static final EgressTierModel AZURE = new EgressTierModel("Azure", BigDecimal.valueOf(100),
			List.of(tier("10240", "0.087"), tier("51200", "0.083"), tier("153600", "0.07"), tier(null, "0.05")),
			"Azure bandwidth, Zone 1 internet egress list tiers (100 GB free: unverified), 2025");

	/**
	 * Google prices per GiB: $0.12 first TiB, $0.11 to 10 TiB, $0.08 beyond (older
	 * published tiers, unverified).
	 */
	public static final EgressTierModel GOOGLE = new EgressTierModel("Google Cloud", BigDecimal.ZERO,
			List.of(tier(new BigDecimal("1024").multiply(GIB).toPlainString(),
					new BigDecimal("0.12").divide(GIB, 12, RoundingMode.HALF_EVEN).toPlainString()),
					tier(new BigDecimal("10240").multiply(GIB).toPlainString(),
							new BigDecimal("0.11").divide(GIB, 12, RoundingMode.HALF_EVEN).toPlainString()),
					tier(null, new BigDecimal("0.08").divide(GIB, 12, RoundingMode.HALF_EVEN).toPlainString())),
			"Google Cloud Premium Tier internet egress, North America, older published tiers (captured 2026-09-20)");

	public static final EgressTierModel ZERO_EGRESS = new EgressTierModel("Specialized GPU cloud (zero egress)",
			BigDecimal.ZERO, List.of(tier(null, "0")), "Zero-egress offers of specialized GPU clouds (gpu-offers.csv)");

	public static List<EgressTierModel> all() {
		return List.of(AWS, AZURE, GOOGLE, ZERO_EGRESS);
	}

	private static Tier tier(String upTo, String price) {
		return new Tier(upTo == null ? null : new BigDecimal(upTo), new BigDecimal(price));
	}

	/** The month's cost of {@code gigabytes} of internet egress. */
	public BigDecimal cost(BigDecimal gigabytes) {
		BigDecimal billable = gigabytes.subtract(freeGb).max(BigDecimal.ZERO);
		BigDecimal cost = BigDecimal.ZERO;
		BigDecimal previousCap = BigDecimal.ZERO;
		for (Tier tier : tiers) {
			if (billable.compareTo(previousCap) <= 0) {
				break;
			}
			BigDecimal inTier = tier.upToGb() == null ? billable.subtract(previousCap)
					: billable.min(tier.upToGb()).subtract(previousCap);
			cost = cost.add(inTier.multiply(tier.pricePerGb()));
			if (tier.upToGb() == null) {
				break;
			}
			previousCap = tier.upToGb();
		}
		return cost;
	}
}
