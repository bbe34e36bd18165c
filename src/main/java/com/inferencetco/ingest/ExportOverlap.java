package com.inferencetco.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.aws.AwsCurFields;
import com.inferencetco.model.PreferredExport;
import com.inferencetco.model.SkippedInput;

/**
 * AWS bills one account through several exports: FOCUS and the Cost and Usage Report
 * (legacy or 2.0) can both be set up for the same payer account, and a finance team may
 * drop both into the folder. Each is a whole bill, so reading both doubles the month.
 * Files of different families that bill the same payer account for the same month are
 * found by reading their account and billing-period columns (only when both families are
 * present); the run stops naming both unless the assumptions' {@code preferExport} says
 * which stands for the account, and then the other file is skipped with a note, provided
 * it bills nothing the preferred one does not.
 */
final class ExportOverlap {

	private ExportOverlap() {
	}

	enum Family {

		FOCUS, CUR_LEGACY, CUR_2

	}

	static List<ExportFile> resolve(List<ExportFile> exports, PreferredExport preference, List<SkippedInput> skipped) {
		Map<ExportFile, Family> candidates = new LinkedHashMap<>();
		for (ExportFile export : exports) {
			Family family = family(export.format());
			if (family != null) {
				candidates.put(export, family);
			}
		}
		if (candidates.values().stream().distinct().count() < 2) {
			return exports;
		}
		// a month may come in several files of one family (split parts): they are
		// compared family against family
		Map<ExportFile, Set<String>> billed = new LinkedHashMap<>();
		Map<Family, Set<String>> byFamily = new EnumMap<>(Family.class);
		candidates.forEach((export, family) -> {
			billed.put(export, accountMonths(export, family));
			byFamily.computeIfAbsent(family, f -> new TreeSet<>()).addAll(billed.get(export));
		});
		List<ExportFile> dropped = new ArrayList<>();
		for (ExportFile a : candidates.keySet()) {
			for (ExportFile b : candidates.keySet()) {
				Family fa = candidates.get(a);
				Family fb = candidates.get(b);
				if (fa.ordinal() >= fb.ordinal() || dropped.contains(a) || dropped.contains(b)) {
					continue;
				}
				Set<String> common = new TreeSet<>(billed.get(a));
				common.retainAll(billed.get(b));
				if (common.isEmpty()) {
					continue;
				}
				ExportFile loser = loser(a, b, candidates, preference);
				ExportFile winner = loser == a ? b : a;
				if (loser == null || !byFamily.get(candidates.get(winner)).containsAll(billed.get(loser))) {
					throw refusal(a, b, common, loser != null);
				}
				dropped.add(loser);
				skipped.add(new SkippedInput(loser.relativePath(),
						"bills the same AWS account and month as " + winner.relativePath() + " (" + describe(common)
								+ "); preferExport: " + preference.id()
								+ " keeps that one, so the account is not billed twice"));
			}
		}
		return exports.stream().filter(e -> !dropped.contains(e)).toList();
	}

	private static ExportFile loser(ExportFile a, ExportFile b, Map<ExportFile, Family> families,
			PreferredExport preference) {
		boolean aFocus = families.get(a) == Family.FOCUS;
		boolean bFocus = families.get(b) == Family.FOCUS;
		if (aFocus == bFocus || preference == PreferredExport.NONE) {
			// CUR legacy against CUR 2.0, or no preference: the user chooses with
			// --ignore
			return null;
		}
		boolean keepFocus = preference == PreferredExport.FOCUS;
		return aFocus == keepFocus ? b : a;
	}

	private static TcoException refusal(ExportFile a, ExportFile b, Set<String> common, boolean partly) {
		return TcoException.inputRejected(a.relativePath() + " (" + a.format().id() + ") and " + b.relativePath() + " ("
				+ b.format().id() + ") both bill " + describe(common) + ": reading both would count that bill twice. "
				+ (partly ? "The preferred export does not cover every account and month of the other; "
						: "Choose one: ")
				+ "leave one out with --ignore '" + b.relativePath() + "'"
				+ (families(a, b) ? ", or set preferExport: focus or preferExport: cur in the assumptions" : ""));
	}

	private static boolean families(ExportFile a, ExportFile b) {
		return (family(a.format()) == Family.FOCUS) != (family(b.format()) == Family.FOCUS);
	}

	private static String describe(Set<String> accountMonths) {
		List<String> shown = accountMonths.stream().limit(3).map(k -> "account " + k.replace('|', ' ')).toList();
		return String.join(", ", shown)
				+ (accountMonths.size() > 3 ? " and " + (accountMonths.size() - 3) + " more" : "");
	}

	private static Family family(ExportFormat format) {
		return switch (format) {
			case FOCUS_1_0, FOCUS_1_1, FOCUS_1_2, FOCUS_1_3, FOCUS_1_4 -> Family.FOCUS;
			case AWS_CUR_LEGACY -> Family.CUR_LEGACY;
			case AWS_CUR_2 -> Family.CUR_2;
			default -> null;
		};
	}

	/**
	 * "payer account|YYYY-MM" for every row of the file billed to AWS (rows that do not
	 * parse are left to ingest).
	 */
	private static Set<String> accountMonths(ExportFile export, Family family) {
		Set<String> keys = new TreeSet<>();
		AwsCurFields cur = family == Family.CUR_LEGACY ? AwsCurFields.LEGACY : AwsCurFields.CUR_2;
		Set<String> columns = family == Family.FOCUS
				? Set.of("ServiceProviderName", "ProviderName", "Provider", "BillingAccountId", "BillingPeriodStart")
				: Set.of(cur.payerAccount(), cur.billingPeriodStart());
		try (RecordSource source = ExportReaders.open(export, columns)) {
			while (source.hasNext()) {
				SourceRecord row = source.next();
				String account;
				String periodColumn;
				if (family == Family.FOCUS) {
					String provider = firstOf(row, "ServiceProviderName", "ProviderName", "Provider");
					if (provider == null || !isAws(provider)) {
						continue;
					}
					account = row.get("BillingAccountId");
					periodColumn = "BillingPeriodStart";
				}
				else {
					account = row.get(cur.payerAccount());
					periodColumn = cur.billingPeriodStart();
				}
				String period = row.get(periodColumn);
				if (account == null || account.isBlank() || period == null || period.isBlank()) {
					continue;
				}
				try {
					keys.add(account.strip() + "|" + Values.writtenDay(row, periodColumn).toString().substring(0, 7));
				}
				catch (RuntimeException unreadable) {
					// the row is rejected with its reason when the file is read
				}
			}
		}
		return keys;
	}

	private static boolean isAws(String provider) {
		String p = provider.toLowerCase(Locale.ROOT);
		return p.contains("aws") || p.contains("amazon");
	}

	private static String firstOf(SourceRecord row, String... columns) {
		for (String column : columns) {
			String value = row.get(column);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
