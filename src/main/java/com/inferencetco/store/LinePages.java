package com.inferencetco.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;

/**
 * The stored lines of a run, packed: each row of {@code tco_line_page} holds up to 500
 * lines of one file, in key order, encoded by {@link StoredLineCodec} (at most 250 KB:
 * larger arrays are humongous objects for G1 in a 256 MB heap). A row per line cost H2
 * 7.5-11 s to write for a large account's 590,000 lines and about 3.5 s to read back,
 * whatever the row held (BENCHMARKS.md); a few hundred pages cost a fraction of that.
 * Every read of the lines goes through here. The billed cost of each file and currency is
 * kept beside the pages ({@code tco_line_cost}), written with them, so that the months
 * before and the month's emptiness are known without decoding every page.
 */
@Repository
public class LinePages {

	/** Lines in one page at most. */
	static final int LINES_PER_PAGE = 500;

	/** Bytes of one page at most: a page is read whole. */
	static final int PAGE_BYTES = 250_000;

	private final JdbcTemplate jdbc;

	public LinePages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes lines of one file, in key order, as pages numbered from {@code firstPage},
	 * and adds their billed cost to the file's; returns the next page's number.
	 */
	int write(long runId, int fileIndex, List<StoredLine> sorted, int firstPage) {
		List<Object[]> pages = new ArrayList<>();
		StoredLineCodec.encodeInRows(sorted, LINES_PER_PAGE, PAGE_BYTES,
				(lines, payload) -> pages.add(new Object[] { runId, fileIndex, firstPage + pages.size(), lines.size(),
						sourceLines(lines), lines.stream().anyMatch(LinePages::isExchangeRate), payload }));
		jdbc.batchUpdate("""
				INSERT INTO tco_line_page (run_id, file_index, page, line_rows, line_count, exchange_rates, payload)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", pages);
		addBilledCost(runId, fileIndex, sorted);
		return firstPage + pages.size();
	}

	private void addBilledCost(long runId, int fileIndex, List<StoredLine> lines) {
		Map<String, BigDecimal> cost = new TreeMap<>();
		Map<String, long[]> count = new TreeMap<>();
		for (StoredLine line : lines) {
			if (line.sourceKind().equals(SourceKind.BILL.name())) {
				cost.merge(line.currency(), line.cost(), BigDecimal::add);
				count.computeIfAbsent(line.currency(), c -> new long[1])[0]++;
			}
		}
		cost.forEach((currency, billed) -> {
			int updated = jdbc.update("""
					UPDATE tco_line_cost SET bill_cost = bill_cost + ?, bill_lines = bill_lines + ?
					WHERE run_id = ? AND file_index = ? AND currency = ?""", billed, count.get(currency)[0], runId,
					fileIndex, currency);
			if (updated == 0) {
				jdbc.update("""
						INSERT INTO tco_line_cost (run_id, file_index, currency, bill_cost, bill_lines)
						VALUES (?, ?, ?, ?, ?)""", runId, fileIndex, currency, billed, count.get(currency)[0]);
			}
		});
	}

	/**
	 * Every line of a run, file by file in key order, decoded a page at a time (memory
	 * does not grow with the month). Ordered by the whole primary key: H2 then reads in
	 * the key's order, where ordering by its last columns made it sort every page in
	 * memory first.
	 */
	void eachLine(long runId, Consumer<StoredLine> consumer) {
		EmbeddedDatabase.eachRow(jdbc,
				"SELECT payload FROM tco_line_page WHERE run_id = ? ORDER BY run_id, file_index, page",
				rs -> StoredLineCodec.decode(rs.getBytes(1)).forEach(consumer), runId);
	}

	/** Every line of one file of a run, in key order, a page at a time. */
	void eachLine(long runId, int fileIndex, Consumer<StoredLine> consumer) {
		EmbeddedDatabase.eachRow(jdbc, """
				SELECT payload FROM tco_line_page WHERE run_id = ? AND file_index = ?
				ORDER BY run_id, file_index, page""", rs -> StoredLineCodec.decode(rs.getBytes(1)).forEach(consumer),
				runId, fileIndex);
	}

	/**
	 * The exchange-rate lines of a run, from the few pages that hold them (rates are a
	 * few hundred lines among hundreds of thousands).
	 */
	void eachExchangeRate(long runId, Consumer<StoredLine> consumer) {
		jdbc.query(
				"SELECT payload FROM tco_line_page WHERE run_id = ? AND exchange_rates ORDER BY run_id, file_index, page",
				(RowCallbackHandler) rs -> StoredLineCodec.decode(rs.getBytes(1))
					.stream()
					.filter(LinePages::isExchangeRate)
					.forEach(consumer),
				runId);
	}

	/** The stored lines of a run. */
	long lines(long runId) {
		return jdbc.queryForObject("SELECT COALESCE(SUM(line_rows), 0) FROM tco_line_page WHERE run_id = ?", Long.class,
				runId);
	}

	/** The source lines the stored lines of one file stand for. */
	long sourceLines(long runId, int fileIndex) {
		return jdbc.queryForObject(
				"SELECT COALESCE(SUM(line_count), 0) FROM tco_line_page WHERE run_id = ? AND file_index = ?",
				Long.class, runId, fileIndex);
	}

	/** Whether any invoiced line is stored for the run. */
	boolean hasBilledLines(long runId) {
		return !jdbc
			.queryForList("SELECT 1 FROM tco_line_cost WHERE run_id = ? AND bill_lines > 0 FETCH FIRST 1 ROWS ONLY",
					Integer.class, runId)
			.isEmpty();
	}

	static long sourceLines(List<StoredLine> lines) {
		long count = 0;
		for (StoredLine line : lines) {
			count += line.lineCount();
		}
		return count;
	}

	private static boolean isExchangeRate(StoredLine line) {
		return line.recordKind().equals(RecordKind.EXCHANGE_RATE.name());
	}

}
