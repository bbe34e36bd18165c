package com.inferencetco.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.inferencetco.store.DetailLines;
import com.inferencetco.store.RejectionQueries;

/**
 * Writes {@code tco-YYYY-MM-rejects.csv}: every rejected row with its file, line, column,
 * reason and cost. Text from the inputs is escaped as OWASP recommends against CSV
 * injection: a cell starting with = + - @ tab or carriage return gets a leading
 * apostrophe, so a spreadsheet shows it instead of running it.
 */
public final class RejectsCsvWriter {

	private RejectsCsvWriter() {
	}

	public static void write(RejectionQueries store, long runId, OutputStream out) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader("file", "line", "column", "reason", "cost", "currency", "excerpt")
			.setRecordSeparator("\n")
			.get();
		var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			store.rejections(runId, r -> {
				try {
					printer.printRecord(safe(r.relativePath()), r.line(), safe(r.column()), safe(r.reason()),
							r.cost() == null ? "" : r.cost().stripTrailingZeros().toPlainString(),
							r.currency() == null ? "" : r.currency(), safe(r.excerpt()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/**
	 * Writes every stored record as CSV (the full set, also when the workbook's Detail
	 * sheet runs out of rows), with the same escaping.
	 */
	public static void writeDetail(DetailLines store, long runId, DetailConversion conversion, OutputStream out)
			throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader("file", "first_line", "lines", "day", "provider", "billing_account", "sub_account", "service",
					"sku", "region", "resource", "workload", "category", "kind", "model", "token_type", "quantity",
					"unit", "gpu_hours", "egress_gb", "tokens", "cost", "currency", "rate_to_report_currency",
					"report_cost", "report_currency", "counts_toward_invoice")
			.setRecordSeparator("\n")
			.get();
		var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			store.everyLine(runId, d -> {
				try {
					printer.printRecord(safe(d.file()), d.firstLine(), d.lineCount(), d.usageDay(), safe(d.provider()),
							safe(d.billingAccount()), safe(d.subAccount()), safe(d.service()), safe(d.sku()),
							safe(d.region()), safe(d.resourceId()), safe(d.workload()), d.category(), d.kind(),
							safe(d.model()), d.tokenType(), plain(d.quantity()), safe(d.unit()), plain(d.gpuHours()),
							plain(d.egressGb()), plain(d.tokens()), plain(d.cost()), d.currency(),
							plain(conversion.rate(d)), plain(conversion.cost(d)), conversion.currency(),
							d.countsTowardInvoice());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}

	/** OWASP CSV-injection escaping of one text cell. */
	public static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}

}
