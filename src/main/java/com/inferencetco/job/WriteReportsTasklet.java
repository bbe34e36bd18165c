package com.inferencetco.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.inferencetco.finance.UnknownNames;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.report.RejectsCsvWriter;
import com.inferencetco.report.ReportSet;
import com.inferencetco.report.ReportModel;
import com.inferencetco.report.ReportModelBuilder;
import com.inferencetco.report.excel.ExcelReportWriter;
import com.inferencetco.report.json.JsonSummaryWriter;
import com.inferencetco.report.pdf.PdfReportWriter;
import com.inferencetco.report.template.ReportTemplate;
import com.inferencetco.store.DetailLines;
import com.inferencetco.store.MonthHistory;
import com.inferencetco.store.ResourceMonthRow;
import com.inferencetco.store.RejectionQueries;

/**
 * Step 4: builds the report model once and renders it as JSON, workbook and PDF (plus the
 * rejects file when rows were rejected), published together as one set; for validate,
 * only the model.
 */
public class WriteReportsTasklet implements Tasklet {

	private final MonthRuns monthRuns;

	private final RejectionQueries rejections;

	private final DetailLines detailLines;

	private final ReportModelBuilder builder;

	private final ProgressReporter progress;

	private final BuiltReportModels built;

	private final MonthHistory history;

	public WriteReportsTasklet(RejectionQueries rejections, DetailLines detailLines, ReportModelBuilder builder,
			ProgressReporter progress, BuiltReportModels built, MonthHistory history, MonthRuns monthRuns) {
		this.monthRuns = monthRuns;
		this.history = history;
		this.rejections = rejections;
		this.detailLines = detailLines;
		this.builder = builder;
		this.progress = progress;
		this.built = built;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		var stepExecution = contribution.getStepExecution();
		long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		MonthRun run = monthRuns.of(stepExecution);
		BillingMonth month = run.month();
		Path outputDir = run.outputDir();
		progress.phases().lap("reconcile");
		ReportModel model = builder.build(runId, month, run.assumptions(), run.finance(),
				monthRuns.reconciliation(stepExecution));
		progress.phases().lap("report model");
		// a budget or a mapping for a workload the month does not have is a typo to name
		UnknownNames.check(model.showback(), earlierWorkloads(month), run.finance().read(), run.assumptions(),
				run.assumptionsFile());
		model.otherMonthFiles().forEach(f -> progress.say("not counted: " + f.words(month)));
		built.remember(runId, model);
		if (!run.writeReports()) {
			// validate: the month is checked as far as its model, nothing is written
			return RepeatStatus.FINISHED;
		}
		// the Detail sheet's rows are summed from every stored line on another core while
		// the JSON and the workbook's other sheets are written (its sheet comes last)
		CompletableFuture<List<ResourceMonthRow>> detailRows = CompletableFuture.supplyAsync(() -> {
			List<ResourceMonthRow> rows = new ArrayList<>();
			detailLines.byResource(runId, model.conversion().currency(), model.conversion()::rate, rows::add);
			return rows;
		}, task -> onNewThread(task, "sum the Detail sheet"));
		HistoryRecorder.record(history, runId, model);
		String base = "tco-" + month;
		try (ReportSet reports = ReportSet.begin(outputDir, base)) {
			writeSet(reports, base, run, runId, model, detailRows);
			reports.publish();
		}
		progress.say(progress.phases().toString());
		return RepeatStatus.FINISHED;
	}

	/** The workloads of the months on record before this one (idle now, not typos). */
	private Set<String> earlierWorkloads(BillingMonth month) {
		return history.workloadsBefore(month.toString())
			.stream()
			.map(MonthHistory.WorkloadMonth::workload)
			.collect(Collectors.toSet());
	}

	/**
	 * The month's reports into one set, published together: JSON, PDF (drawn on another
	 * core), workbook, then the detail and rejects files.
	 */
	private void writeSet(ReportSet reports, String base, MonthRun run, long runId, ReportModel model,
			CompletableFuture<List<ResourceMonthRow>> detailRows) throws IOException {
		reports.write(base + ".json", out -> JsonSummaryWriter.write(model, out));
		progress.say("writing " + base + ".xlsx and " + base + ".pdf");
		ReportTemplate template = (run.template() == null ? ReportTemplate.builtIn()
				: ReportTemplate.from(run.template()))
			.naming(run.assumptions().choices().companyName());
		String paper = run.paper();
		// the PDF needs only the model: it is drawn on another core while the workbook
		// streams the detail rows
		CompletableFuture<Void> pdf = CompletableFuture.runAsync(() -> {
			try {
				long started = System.nanoTime();
				reports.write(base + ".pdf", out -> PdfReportWriter.write(model, template, paper, out));
				progress.phases().beside("PDF (beside the workbook)", (System.nanoTime() - started) / 1e9);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, task -> onNewThread(task, "write PDF"));
		try {
			reports.write(base + ".xlsx", out -> ExcelReportWriter.write(model,
					consumer -> joined(detailRows).forEach(consumer), template, out));
		}
		finally {
			await(pdf);
		}
		progress.phases().lap("JSON and workbook");
		if (run.detailCsv()) {
			writeDetailCsv(reports, base, runId, model);
			progress.phases().lap("detail CSV");
		}
		String rejects = base + "-rejects.csv";
		if (model.rejectedRows() > 0) {
			reports.write(rejects, out -> RejectsCsvWriter.write(rejections, runId, out));
		}
		else {
			// A rerun that rejects nothing must not leave the previous run's rejects next
			// to the new reports.
			reports.remove(rejects);
		}
	}

	/**
	 * Every stored line as CSV; gzip past {@link #GZIP_DETAIL_FROM} lines (a large
	 * month's detail is hundreds of megabytes as text). The other form, left by an
	 * earlier run of the month, is removed.
	 */
	private void writeDetailCsv(ReportSet reports, String base, long runId, ReportModel model) throws IOException {
		boolean gzip = detailLines.count(runId) > GZIP_DETAIL_FROM;
		String detail = base + "-detail.csv" + (gzip ? ".gz" : "");
		progress.say("writing " + detail);
		reports.write(detail, out -> {
			if (!gzip) {
				RejectsCsvWriter.writeDetail(detailLines, runId, model.conversion(), out);
				return;
			}
			try (var zipped = new GZIPOutputStream(out, 1 << 16)) {
				RejectsCsvWriter.writeDetail(detailLines, runId, model.conversion(), zipped);
			}
		});
		reports.remove(base + "-detail.csv" + (gzip ? "" : ".gz"));
	}

	/** Stored lines from which the detail CSV is written gzip-compressed. */
	static final long GZIP_DETAIL_FROM = 100_000;

	private static void onNewThread(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void await(CompletableFuture<Void> pdf) throws IOException {
		try {
			joined(pdf);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** The work's result, or the exception it failed with as it was thrown. */
	private static <T> T joined(CompletableFuture<T> work) {
		try {
			return work.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

}
