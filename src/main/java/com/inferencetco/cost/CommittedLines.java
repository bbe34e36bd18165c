package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.inferencetco.model.Commitment;

/**
 * The month's committed GPU time as its amortized lines state it, handed to the
 * workloads. CUR, FOCUS and Azure give each covered usage line its effective cost; Google
 * gives the covered usage no cost and the commitment's fee a line of its own, with no
 * GPU-hours. Where a commitment has both, its fee is spread over the GPU-hours it
 * covered, in proportion and to the cent (largest remainder), so each workload carries
 * its committed cost at the effective rate and the fee is counted once.
 */
final class CommittedLines {

	private record Entry(String workload, Commitment commitment, BigDecimal hours, BigDecimal cost) {
	}

	private final Map<Commitment, List<Entry>> byCommitment = new LinkedHashMap<>();

	/**
	 * An amortized line: GPU-hours a commitment covers and their cost (report currency).
	 */
	void add(String workload, Commitment commitment, BigDecimal hours, BigDecimal cost) {
		byCommitment.computeIfAbsent(commitment, c -> new ArrayList<>())
			.add(new Entry(workload, commitment, hours, cost));
	}

	void addTo(Map<String, WorkloadTally> workloads) {
		for (List<Entry> entries : byCommitment.values()) {
			List<Entry> covered = entries.stream().filter(e -> e.hours().signum() > 0).toList();
			List<Entry> fees = entries.stream().filter(e -> e.hours().signum() == 0).toList();
			List<Entry> held = fees.isEmpty() || covered.isEmpty() ? entries : spread(covered, fees);
			for (Entry e : held) {
				workloads.computeIfAbsent(e.workload(), WorkloadTally::new)
					.addCommitted(e.commitment(), e.hours(), e.cost());
			}
		}
	}

	/** The fees shared over the covered GPU-hours, the shares adding up to the fees. */
	private static List<Entry> spread(List<Entry> covered, List<Entry> fees) {
		BigDecimal fee = fees.stream().map(Entry::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal hours = covered.stream().map(Entry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		long cents = fee.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
		BigDecimal[] exact = new BigDecimal[covered.size()];
		long[] shares = new long[covered.size()];
		long given = 0;
		for (int i = 0; i < exact.length; i++) {
			exact[i] = BigDecimal.valueOf(cents)
				.multiply(covered.get(i).hours())
				.divide(hours, 20, RoundingMode.HALF_EVEN);
			shares[i] = exact[i].setScale(0, RoundingMode.FLOOR).longValueExact();
			given += shares[i];
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < exact.length; i++) {
			order.add(i);
		}
		order.sort((x, y) -> exact[y].subtract(BigDecimal.valueOf(shares[y]))
			.compareTo(exact[x].subtract(BigDecimal.valueOf(shares[x]))));
		for (int k = 0; given < cents; k++, given++) {
			shares[order.get(k % order.size())]++;
		}
		List<Entry> held = new ArrayList<>();
		for (int i = 0; i < exact.length; i++) {
			Entry e = covered.get(i);
			held.add(
					new Entry(e.workload(), e.commitment(), e.hours(), e.cost().add(BigDecimal.valueOf(shares[i], 2))));
		}
		return held;
	}

}
