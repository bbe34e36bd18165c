package com.inferencetco.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.inferencetco.ingest.FileTally;
import com.inferencetco.ingest.IngestBlock;
import com.inferencetco.ingest.IngestSettings;
import com.inferencetco.model.BillingMonth;
import com.inferencetco.store.StoredInputFile;

/**
 * Whatever way a file is read (one thread; records on two; pieces on two), a restart
 * point that falls anywhere, even inside a piece, resumes at exactly the next row: the
 * blocks hold the remaining rows, each once.
 */
class IngestBlockReaderTest {

	static final int ROWS = 5_000;

	@TempDir
	Path work;

	@ParameterizedTest(name = "{0} thread(s), pieces from {1} bytes, restart after {2} rows")
	@CsvSource({ "1, 0, 1234", "2, 999999999, 1234", "2, 0, 1234", "2, 0, 0", "2, 0, 4999", "2, 0, 5000" })
	void aRestartResumesAtTheNextRowInEveryWayOfReading(int threads, long piecesFromBytes, long restartAfter)
			throws Exception {
		// given a FOCUS file whose rows all cost differently, and a restart point after
		// some rows
		Path file = work.resolve("focus.csv");
		StringBuilder csv = new StringBuilder("BilledCost,BillingCurrency,BillingPeriodStart,ChargeCategory,"
				+ "ChargePeriodStart,ProviderName,ServiceName,ResourceId\n");
		BigDecimal remaining = BigDecimal.ZERO;
		for (int i = 0; i < ROWS; i++) {
			BigDecimal cost = BigDecimal.valueOf((long) i * 7919 % 10007 + 1, 2);
			if (i >= restartAfter) {
				remaining = remaining.add(cost);
			}
			csv.append(cost.toPlainString())
				.append(",EUR,2026-10-01T00:00:00Z,Usage,2026-10-")
				.append(String.format("%02d", i % 31 + 1))
				.append("T00:00:00Z,Nordic GPU Cloud,\"Object Storage, \"\"cold\"\"\",res-")
				.append(i % 50)
				.append('\n');
		}
		Files.writeString(file, csv);
		StoredInputFile stored = new StoredInputFile(0, "focus.csv", "focus-1.2", "", Files.size(file), 0, 0, 0,
				"focus.csv", null);
		IngestBlockReader reader = new IngestBlockReader(stored, work,
				new NormalizeRowProcessor(IngestSettings.of(BillingMonth.parse("2026-10"))),
				new IngestTuning(threads, 700, 20_000, piecesFromBytes),
				new ProgressReporter(new PrintWriter(OutputStream.nullOutputStream()), false, System::nanoTime));
		ExecutionContext context = new ExecutionContext();
		context.putLong(IngestBlockReader.ROWS_CONSUMED, restartAfter);

		// when the reader opens at that point and reads every block
		long rows = 0;
		BigDecimal cost = BigDecimal.ZERO;
		reader.open(context);
		try {
			IngestBlock block;
			while ((block = reader.read()) != null) {
				FileTally tally = block.tallies().get(0);
				rows += tally.rowsRead();
				cost = cost.add(tally.costByCurrency().get("EUR")[0]);
				assertThat(tally.rowsRejected()).isZero();
				reader.update(context);
			}
		}
		finally {
			reader.close();
		}

		// then exactly the remaining rows were read, each once, and the restart point is
		// the end of the file
		assertThat(rows).isEqualTo(ROWS - restartAfter);
		assertThat(cost).isEqualByComparingTo(remaining);
		assertThat(context.getLong(IngestBlockReader.ROWS_CONSUMED)).isEqualTo(restartAfter + rows);
	}

}
