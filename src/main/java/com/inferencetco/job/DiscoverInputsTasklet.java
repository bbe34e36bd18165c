package com.inferencetco.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.Discovery;
import com.inferencetco.ingest.ExportFile;
import com.inferencetco.ingest.InputDiscovery;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.store.InvoiceChecks;
import com.inferencetco.store.RunRepository;
import com.inferencetco.store.SkippedInputs;

/**
 * Step 1: finds the exports below the input folder, detects each one's format (a file of
 * no supported format stops the run with exit 3) and records them with their SHA-256 for
 * the audit trail.
 */
public class DiscoverInputsTasklet implements Tasklet {

	private final MonthRuns monthRuns;

	private final RunRepository store;

	private final SkippedInputs skippedInputs;

	private final InvoiceChecks invoiceChecks;

	private final ProgressReporter progress;

	public DiscoverInputsTasklet(RunRepository store, SkippedInputs skippedInputs, InvoiceChecks invoiceChecks,
			ProgressReporter progress, MonthRuns monthRuns) {
		this.monthRuns = monthRuns;
		this.store = store;
		this.skippedInputs = skippedInputs;
		this.invoiceChecks = invoiceChecks;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		var stepExecution = contribution.getStepExecution();
		long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		MonthRun run = monthRuns.of(stepExecution);
		Path inputDir = run.inputDir();
		Discovery discovery = InputDiscovery.detectAll(inputDir, run.ignoreGlobs(),
				run.assumptions().attribution().preferExport());
		List<ExportFile> files = discovery.exports();
		if (files.isEmpty()) {
			throw TcoException
				.inputRejected(inputDir + ": no export files found (expected .csv, .csv.gz, .json, .parquet or "
						+ ".json.gz files below the input folder)");
		}
		store.deleteRun(runId);
		skippedInputs.replace(runId, discovery.skipped());
		invoiceChecks.replace(runId, discovery.invoices());
		discovery.skipped().forEach(s -> progress.say("skipped " + s.file() + ": " + s.reason()));
		String month = run.month().toString();
		for (int i = 0; i < files.size(); i++) {
			ExportFile file = files.get(i);
			InputFile input = file.input();
			String digest;
			try {
				digest = sha256(input);
			}
			catch (IOException ex) {
				throw TcoException.inputRejected(file.relativePath() + ": cannot read the file: " + ex.getMessage(),
						ex);
			}
			store.insertInputFile(runId, i, month, file.relativePath(), file.format().id(), digest, input.size(),
					InputDiscovery.relativePath(inputDir, input.path()), input.entry());
			progress.say("found " + file.relativePath() + " (" + file.format().id() + ")");
		}
		return RepeatStatus.FINISHED;
	}

	static String sha256(InputFile input) throws IOException {
		try (InputStream in = new DigestInputStream(input.openRaw(), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
