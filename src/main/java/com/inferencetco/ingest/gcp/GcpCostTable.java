package com.inferencetco.ingest.gcp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.RecordSource;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.csv.CsvRecordSource;

/**
 * The Google Cloud console's "cost table" CSV download: a few {@code key,value} preamble
 * lines (billing account, invoice month, currency...), a blank line, then the table. The
 * preamble's values reach every record as {@code preamble.<key>} fields. The preamble
 * states the invoice total: a table whose rows do not add up to it was cut short (a
 * download interrupted, a copy that lost its last lines) and is refused, never
 * half-counted.
 */
public final class GcpCostTable {

	private static final int MAX_PREAMBLE_LINES = 50;

	private GcpCostTable() {
	}

	public static boolean isPreamble(String firstLine) {
		return (firstLine.startsWith("Billing account ID,") || firstLine.startsWith("Invoice month,")
				|| firstLine.startsWith("Billing account name,") || firstLine.startsWith("Invoice number,"))
				&& !firstLine.contains("SKU description");
	}

	public static RecordSource open(InputFile input) {
		Map<String, String> preamble = new LinkedHashMap<>();
		int lines = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String clean = line.replace("\uFEFF", "");
				if (clean.contains("SKU description") || clean.contains("Service description")) {
					break;
				}
				if (++lines > MAX_PREAMBLE_LINES) {
					throw TcoException
						.inputRejected(input.relativePath() + ": no cost table header within " + MAX_PREAMBLE_LINES
								+ " lines (expected a line with 'Service description' and 'SKU description')");
				}
				int comma = clean.indexOf(',');
				if (comma > 0) {
					preamble.put("preamble." + clean.substring(0, comma).strip(),
							clean.substring(comma + 1).replace("\"", "").strip());
				}
			}
		}
		catch (IOException ex) {
			throw TcoException.inputRejected(input.relativePath() + ": cannot read the file: " + ex.getMessage(), ex);
		}
		String total = preamble.get("preamble.Invoice total");
		if (total == null) {
			throw TcoException.inputRejected(input.relativePath() + ": no 'Invoice total' line before the cost table; "
					+ "expected the console's complete download (its preamble states the invoice total)");
		}
		BigDecimal invoiceTotal;
		try {
			invoiceTotal = new BigDecimal(total.replace(",", "").strip());
		}
		catch (NumberFormatException ex) {
			throw TcoException.inputRejected(
					input.relativePath() + ": the 'Invoice total' line reads '" + total + "'; expected an amount");
		}
		return new TotalChecked(new CsvRecordSource(input, lines, preamble), invoiceTotal, input.relativePath());
	}

	/**
	 * Adds up the rows' costs as they are read and compares the sum with the invoice
	 * total at the end.
	 */
	private static final class TotalChecked implements RecordSource {

		private static final BigDecimal CENT = new BigDecimal("0.01");

		private final RecordSource rows;

		private final BigDecimal invoiceTotal;

		private final String file;

		private BigDecimal sum = BigDecimal.ZERO;

		private boolean checked;

		TotalChecked(RecordSource rows, BigDecimal invoiceTotal, String file) {
			this.rows = rows;
			this.invoiceTotal = invoiceTotal;
			this.file = file;
		}

		@Override
		public boolean hasNext() {
			boolean more = rows.hasNext();
			if (!more && !checked) {
				checked = true;
				// the total is the sum of unrounded costs, rounded: a cent of tolerance
				if (sum.subtract(invoiceTotal).abs().compareTo(CENT) > 0) {
					throw TcoException.inputRejected(file + ": the rows' costs add up to " + sum.toPlainString()
							+ ", but the preamble's Invoice total is " + invoiceTotal.toPlainString()
							+ ": the table is incomplete (cut short, or rows unreadable); expected the complete download");
				}
			}
			return more;
		}

		@Override
		public SourceRecord next() {
			SourceRecord row = rows.next();
			BigDecimal cost = GcpCostTableNormalizer.costOrNull(row);
			if (cost != null) {
				sum = sum.add(cost);
			}
			return row;
		}

		@Override
		public void close() {
			rows.close();
		}

	}

}
