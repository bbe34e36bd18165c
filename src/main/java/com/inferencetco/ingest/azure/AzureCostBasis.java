package com.inferencetco.ingest.azure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.inferencetco.ingest.ExportFile;
import com.inferencetco.ingest.ExportFormat;
import com.inferencetco.ingest.ExportReaders;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.ingest.SourceRecord;

/**
 * Azure exports the same columns as "actual cost" and "amortized cost"; loading both sums
 * reservations twice. An export whose name says amortized is the amortized view of its
 * billing account when an actual export of that account is present too; then the actual
 * export alone is the invoice. Alone, an amortized export is read as the bill (it is all
 * the user has).
 */
public final class AzureCostBasis {

	private AzureCostBasis() {
	}

	public static List<ExportFile> markAmortizedCompanions(List<ExportFile> exports) {
		List<ExportFile> result = new ArrayList<>(exports.size());
		for (ExportFile export : exports) {
			if (isAzure(export) && isAmortizedByName(export)) {
				String account = billingAccount(export);
				boolean hasActual = exports.stream()
					.anyMatch(other -> other != export && other.format() == export.format() && !isAmortizedByName(other)
							&& account.equals(billingAccount(other)));
				if (hasActual) {
					ExportFormat companion = export.format() == ExportFormat.AZURE_EA ? ExportFormat.AZURE_EA_AMORTIZED
							: ExportFormat.AZURE_MCA_AMORTIZED;
					result.add(new ExportFile(export.input(), companion));
					continue;
				}
			}
			result.add(export);
		}
		return result;
	}

	private static boolean isAzure(ExportFile export) {
		return export.format() == ExportFormat.AZURE_EA || export.format() == ExportFormat.AZURE_MCA;
	}

	private static boolean isAmortizedByName(ExportFile export) {
		return export.relativePath().toLowerCase(Locale.ROOT).contains("amortized");
	}

	/** The billing account of the export's first row ("" when the file has none). */
	private static String billingAccount(ExportFile export) {
		try (RecordSource source = ExportReaders.open(export, Set.of("BillingAccountId"))) {
			if (!source.hasNext()) {
				return "";
			}
			SourceRecord first = source.next();
			String account = first.get("BillingAccountId");
			return account == null ? "" : account;
		}
	}

}
