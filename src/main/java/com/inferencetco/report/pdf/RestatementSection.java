package com.inferencetco.report.pdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;

import com.inferencetco.finance.Restatement;
import com.inferencetco.report.MoneyFormat;
import com.inferencetco.report.ReportModel;

/**
 * The restatement of a month reported again: the difference and the files behind it, and
 * earlier restatements.
 */
final class RestatementSection {

	private RestatementSection() {
	}

	static void addTo(Document document, PdfReportWriter pdf, ReportModel model, FinanceTables tables) {
		Restatement r = model.restatement();
		if (r == null) {
			return;
		}
		pdf.heading(document, "Restated: this month was reported before");
		document.add(new Paragraph(summary(r, model.currency(), tables) + " Both runs are costed by this run's "
				+ "assumptions, so the difference is the exports'.", pdf.body));
		if (!r.files().isEmpty()) {
			document.add(tables.restatedFiles());
			if (r.files().size() > FinanceTables.LARGEST) {
				document.add(new Paragraph((r.files().size() - FinanceTables.LARGEST)
						+ " more file(s) on the workbook's Restatement sheet.", pdf.body));
			}
		}
		for (Restatement.Earlier e : r.earlier()) {
			document.add(new Paragraph("Restated before on " + when(e.restatedAt()) + ": invoiced cost "
					+ tables.signed(e.costChange()) + ", TCO " + tables.signed(e.tcoChange()) + " (" + e.filesAdded()
					+ " added, " + e.filesRemoved() + " removed, " + e.filesChanged() + " changed).", pdf.body));
		}
	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** When a run completed, to the minute. */
	static String when(Instant instant) {
		return WHEN.format(instant);
	}

	/** The restatement in one sentence, as page 1 and the finance page say it. */
	static String summary(Restatement r, String currency, FinanceTables tables) {
		if (r.sameExports() && r.tcoChange().signum() == 0) {
			return "A rerun of the same exports as the run of " + when(r.previousRunCompletedAt())
					+ ": nothing changed.";
		}
		if (r.sameExports()) {
			return "A rerun of the same exports as the run of " + when(r.previousRunCompletedAt())
					+ ": changed assumptions moved the TCO by " + tables.signed(r.tcoChange()) + ".";
		}
		return "Against the previous run (" + when(r.previousRunCompletedAt()) + "): "
				+ r.count(Restatement.Change.ADDED) + " file(s) added, " + r.count(Restatement.Change.REMOVED)
				+ " removed, " + r.count(Restatement.Change.CHANGED) + " changed; invoiced cost "
				+ tables.signed(r.costChange()) + " (was " + MoneyFormat.money(r.previousCost(), currency) + "), TCO "
				+ tables.signed(r.tcoChange()) + ".";
	}

}
