package com.inferencetco.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * What a run used: wall time, the peak of the heap in use (taken before each garbage
 * collection, where it peaks) against its limit, and the peak resident memory of the
 * process. Printed at the end of a run so that whoever sizes the machine or the cron
 * job's -Xmx sees what the month needed.
 */
final class ResourceUsage implements AutoCloseable {

	private final long startedAt = System.nanoTime();

	private final AtomicLong peakHeap = new AtomicLong();

	/**
	 * The most the heap held right after a collection: what the run really kept, whatever
	 * the heap's size.
	 */
	private final AtomicLong peakLive = new AtomicLong();

	private final NotificationListener listener = (notification, handback) -> {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
			sawHeap(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
			peakLive.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
		}
	};

	private ResourceUsage() {
	}

	static ResourceUsage start() {
		ResourceUsage usage = new ResourceUsage();
		for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(usage.listener, null, null);
			}
		}
		return usage;
	}

	/**
	 * Stops listening to the collectors (the same JVM may run several commands, as the
	 * tests do).
	 */
	@Override
	public void close() {
		for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				try {
					emitter.removeNotificationListener(listener);
				}
				catch (ListenerNotFoundException ex) {
					// not registered with this collector
				}
			}
		}
	}

	private void sawHeap(long used) {
		peakHeap.accumulateAndGet(used, Math::max);
	}

	/**
	 * One line: wall time, peak heap of its limit, peak live heap, peak resident memory
	 * (where the system tells it).
	 */
	String summary() {
		long now = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				now += pool.getUsage().getUsed();
			}
		}
		sawHeap(now);
		long max = Runtime.getRuntime().maxMemory();
		long rss = peakResidentKilobytes();
		return String.format(Locale.ROOT, "%.1f s, peak heap %d MB of %d MB (at most %d MB live after a collection)%s",
				(System.nanoTime() - startedAt) / 1e9, peakHeap.get() >> 20, max >> 20, peakLive.get() >> 20,
				rss > 0 ? ", peak memory (RSS) " + (rss >> 10) + " MB" : "");
	}

	private static long heapUsed(Map<String, MemoryUsage> pools) {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			MemoryUsage usage = pools.get(pool.getName());
			if (pool.getType() == MemoryType.HEAP && usage != null) {
				used += usage.getUsed();
			}
		}
		return used;
	}

	/** VmHWM of /proc/self/status on Linux; 0 elsewhere. */
	private static long peakResidentKilobytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux, or no procfs: leave it out
		}
		return 0;
	}

}
