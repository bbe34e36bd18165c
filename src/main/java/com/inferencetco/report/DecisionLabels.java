package com.inferencetco.report;

/**
 * The words every report labels a decision's figures with: page 1, the PDF's workloads
 * table and the workbook's Workloads and Showback sheets use them unchanged, so a reader
 * finds the same figure under the same name everywhere. The decision compares only the
 * cost that moves with it (a workload's GPUs or API tokens and the fixed costs of
 * self-hosting it carries), not its fully loaded cost.
 */
public final class DecisionLabels {

	public static final String TODAY = "Cost that moves with the decision";

	public static final String AFTER = "Cost after the decision";

	public static final String SAVING = "Monthly saving";

	private DecisionLabels() {
	}

}
