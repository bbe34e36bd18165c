package com.inferencetco.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * The bad-input corpus (src/test/resources/bad-inputs, one folder per case with its
 * expected exit code and message), plus the cases too large to keep as files: each gets
 * exit 2 or 3 naming the file, or is accepted with its faulty rows rejected and the month
 * reconciled; never a stack trace, a hang or an out-of-memory error. Maven runs this
 * class in a JVM of 256 MB heap.
 */
public abstract class BadInputCorpusTest {

	/**
	 * Extra arguments that point a run at its database (none: the embedded H2 under
	 * --data).
	 */
	abstract List<String> databaseArguments();

	/** With the embedded H2 database. */
	static class OnH2 extends BadInputCorpusTest {

		@Override
		List<String> databaseArguments() {
			return List.of();
		}

	}

	/** With PostgreSQL, in a schema of its own. */
	static class OnPostgres extends BadInputCorpusTest {

		private String url;

		@Override
		List<String> databaseArguments() {
			if (url == null) {
				url = com.inferencetco.PostgresSupport.freshSchemaUrl("tco_corpus");
			}
			return List.of("--spring.datasource.url=" + url,
					"--spring.datasource.username=" + com.inferencetco.PostgresSupport.USER);
		}

	}

	static final Path CORPUS = Path.of("src/test/resources/bad-inputs");

	static final String HEADER = "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,"
			+ "ChargePeriodStart,ChargePeriodEnd,EffectiveCost,ProviderName,ServiceName,Tags\n";

	static final String ROW = "1.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,"
			+ "2026-10-03T00:00:00Z,1.00,Nordic,Storage,\n";

	@TempDir
	Path work;

	static Stream<String> cases() throws IOException {
		try (Stream<Path> folders = Files.list(CORPUS)) {
			return folders.map(p -> p.getFileName().toString()).sorted().toList().stream();
		}
	}

