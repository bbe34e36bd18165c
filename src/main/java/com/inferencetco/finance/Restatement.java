package com.inferencetco.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A month reported again (bills are final days after the month ends): what changed
 * against the run that stood for the month before, file by file, and the difference it
 * makes. Both runs are costed by the engine under this run's assumptions, so the
 * difference is the exports', not the model's.
 *
 * @param previousRunCompletedAt when the run this one replaces completed
 * @param files the files added, removed or changed (by content), in path order; empty
 * when the exports are the same
 * @param earlier the month's restatements published before this run, oldest first
 */
public record Restatement(Instant previousRunCompletedAt, BigDecimal previousCost, BigDecimal cost,
		BigDecimal costChange, BigDecimal previousTco, BigDecimal tco, BigDecimal tcoChange, List<FileChange> files,
		List<Earlier> earlier) {

	/** How a file differs from the previous run's. */
	public enum Change {

		ADDED("added"), REMOVED("removed"), CHANGED("changed");

		private final String id;

		Change(String id) {
			this.id = id;
		}

		public String id() {
			return id;
		}

	}

	/**
	 * One input file as a run read it: its content's hash and its invoiced cost (null for
	 * usage and telemetry).
	 */
	public record FileState(String file, String sha256, BigDecimal sourceCost, String sourceCurrency) {
	}

	/**
	 * A file that differs; its costs are the invoiced cost each run read from it, in its
	 * own currency, null for a file that carries no cost or was not there.
	 */
	public record FileChange(String file, Change change, String currency, BigDecimal previousCost, BigDecimal cost) {
	}

	/** An earlier restatement of the month, as kept in the history. */
	public record Earlier(Instant restatedAt, BigDecimal costChange, BigDecimal tcoChange, int filesAdded,
			int filesRemoved, int filesChanged) {
	}

	/**
	 * The restatement of a month from the previous run's files and costs to this run's.
	 */
	public static Restatement between(Instant previousRunCompletedAt, List<FileState> previousFiles,
			BigDecimal previousCost, BigDecimal previousTco, List<FileState> files, BigDecimal cost, BigDecimal tco,
			List<Earlier> earlier) {
		Map<String, FileState> before = byPath(previousFiles);
		Map<String, FileState> now = byPath(files);
		List<FileChange> changes = new ArrayList<>();
		for (FileState file : now.values()) {
			FileState old = before.get(file.file());
			if (old == null) {
				changes.add(new FileChange(file.file(), Change.ADDED, file.sourceCurrency(), null, file.sourceCost()));
			}
			else if (!old.sha256().equals(file.sha256())) {
				changes.add(new FileChange(file.file(), Change.CHANGED,
						Objects.requireNonNullElse(file.sourceCurrency(), old.sourceCurrency()), old.sourceCost(),
						file.sourceCost()));
			}
		}
		for (FileState old : before.values()) {
			if (!now.containsKey(old.file())) {
				changes.add(new FileChange(old.file(), Change.REMOVED, old.sourceCurrency(), old.sourceCost(), null));
			}
		}
		changes.sort(Comparator.comparing(FileChange::file));
		return new Restatement(previousRunCompletedAt, previousCost, cost, cost.subtract(previousCost), previousTco,
				tco, tco.subtract(previousTco), List.copyOf(changes), List.copyOf(earlier));
	}

	public long count(Change change) {
		return files.stream().filter(f -> f.change() == change).count();
	}

	/**
	 * Whether the rerun read the same exports as the run before it (a rerun, not a
	 * restatement).
	 */
	public boolean sameExports() {
		return files.isEmpty();
	}

	private static Map<String, FileState> byPath(List<FileState> files) {
		Map<String, FileState> byPath = new LinkedHashMap<>();
		files.forEach(f -> byPath.put(f.file(), f));
		return byPath;
	}
}
