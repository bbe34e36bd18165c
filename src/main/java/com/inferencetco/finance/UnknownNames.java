package com.inferencetco.finance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.inferencetco.TcoException;
import com.inferencetco.cost.Showback;
import com.inferencetco.cost.TcoAssumptions;

/**
 * Names a user typed that must be a workload or an owner of the month: the budgets, the
 * business metrics, and the assumptions' {@code owners} and {@code displayNames}. One
 * that matches none is a mistake to name (exit 2, with its file, line and the closest
 * names), never a budget shown at −100 % beside the real workload's overrun, or a mapping
 * that silently does nothing.
 */
public final class UnknownNames {

	private UnknownNames() {
	}

	/**
	 * Refuses the month's finance files and assumptions when a name in them matches no
	 * workload or owner of the month.
	 * @param assumptionsFile the assumptions file, or null for the built-in defaults
	 */
	public static void check(Showback showback, Set<String> earlierWorkloads, FinanceInputs.Parsed finance,
			TcoAssumptions assumptions, Path assumptionsFile) {
		Set<String> workloads = showback.workloads()
			.stream()
			.map(Showback.Line::workload)
			.collect(Collectors.toCollection(TreeSet::new));
		// a workload of an earlier month is no typo: it may be idle this month
		Set<String> everKnown = new TreeSet<>(workloads);
		everKnown.addAll(earlierWorkloads);
		Set<String> owners = showback.owners()
			.stream()
			.map(Showback.Owner::owner)
			.collect(Collectors.toCollection(TreeSet::new));
		List<String> problems = new ArrayList<>();
		for (FinanceInputs.Budget b : finance.budgets()) {
			boolean workload = b.scope() == FinanceInputs.Scope.WORKLOAD;
			unknown(b.where() + ", column '" + (workload ? "workload" : "owner") + "'", b.name(),
					workload ? "workload" : "owner", workload ? everKnown : owners, workload ? workloads : owners,
					problems);
		}
		for (FinanceInputs.BusinessMetric m : finance.metrics()) {
			unknown(m.where() + ", column 'workload'", m.workload(), "workload", everKnown, workloads, problems);
		}
		if (assumptionsFile != null) {
			List<String> lines = lines(assumptionsFile);
			keys(assumptionsFile, lines, "owners", assumptions.allocation().owners(), everKnown, workloads, problems);
			keys(assumptionsFile, lines, "displayNames", assumptions.choices().displayNames(), everKnown, workloads,
					problems);
		}
		if (!problems.isEmpty()) {
			throw TcoException.usage(String.join("\n", problems));
		}
	}

	private static void keys(Path file, List<String> lines, String key, Map<String, String> map, Set<String> known,
			Set<String> suggested, List<String> problems) {
		for (String name : map.keySet()) {
			unknown(file + ": line " + lineOf(lines, key, name) + ", key '" + key + "'", name, "workload", known,
					suggested, problems);
		}
	}

	/**
	 * A problem when the name is not known; the suggestions come from the month's names.
	 */
	private static void unknown(String where, String name, String kind, Set<String> known, Set<String> suggested,
			List<String> problems) {
		if (known.contains(name)) {
			return;
		}
		List<String> closest = closest(name, suggested);
		problems.add(where + ": '" + name + "' matches no " + kind + " of the month"
				+ (kind.equals("workload") ? " or of an earlier month on record" : "") + "; "
				+ (closest.isEmpty() ? "the month's " + kind + "s are " + sample(suggested)
						: "did you mean " + String.join(" or ", closest) + "?"));
	}

	/** Up to three names within a few edits of the one given, nearest first. */
	static List<String> closest(String name, Set<String> known) {
		String n = name.toLowerCase(Locale.ROOT);
		int limit = Math.max(2, n.length() / 3);
		return known.stream()
			.filter(k -> distance(n, k.toLowerCase(Locale.ROOT)) <= limit)
			.sorted(Comparator.comparingInt((String k) -> distance(n, k.toLowerCase(Locale.ROOT)))
				.thenComparing(Comparator.naturalOrder()))
			.limit(3)
			.toList();
	}

	private static String sample(Set<String> known) {
		if (known.isEmpty()) {
			return "none";
		}
		List<String> first = known.stream().limit(8).toList();
		return String.join(", ", first) + (known.size() > first.size() ? " and " + (known.size() - 8) + " more" : "");
	}

	/** Levenshtein distance: insertions, deletions and substitutions. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/**
	 * The line where the name stands as a key ("name:") under the top-level key, or "?"
	 * when not found.
	 */
	private static String lineOf(List<String> lines, String topKey, String name) {
		Pattern top = Pattern.compile("^[\"']?" + Pattern.quote(topKey) + "[\"']?\\s*:");
		Pattern key = Pattern.compile("(^|[\\s{,])[\"']?" + Pattern.quote(name) + "[\"']?\\s*:");
		int from = 0;
		while (from < lines.size() && !top.matcher(lines.get(from)).find()) {
			from++;
		}
		for (int i = from; i < lines.size(); i++) {
			String rest = i == from ? lines.get(i).substring(lines.get(i).indexOf(':') + 1) : lines.get(i);
			if (key.matcher(rest).find()) {
				return String.valueOf(i + 1);
			}
		}
		return "?";
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw TcoException.usage(file + ": cannot read the assumptions file: " + ex.getMessage());
		}
	}

}
