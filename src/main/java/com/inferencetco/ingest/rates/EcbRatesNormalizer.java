package com.inferencetco.ingest.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.inferencetco.ingest.FieldException;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.UsageRowNormalizer;
import com.inferencetco.ingest.Values;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;

/**
 * The European Central Bank's euro reference rates ({@code eurofxref-hist.csv}:
 * {@code Date,USD,JPY,...}, units of each currency per euro; or the day's
 * {@code eurofxref.csv}, dated {@code 30 October 2026}). Only the days around the billing
 * month are kept (a week before it, for weekends and holidays at its start); {@code N/A}
 * marks a currency not quoted that day.
 */
public class EcbRatesNormalizer extends UsageRowNormalizer {

	private static final DateTimeFormatter DAILY_FILE_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	public EcbRatesNormalizer(BillingMonth month) {
		super(month);
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		String text = row.get("Date");
		LocalDate day;
		String written = text == null ? "" : text.strip();
		try {
			// the history file writes 2026-10-30; the daily file (eurofxref.csv) writes
			// 30 October 2026
			day = !written.isEmpty() && Character.isDigit(written.charAt(written.length() - 1)) && written.contains(" ")
					? LocalDate.parse(written, DAILY_FILE_DATE) : LocalDate.parse(written);
		}
		catch (DateTimeParseException ex) {
			throw new FieldException("Date",
					"expected a date like 2026-10-30 or 30 October 2026 in column Date, found '" + text + "'");
		}
		LocalDate from = month.value().atDay(1).minusDays(10);
		if (day.isBefore(from) || day.isAfter(month.lastDay())) {
			return List.of();
		}
		List<NormalizedLine> rates = new ArrayList<>();
		for (String column : row.columnNames()) {
			String value = row.get(column);
			if (column.equals("Date") || column.isBlank() || value == null || value.strip().equals("N/A")) {
				continue;
			}
			BigDecimal rate = Values.decimal(value, column);
			if (rate.signum() <= 0) {
				throw new FieldException(column, "expected a positive rate for " + column + ", found " + value);
			}
			CostDimensions dimensions = new CostDimensions("ECB", null, null, "reference rate", column, null, null, "",
					column);
			rates.add(new NormalizedLine(RecordKind.EXCHANGE_RATE, CostCategory.OTHER_CLOUD, SourceKind.REFERENCE,
					dimensions, day, rate, column + " per EUR", null, null, null, null, null, null));
		}
		return rates;
	}

}
