package com.inferencetco.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.inferencetco.cost.MonthResult;
import com.inferencetco.cost.Showback.Usage;

/**
 * The change from the month before, explained: the invoiced cost and the TCO of both
 * months, and per workload a bridge of its own cost (invoiced and estimated) into a
 * volume effect (the change of its tokens, or of its GPU-hours when it served none, at
 * last month's cost per unit) and a rate effect (the rest: what a unit costs now against
 * then), new and ended workloads apart. Both months are costed by the same engine under
 * this month's assumptions, so the change is the bills', not the model's.
 *
 * @param drivers every workload of either month, the largest change first; their changes
 * add up to the change of the workloads' own costs
 */
public record MonthOverMonth(String previousMonth, BigDecimal previousCost, BigDecimal previousTco,
		BigDecimal costChange, BigDecimal tcoChange, List<Driver> drivers) {

	/** Whether a workload ran in both months, only in this one, or only in the last. */
	public enum Status {

		CONTINUING("continuing"), NEW("new"), ENDED("ended");

		private final String id;

		Status(String id) {
			this.id = id;
		}

		public String id() {
			return id;
		}

	}

	/**
	 * One workload's bridge: {@code volumeEffect + rateEffect = change} exactly.
	 * {@code unit} is what its volume is counted in ("tokens", "GPU-hours"), null when it
	 * had neither (storage, support): then all of it is rate.
	 */
	public record Driver(String workload, Status status, BigDecimal previousCost, BigDecimal cost, BigDecimal change,
			String unit, BigDecimal previousVolume, BigDecimal volume, BigDecimal volumeEffect, BigDecimal rateEffect) {
	}

	/**
	 * Decimals of a volume effect (a volume times a cost per unit); the rate effect takes
	 * the rest exactly.
	 */
	static final int EFFECT_SCALE = 10;

	/** The bridge from the previous month's engine result to this month's. */
	public static MonthOverMonth between(String previousMonth, BigDecimal previousCost, MonthResult previous,
			MonthResult current) {
		return between(previousMonth, previousCost, previous.tco(), current.cost(), current.tco(),
				previous.workloads().stream().map(Usage::of).toList(),
				current.workloads().stream().map(Usage::of).toList());
	}

	/** The bridge between two months' workloads, described by what it needs of them. */
	public static MonthOverMonth between(String previousMonth, BigDecimal previousCost, BigDecimal previousTco,
			BigDecimal cost, BigDecimal tco, List<Usage> previous, List<Usage> current) {
		Map<String, Usage> before = byName(previous);
		Map<String, Usage> now = byName(current);
		List<Driver> drivers = new ArrayList<>();
		for (Usage w : now.values()) {
			drivers.add(driver(w.name(), before.get(w.name()), w));
		}
		for (Usage w : before.values()) {
			if (!now.containsKey(w.name())) {
				drivers.add(driver(w.name(), w, null));
			}
		}
		drivers.sort(Comparator.comparing((Driver d) -> d.change().abs()).reversed().thenComparing(Driver::workload));
		return new MonthOverMonth(previousMonth, previousCost, previousTco,
				previousCost == null ? null : cost.subtract(previousCost), tco.subtract(previousTco),
				List.copyOf(drivers));
	}

	private static Driver driver(String name, Usage before, Usage now) {
		BigDecimal previousCost = before == null ? BigDecimal.ZERO : own(before);
		BigDecimal cost = now == null ? BigDecimal.ZERO : own(now);
		BigDecimal change = cost.subtract(previousCost);
		boolean tokens = volume(before, true).signum() > 0 || volume(now, true).signum() > 0;
		boolean hours = !tokens && (volume(before, false).signum() > 0 || volume(now, false).signum() > 0);
		String unit = tokens ? "tokens" : hours ? "GPU-hours" : null;
		BigDecimal previousVolume = unit == null ? BigDecimal.ZERO : volume(before, tokens);
		BigDecimal volume = unit == null ? BigDecimal.ZERO : volume(now, tokens);
		Status status = before == null ? Status.NEW : now == null ? Status.ENDED : Status.CONTINUING;
		BigDecimal volumeEffect;
		if (status != Status.CONTINUING) {
			volumeEffect = change; // all of it came or went with the workload
		}
		else if (previousVolume.signum() > 0) {
			volumeEffect = volume.subtract(previousVolume)
				.multiply(previousCost)
				.divide(previousVolume, EFFECT_SCALE, RoundingMode.HALF_EVEN);
		}
		else {
			volumeEffect = BigDecimal.ZERO;
		}
		return new Driver(name, status, previousCost, cost, change, unit, previousVolume, volume, volumeEffect,
				change.subtract(volumeEffect));
	}

	private static BigDecimal own(Usage w) {
		return w.directCost();
	}

	private static BigDecimal volume(Usage w, boolean tokens) {
		return w == null ? BigDecimal.ZERO : tokens ? w.tokens() : w.gpuHours();
	}

	private static Map<String, Usage> byName(List<Usage> workloads) {
		Map<String, Usage> byName = new LinkedHashMap<>();
		workloads.forEach(w -> byName.put(w.name(), w));
		return byName;
	}
}
