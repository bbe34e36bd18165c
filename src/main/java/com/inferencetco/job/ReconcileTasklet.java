package com.inferencetco.job;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.inferencetco.TcoException;
import com.inferencetco.cost.Parameter;
import com.inferencetco.cost.TcoAssumptions;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.reconcile.InputFileSummary;
import com.inferencetco.reconcile.InputLedger;
import com.inferencetco.reconcile.Reconciliation;
import com.inferencetco.store.IngestBlockStore;
import com.inferencetco.store.RecordQueries;
import com.inferencetco.store.RejectionQueries;
import com.inferencetco.store.RunRepository;

/**
 * Step 3: every file must balance to the cent (invoiced cost read = normalized +
 * rejected, and the stored records hold the normalized cost), and the inputs must share
 * one currency. Otherwise the run stops with exit 3 before any report is written.
 */
public class ReconcileTasklet implements Tasklet {

	private final MonthRuns monthRuns;

	private final RunRepository store;

	private final RecordQueries records;

	private final RejectionQueries rejections;

	private final IngestBlockStore blocks;

	public ReconcileTasklet(RunRepository store, RecordQueries records, RejectionQueries rejections,
			IngestBlockStore blocks, MonthRuns monthRuns) {
		this.monthRuns = monthRuns;
		this.store = store;
		this.records = records;
		this.rejections = rejections;
		this.blocks = blocks;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var stepExecution = contribution.getStepExecution();
		long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		// every file is read and merged: the parts of its blocks are no longer needed
		blocks.dropMergedParts(runId);
		MonthRun run = monthRuns.of(stepExecution);
		InputsUnchanged.check(run.inputDir(), store.inputFiles(runId));
		TcoAssumptions assumptions = run.assumptions();
		Reconciliation reconciliation = Reconciliation.of(store, records, runId, assumptions, run.month());
		monthRuns.reconciled(stepExecution, reconciliation);
		InputLedger ledger = reconciliation.ledger();
		for (InputFileSummary file : ledger.files()) {
			if (!file.balanced()) {
				throw TcoException.inputRejected(file.file() + ": reconciliation does not balance: read "
						+ file.sourceCost().toPlainString() + " " + file.sourceCurrency() + ", normalized "
						+ file.normalizedCost().toPlainString() + ", rejected " + file.rejectedCost().toPlainString()
						+ ", stored " + file.storedCost().toPlainString() + " (expected read = normalized + rejected)");
			}
		}
		// Too many faulty rows make a plausible but wrong total: stop instead (rows
		// outside the month are filtered).
		BigDecimal limit = assumptions.value(Parameter.MAX_REJECTED_SHARE);
		var inputs = store.inputFiles(runId);
		List<String> faultyFiles = new ArrayList<>();
		for (RejectionQueries.FaultyRows faulty : rejections.faultyRows(runId)) {
			var file = inputs.stream().filter(f -> f.fileIndex() == faulty.fileIndex()).findFirst().orElseThrow();
			faultyFiles.add(file.relativePath() + ": " + faulty.rows() + " of " + file.rowsRead() + " rows, first: "
					+ faulty.firstReason());
			long rejected = faulty.rows();
			if (rejected >= MIN_REJECTED_FOR_LIMIT && BigDecimal.valueOf(rejected)
				.compareTo(limit.multiply(BigDecimal.valueOf(file.rowsRead()))) > 0) {
				throw TcoException.inputRejected(file.relativePath() + ": " + rejected + " of " + file.rowsRead()
						+ " rows rejected, more than the limit of "
						+ limit.movePointRight(2).stripTrailingZeros().toPlainString()
						+ " % (maxRejectedShare); first reason: " + faulty.firstReason());
			}
		}
		BillingMonth month = run.month();
		if (!run.allowEmptyMonth() && !store.hasBilledLines(runId)) {
			// the rows that could have been the bill say why they were not
			String why = faultyFiles.isEmpty() ? ""
					: "; rejected rows: " + String.join("; ", faultyFiles.subList(0, Math.min(3, faultyFiles.size())));
			throw TcoException.inputRejected(noBill(month, rejections.monthsBilledOutside(runId)) + why);
		}
		return RepeatStatus.FINISHED;
	}

	/**
	 * Why a month without a bill of its own is refused: a report of it would show only
	 * the modelled costs, a total that cron and CI could not tell from a real month (run
	 * on October's exports with --month 2026-09, say).
	 */
	static String noBill(BillingMonth month, Map<String, Long> billedIn) {
		String found = billedIn.isEmpty()
				? "no invoiced row of any month was read from the inputs (usage exports "
						+ "and telemetry make no bill, and rejected rows count for none)"
				: "the exports are billed in " + billedIn.entrySet()
					.stream()
					.map(e -> e.getKey() + String.format(Locale.ROOT, " (%,d rows)", e.getValue()))
					.collect(Collectors.joining(", "));
		String run = billedIn.isEmpty() ? "" : "run with --month " + billedIn.keySet().iterator().next() + ", or ";
		return "no invoiced row is billed in " + month + ": " + found + "; " + run + "add --allow-empty-month to "
				+ "report " + month + " as a month without a bill (a company that serves only on servers it owns has "
				+ "none: its costs are the owned servers of the assumptions, onPremServersOwned)";
	}

	/**
	 * Below this many faulty rows a file is never stopped: a handful of bad lines is
	 * reported, not fatal.
	 */
	static final long MIN_REJECTED_FOR_LIMIT = 5;

}
