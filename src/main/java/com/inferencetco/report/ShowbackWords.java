package com.inferencetco.report;

import java.util.List;

import com.inferencetco.cost.Showback;

/**
 * How the showback was allocated, in one sentence the workbook and the PDF both print.
 */
public final class ShowbackWords {

	private ShowbackWords() {
	}

	public static String explanation(ReportModel model) {
		Showback s = model.showback();
		String c = model.currency();
		List<String> shared = s.workloads()
			.stream()
			.filter(Showback.Line::shared)
			.map(Showback.Line::workload)
			.toList();
		long receivers = s.workloads().stream().filter(l -> !l.shared()).count();
		String measure = switch (s.method()) {
			case COST -> "their own cost";
			case TOKENS -> "their tokens";
			case GPU_HOURS -> "their GPU-hours";
			case FIXED -> "the fixed shares of the assumptions";
		};
		String pool = shared.isEmpty() ? "The modelled costs (" + MoneyFormat.money(s.modelledCost(), c) + ")"
				: "The costs of the shared workloads (" + String.join(", ", shared) + ": "
						+ MoneyFormat.money(s.sharedCost(), c) + ") and the modelled costs ("
						+ MoneyFormat.money(s.modelledCost(), c) + ")";
		return pool + " are allocated to the " + receivers + " other workload" + (receivers == 1 ? "" : "s")
				+ " in proportion to " + measure + " (assumptions: allocation), in cents, so that the fully loaded "
				+ "costs add up to the TCO. Owners are the assumptions' owners; a workload without one is its own.";
	}

}
