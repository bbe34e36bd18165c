package com.inferencetco.report.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.inferencetco.cost.DecidingDefault;
import com.inferencetco.cost.WorkloadAnalysis;
import com.inferencetco.model.OtherMonthFile;
import com.inferencetco.report.ReportModel;

/**
 * What a reader of page 1 must know before trusting it: money not counted (files of
 * another month, rejected rows, files not read), decisions waiting for a measurement, and
 * actions that rest on built-in defaults. Plain words, never parameter keys.
 */
final class PageOneWarnings {

	private PageOneWarnings() {
	}

	static List<String> of(ReportModel model) {
		List<String> warnings = new ArrayList<>();
		if (!model.balanced()) {
			warnings.add("The reconciliation does NOT balance: see the data-quality page before using these figures.");
		}
		long otherMonthRows = 0;
		for (OtherMonthFile f : model.otherMonthFiles()) {
			warnings.add(f.words(model.month()) + ".");
			otherMonthRows += f.rowsByMonth().values().stream().mapToLong(Long::longValue).sum();
		}
		long rejected = model.rejectedRows() - otherMonthRows;
		if (rejected > 0) {
			warnings.add(String.format(Locale.ROOT, "%,d rows were rejected and are not counted: ", rejected)
					+ "the rejects file and the data-quality page say which and why.");
		}
		if (!model.skippedInputs().isEmpty()) {
			warnings.add(model.skippedInputs().size() + " file(s) of the input folder were not read (listed with "
					+ "the reason on the data-quality page).");
		}
		long toMeasure = model.workloads().stream().filter(w -> w.decision().missing() != null).count();
		if (toMeasure > 0) {
			warnings.add(toMeasure + " workload(s) cannot be decided without a measurement: \"To measure next "
					+ "month\" names the figure and the threshold it must pass.");
		}
		for (WorkloadAnalysis w : model.decidedWorkloads().toList()) {
			List<DecidingDefault> deciding = w.decision().decidingDefaults();
			if (!deciding.isEmpty()) {
				List<String> names = deciding.stream().map(d -> label(model, d)).distinct().toList();
				warnings.add(model.displayName(w.name()) + ": the action rests on " + names.size()
						+ " built-in default(s) that change it within a factor of two (" + String.join(", ", names)
						+ "): set yours in the assumptions; \"Decisions in detail\" gives the values that flip it.");
			}
		}
		return warnings;
	}

	/** "Serverless price per million 0.90 (changes to keep-dedicated at 1.80)". */
	static String deciding(ReportModel model, List<DecidingDefault> defaults) {
		List<String> words = new ArrayList<>();
		for (DecidingDefault d : defaults) {
			words.add(label(model, d) + " " + plain(d.value()) + " (the action changes to " + d.flipsTo().id() + " at "
					+ plain(d.flipsAt()) + ")");
		}
		return String.join("; ", words);
	}

	/** The parameter in words ("engineering FTE"), never its key. */
	private static String label(ReportModel model, DecidingDefault d) {
		return model.assumptions()
			.stream()
			.filter(a -> a.key().equals(d.parameter()))
			.findFirst()
			.map(a -> a.label().toLowerCase(Locale.ROOT))
			.orElse(d.parameter());
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
