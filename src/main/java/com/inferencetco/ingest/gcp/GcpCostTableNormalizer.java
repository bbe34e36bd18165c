package com.inferencetco.ingest.gcp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.inferencetco.ingest.FieldException;
import com.inferencetco.ingest.LineDraft;
import com.inferencetco.ingest.RowNormalizer;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.Values;
import com.inferencetco.ingest.Workloads;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;

/**
 * The Google Cloud console's cost table download. The cost column is named with the
 * currency symbol ({@code Cost ($)}); {@code Unrounded Cost (...)} is preferred when
 * present. Amounts may carry thousands separators. Credits are rows of their own (Credit
 * type filled).
 */
public class GcpCostTableNormalizer extends RowNormalizer {

	private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₹",
			"INR", "CHF", "CHF", "A$", "AUD", "C$", "CAD");

	private static final DateTimeFormatter CONSOLE_DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);

	public GcpCostTableNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected BigDecimal invoicedCost(SourceRecord row) {
		String column = costColumn(row);
		String text = row.get(column);
		if (text == null) {
			throw new FieldException(column, "expected a number in column " + column + ", found nothing");
		}
		return Values.decimal(text.replace(",", ""), column);
	}

	/**
	 * The row's cost, or null when it cannot be read (the row is then rejected with the
	 * reason).
	 */
	static BigDecimal costOrNull(SourceRecord row) {
		try {
			return new GcpCostTableNormalizer(null).invoicedCost(row);
		}
		catch (FieldException ex) {
			return null;
		}
	}

	@Override
	protected String currency(SourceRecord row) {
		String preamble = row.get("preamble.Currency");
		if (preamble != null && preamble.strip().matches("[A-Za-z]{3}")) {
			return preamble.strip().toUpperCase(Locale.ROOT);
		}
		String column = costColumn(row);
		String symbol = column.substring(column.indexOf('(') + 1, column.lastIndexOf(')')).strip();
		String code = symbol.matches("[A-Za-z]{3}") ? symbol.toUpperCase(Locale.ROOT) : SYMBOLS.get(symbol);
		if (code == null) {
			throw new FieldException(column, "cannot tell the currency from the column name " + column
					+ "; expected a Currency line in the preamble");
		}
		return code;
	}

	private static String costColumn(SourceRecord row) {
		String cost = null;
		for (String name : row.columnNames()) {
			if (name.startsWith("Unrounded Cost (")) {
				return name;
			}
			if (name.startsWith("Cost (") && cost == null) {
				cost = name;
			}
		}
		if (cost == null) {
			throw new FieldException("Cost", "expected a column named like 'Cost ($)'");
		}
		return cost;
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		LocalDate usageDay = day(row, "Usage start date");
		String invoiceMonth = row.get("preamble.Invoice month");
		if (invoiceMonth != null && invoiceMonth.strip().matches("\\d{6}")) {
			requireInMonth(LocalDate.of(Integer.parseInt(invoiceMonth.substring(0, 4)),
					Integer.parseInt(invoiceMonth.substring(4, 6)), 1), "Invoice month");
		}
		else {
			requireInMonth(usageDay, "Usage start date");
		}
		String service = row.get("Service description");
		String sku = LineDraft.orEmpty(row.get("SKU description"));
		String amountText = row.get("Usage amount");
		BigDecimal amount = amountText == null ? BigDecimal.ZERO
				: Values.decimal(amountText.replace(",", ""), "Usage amount");
		String unit = row.get("Usage unit");
		LineDraft draft = new LineDraft();
		if (row.get("Credit type") != null) {
			draft.credit();
		}
		else if ("tax".equals(LineDraft.lower(row.get("Cost type")))) {
			draft.tax();
		}
		else {
			GcpFields.classify(draft, service, sku, amount, unit, amount, unit);
		}
		String project = row.get("Project ID");
		CostDimensions dimensions = new CostDimensions("Google Cloud", row.get("Billing account ID"), project, service,
				sku, null, null, Workloads.name(null, project, service, draft.tokenModel()), draft.model());
		return List.of(draft.bill(dimensions, usageDay, amount, unit, cost, currency));
	}

	private static LocalDate day(SourceRecord row, String column) {
		String text = row.get(column);
		if (text != null && Character.isLetter(text.strip().charAt(0))) {
			try {
				return LocalDate.parse(text.strip(), CONSOLE_DATE);
			}
			catch (DateTimeParseException ex) {
				throw new FieldException(column, "expected a date like 2026-10-01 or Oct 1, 2026 in column " + column);
			}
		}
		return Values.utcDay(Values.instant(row, column));
	}

}
