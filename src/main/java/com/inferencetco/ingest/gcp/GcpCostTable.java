package com.inferencetco.ingest.gcp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.InputFile;
import com.inferencetco.ingest.csv.CsvRecordSource;

/**
 * The Google Cloud console's "cost table" CSV download: a few {@code key,value} preamble lines (billing account,
 * invoice month, currency...), a blank line, then the table. The preamble's values reach every record as
 * {@code preamble.<key>} fields.
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

	public static CsvRecordSource open(InputFile input) {
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
					throw TcoException.inputRejected(input.relativePath() + ": no cost table header within "
							+ MAX_PREAMBLE_LINES + " lines (expected a line with 'Service description' and 'SKU description')");
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
		return new CsvRecordSource(input, lines, preamble);
	}
}
