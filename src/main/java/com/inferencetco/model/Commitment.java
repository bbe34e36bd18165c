package com.inferencetco.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Capacity an account has committed to pay for (a Savings Plan, reserved instances, a
 * committed-use discount): its kind, its id in the export and, where the export says, the
 * day its term ends. Stored as the SKU of the amortized line that carries the committed
 * share of a usage line ({@link #sku()}), so the store needs no column of its own.
 */
public record Commitment(String kind, String id, LocalDate endsOn) {

	private static final String PREFIX = "commitment:";

	public Commitment {
		kind = clean(kind);
		id = clean(id);
	}

	/** The amortized line's SKU: {@code commitment:KIND|ID|END}. */
	public String sku() {
		return PREFIX + kind + "|" + id + "|" + (endsOn == null ? "" : endsOn);
	}

	/** Whether an amortized line's SKU names a commitment. */
	public static boolean isSku(String sku) {
		return sku != null && sku.startsWith(PREFIX);
	}

	/** The commitment an amortized line's SKU names, if it names one. */
	public static Optional<Commitment> fromSku(String sku) {
		if (sku == null || !sku.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String[] parts = sku.substring(PREFIX.length()).split("\\|", -1);
		if (parts.length != 3) {
			return Optional.empty();
		}
		return Optional.of(new Commitment(parts[0], parts[1], parts[2].isEmpty() ? null : LocalDate.parse(parts[2])));
	}

	/**
	 * The contract's type of the commitment: {@code savings-plan},
	 * {@code reserved-instance}, {@code committed-use} or {@code reservation}, from the
	 * words the export uses for its kind (CUR line item types, FOCUS
	 * {@code CommitmentDiscountType}, Azure {@code PricingModel}, Google CUD credits). A
	 * kind the export leaves generic ("Commitment discount") is a committed-use discount,
	 * the general name FOCUS gives commitments on usage.
	 */
	public String type() {
		String words = kind.toLowerCase(java.util.Locale.ROOT);
		if (words.contains("savings plan") || words.contains("savingsplan")) {
			return "savings-plan";
		}
		if (words.contains("reserved instance") || words.contains("reservedinstance")) {
			return "reserved-instance";
		}
		if (words.contains("reservation") || words.contains("reserved")) {
			return "reservation";
		}
		return "committed-use";
	}

	/** In words: "Savings Plan arn:... until 2028-06-30". */
	public String words() {
		return kind + (id.isEmpty() ? "" : " " + id)
				+ (endsOn == null ? " (its end is not in the export)" : " until " + endsOn);
	}

	private static String clean(String value) {
		return value == null ? "" : value.strip().replace('|', '/');
	}

}