	@Test
	void theCorpusHasAtLeastFortyCases() throws IOException {
		assertThat(cases().count() + 4).isGreaterThanOrEqualTo(40);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void eachCaseEndsAsExpected(String name) throws IOException {
		Properties expected = new Properties();
		expected.load(new StringReader(Files.readString(CORPUS.resolve(name).resolve("case.properties"))));
		check(CORPUS.resolve(name).resolve("input"), expected);
	}

	@Test
	void aGzipBombIsRefused() throws IOException {
		Path input = Files.createDirectories(work.resolve("gzip-bomb"));
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input.resolve("focus.csv.gz")))) {
			out.write(HEADER.getBytes());
			byte[] newlines = new byte[1 << 20];
			Arrays.fill(newlines, (byte) '\n');
			for (int i = 0; i < 160; i++) {
				out.write(newlines); // 160 MB of empty lines in about 160 KB
			}
		}
		check(input, expectation(3, "decompression bomb"));
	}

	@Test
	void aZipBombIsRefused() throws IOException {
		Path input = Files.createDirectories(work.resolve("zip-bomb"));
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(input.resolve("bills.zip")))) {
			out.putNextEntry(new ZipEntry("focus.csv"));
			out.write(HEADER.getBytes());
			byte[] spaces = new byte[1 << 20];
			Arrays.fill(spaces, (byte) '\n');
			for (int i = 0; i < 160; i++) {
				out.write(spaces);
			}
			out.closeEntry();
		}
		check(input, expectation(3, "decompression bomb"));
	}

	@Test
	void aHundredMegabyteFieldIsRefusedWithoutExhaustingTheHeap() throws IOException {
		Path input = Files.createDirectories(work.resolve("huge-field"));
		try (OutputStream out = Files.newOutputStream(input.resolve("focus.csv"))) {
			out.write(HEADER.getBytes());
			out.write(ROW.getBytes());
			out.write(
					"1.00,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-02T00:00:00Z,2026-10-03T00:00:00Z,1.00,X,Y,\""
						.getBytes());
			byte[] chunk = new byte[1 << 20];
			Arrays.fill(chunk, (byte) 'x');
			for (int i = 0; i < 100; i++) {
				out.write(chunk);
			}
			out.write("\"\n".getBytes());
		}
		check(input, expectation(3, "longer than"));
	}

	@Test
	void aSymbolicLinkLoopIsNotFollowed() throws IOException {
		Path input = Files.createDirectories(work.resolve("link-loop"));
		Files.writeString(input.resolve("focus.csv"), HEADER + ROW);
		Files.createDirectories(input.resolve("nested"));
		Files.createSymbolicLink(input.resolve("nested/loop"), input);
		check(input, expectation(0, null));
	}

	@Test
	void aSymbolicLinkToABillInsideTheFolderIsReadOnce() throws IOException {
		Path input = Files.createDirectories(work.resolve("link-inside"));
		Files.writeString(input.resolve("focus.csv"), HEADER + ROW + ROW.replace("1.00", "2.50"));
		Files.createDirectories(input.resolve("latest"));
		Files.createSymbolicLink(input.resolve("latest/focus.csv"), input.resolve("focus.csv"));
		Properties expected = expectation(0, "latest/focus.csv: same content as focus.csv");
		expected.setProperty("invoiced", "3.50"); // 1.00 + 2.50, once
		check(input, expected);
	}

	@Test
	void aSymbolicLinkedFolderInsideTheInputIsFollowed() throws IOException {
		Path input = Files.createDirectories(work.resolve("linked-folder"));
		Path real = Files.createDirectories(input.resolve("archive/2026-10"));
		Files.writeString(real.resolve("focus.csv"), HEADER + ROW.replace("1.00", "2.50"));
		Files.writeString(input.resolve("other.csv"), HEADER + ROW);
		Path outside = Files.createDirectories(work.resolve("elsewhere"));
		Files.writeString(outside.resolve("focus.csv"), HEADER + ROW);
		Files.createSymbolicLink(input.resolve("current"), real);
		Properties expected = expectation(0, "archive/2026-10/focus.csv: same content as current/focus.csv");
		// 2.50 + 1.00: the linked folder's bill once, the other file once
		expected.setProperty("invoiced", "3.50");
		check(input, expected);
	}

	@Test
	void aSymbolicLinkLeavingTheFolderIsRefusedByName() throws IOException {
		Path input = Files.createDirectories(work.resolve("link-outside"));
		Files.writeString(input.resolve("focus.csv"), HEADER + ROW);
		Path outside = Files.createDirectories(work.resolve("outside"));
		Files.writeString(outside.resolve("other.csv"), HEADER + ROW);
		Files.createSymbolicLink(input.resolve("other.csv"), outside.resolve("other.csv"));
		check(input, expectation(3, "other.csv: symbolic link to " + outside.toRealPath().resolve("other.csv")
				+ ", outside the input folder"));
	}

	@Test
	void aBillThreeHundredFoldersDeepIsRead() throws IOException {
		Path input = Files.createDirectories(work.resolve("deep"));
		Path folder = input;
		for (int level = 1; level <= 300; level++) {
			// 3,000 characters below the input folder
			folder = folder.resolve(String.format("level-%03d", level));
		}
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("focus.csv"), HEADER + ROW + ROW.replace("1.00", "4.25"));
		Properties expected = expectation(0, null);
		expected.setProperty("invoiced", "5.25"); // 1.00 + 4.25
		check(input, expected);
	}

	/**
	 * A case's own options (case.properties {@code arguments}, separated by spaces):
	 * {@code --allow-empty-month} for the cases whose input holds no bill of October,
	 * only usage or telemetry, that test how rows are read.
	 */
	public static List<String> extraArguments(Properties expected) {
		String arguments = expected.getProperty("arguments", "").strip();
		return arguments.isEmpty() ? List.of() : List.of(arguments.split("\\s+"));
	}

	private void check(Path input, Properties expected) throws IOException {
		Path out = work.resolve("out-" + input.getParent().getFileName() + "-" + input.getFileName());
		List<String> args = new ArrayList<>(List.of("run", "--month", "2026-10", "--input", input.toString(),
				"--output", out.toString(), "--data", work.resolve("data-" + System.nanoTime()).toString()));
		args.addAll(databaseArguments());
		args.addAll(extraArguments(expected));
		CliRun run = CliRun.of(args.toArray(String[]::new));
		int exit = Integer.parseInt(expected.getProperty("exit"));
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(exit);
		assertThat(run.stderr()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception:");
		String message = expected.getProperty("message");
		if (message != null) {
			assertThat(run.stderr()).contains(message);
		}
		if (exit == 0) {
			JsonNode summary = SummaryJson.read(out.resolve("tco-2026-10.json"));
			assertThat(summary.get("reconciliation").get("balanced").asBoolean()).isTrue();
			long rejected = 0;
			for (JsonNode file : summary.get("inputs")) {
				assertThat(file.get("rowsRead").asLong())
					.isEqualTo(file.get("rowsNormalized").asLong() + file.get("rowsRejected").asLong());
				rejected += file.get("rowsRejected").asLong();
			}
			if (expected.getProperty("invoiced") != null) {
				assertThat(summary.get("totals").get("cost").decimalValue()).as("the month's invoiced total")
					.isEqualByComparingTo(expected.getProperty("invoiced"));
			}
			if (expected.getProperty("rejected") != null) {
				assertThat(rejected).isEqualTo(Long.parseLong(expected.getProperty("rejected")));
			}
			String inRejects = expected.getProperty("rejectsContain");
			if (inRejects != null) {
				assertThat(Files.readString(out.resolve("tco-2026-10-rejects.csv"))).contains(inRejects);
			}
		}
	}

	private static Properties expectation(int exit, String message) {
		Properties properties = new Properties();
		properties.setProperty("exit", Integer.toString(exit));
		if (message != null) {
			properties.setProperty("message", message);
		}
		return properties;
	}

}
