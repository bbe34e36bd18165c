package com.inferencetco.job;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where a run's time went, phase by phase, for the closing progress line and the
 * benchmark: each lap is the time since the previous one (the first since the JVM
 * started). A phase run beside another (the PDF) is timed apart.
 */
public final class PhaseTimes {

	private final Map<String, Double> seconds = new LinkedHashMap<>();

	private long lastMillis = ManagementFactory.getRuntimeMXBean().getStartTime();

	/** Ends the phase called {@code name} now. */
	public synchronized void lap(String name) {
		long now = System.currentTimeMillis();
		seconds.merge(name, (now - lastMillis) / 1000.0, Double::sum);
		lastMillis = now;
	}

	/** Records a phase that ran beside the others, without moving the lap. */
	public synchronized void beside(String name, double phaseSeconds) {
		seconds.merge(name, phaseSeconds, Double::sum);
	}

	/**
	 * Starts the next lap now, leaving out the time since the last one (another step, a
	 * pause).
	 */
	public synchronized void restart() {
		lastMillis = System.currentTimeMillis();
	}

	@Override
	public synchronized String toString() {
		StringJoiner line = new StringJoiner(", ", "time by phase: ", "");
		seconds.forEach((name, s) -> line.add(String.format(Locale.ROOT, "%s %.1f s", name, s)));
		return line.toString();
	}

}
