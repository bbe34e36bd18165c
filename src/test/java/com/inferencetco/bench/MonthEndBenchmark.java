package com.inferencetco.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole month-end run (a new JVM running the built jar, as cron runs it) on generated
 * FOCUS months of two shapes (a mid-size account of 400 resources and a large one of
 * 60,000 resources with 8 tags each), against DuckDB aggregating the same file at the
 * same grain in this JVM. Writes {@code target/benchmark/results.md} for BENCHMARKS.md:
 * rows/s, MB/s, peak heap, RSS, the H2 file's size, the workbook's size and the time by
 * phase.
 * <p>
 * Run it with {@code mvn -B -Pbenchmark verify};
 * {@code -Dbenchmark.shapes=1000000x400,1000000x60000,1000000x60000@512m,5000000x60000}
 * (rows x resources, and the heap where it is not the default),
 * {@code -Dbenchmark.runs=3} (medians are reported) and
 * {@code -Dbenchmark.skipParquet=true} change what is measured. 1M-row months run in a
 * 256 MB heap and larger ones in 512 MB unless a heap is given (the large account's
 * 1M-row month is measured in both: issue 14 asks for it within 10x DuckDB in 512 MB, and
 * for it to complete in 256 MB): a run that needs more fails the benchmark. Nothing here
 * is timed in the default build.
 */
class MonthEndBenchmark {

	private static final Path JAR = Path.of("target/inference-tco.jar");

	private static final Path WORK = Path.of("target/benchmark");

	private static final Pattern PHASES = Pattern.compile("time by phase: (.*)");

	private static final Pattern FINISHED = Pattern.compile(
			"peak heap (\\d+) MB of (\\d+) MB \\(at most (\\d+) MB live after a collection\\)(?:, peak memory \\(RSS\\) (\\d+) MB)?");

	/**
	 * DuckDB sums the same file at the grain the month-end job stores (day, account,
	 * service, region, resource, charge category, unit, currency, tags), with exact
	 * decimals so that its total can be checked against ours.
	 */
	private static final String DUCKDB_AGGREGATION = """
			SELECT count(*), sum(n), sum(cost) FROM (
				SELECT left(ChargePeriodStart, 10) AS day, ProviderName, BillingAccountId, SubAccountId, ServiceName,
					RegionId, ResourceId, ChargeCategory, ConsumedUnit, BillingCurrency, Tags,
					count(*) AS n, sum(BilledCost) AS cost, sum(ConsumedQuantity) AS quantity
				FROM %s
				GROUP BY ALL)""";

	/** The generated CSV month, its money read as exact decimals. */
	private static final String CSV_SOURCE = """
			read_csv('%s', types = {'BilledCost': 'DECIMAL(38,10)', 'ConsumedQuantity': 'DECIMAL(38,10)',
				'ChargePeriodStart': 'VARCHAR'})""";

	/**
	 * The generated Parquet month (every column text), its money cast to exact decimals.
	 */
	private static final String PARQUET_SOURCE = """
			(SELECT * REPLACE (CAST(BilledCost AS DECIMAL(38,10)) AS BilledCost,
				CAST(ConsumedQuantity AS DECIMAL(38,10)) AS ConsumedQuantity) FROM read_parquet('%s'))""";

	/**
	 * A month to measure: its rows, how many resources bill in it, their tags, and the
	 * heap it must complete in. 400 resources is a mid-size account (about 12,400
	 * distinct keys in 1M rows); 60,000 resources with 8 tags each is a large account's
	 * real cardinality (about 590,000 distinct keys in 1M rows).
	 */
	record Shape(long rows, int resources, int tags, String heap) {

		/**
		 * {@code ROWSxRESOURCES}, optionally {@code @HEAP}: by default the 1M-row months
		 * run in 256 MB, larger ones in 512 MB; a run that needs more fails the
		 * benchmark.
		 */
		static Shape parse(String text) {
			String[] withHeap = text.strip().split("@");
			String[] parts = withHeap[0].split("x");
			long rows = Long.parseLong(parts[0]);
			int resources = parts.length > 1 ? Integer.parseInt(parts[1]) : 400;
			int tags = resources > 400 ? 8 : 2;
			String heap = withHeap.length > 1 ? withHeap[1] : rows <= 1_000_000 ? "256m" : "512m";
			return new Shape(rows, resources, tags, heap);
		}

		String name() {
			return "month-" + rows + "-r" + resources;
		}
	}

	@Test
	void monthEndRunAgainstDuckDb() throws Exception {
		assertThat(JAR).as("the jar, built by the package phase").exists();
		List<Shape> shapes = Arrays
			.stream(System.getProperty("benchmark.shapes", "1000000x400,1000000x60000,1000000x60000@512m,5000000x60000")
				.split(","))
			.map(Shape::parse)
			.toList();
		int runs = Integer.getInteger("benchmark.runs", 3);
		Files.createDirectories(WORK);
		StringBuilder report = new StringBuilder();
		StringBuilder phases = new StringBuilder(
				"| rows | resources | heap limit | time by phase (the median run) |\n|---:|---:|---:|---|\n");
		report.append(machine()).append('\n');
		report.append("| rows | resources | distinct keys | file (.csv.gz / as CSV) | month-end run, median of ")
			.append(runs)
			.append(" | rows/s | CSV MB/s | heap limit | peak heap (live after GC) | peak RSS | H2 file | xlsx | DuckDB, median of ")
			.append(runs)
			.append(" | ratio |\n");
		report.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Shape shape : shapes) {
			Path month = generated(shape, false);
			Path file = month.resolve("focus-2026-10.csv.gz");
			long csvBytes = uncompressedSize(file);
			List<Run> ours = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				ours.add(runMonthEnd(month, shape.heap(), i));
			}
			List<Double> duck = new ArrayList<>();
			DuckResult result = null;
			for (int i = 0; i < runs; i++) {
				result = duckDb(file);
				duck.add(result.seconds());
			}
			// the yardstick must have read what we read: the same invoiced total, to the
			// last decimal
			for (Run run : ours) {
				assertThat(run.cost()).isEqualByComparingTo(result.total());
				assertThat(run.rowsRead()).isEqualTo(shape.rows() + 2);
			}
			double wall = median(ours.stream().map(Run::seconds).toList());
			double duckSeconds = median(duck);
			Run typical = ours.stream()
				.min((a, b) -> Double.compare(Math.abs(a.seconds() - wall), Math.abs(b.seconds() - wall)))
				.orElseThrow();
			report.append(String.format(Locale.ROOT,
					"| %,d | %,d | %,d | %.0f MB / %.0f MB | %.2f s | %,.0f | %.1f | %s | %d MB (%d MB) | %d MB | %,d MB | %.1f MB | %.2f s | %.1f |%n",
					shape.rows() + 2, shape.resources(), result.keys(), Files.size(file) / 1e6, csvBytes / 1e6, wall,
					(shape.rows() + 2) / wall, csvBytes / 1e6 / wall, shape.heap().replace("m", " MB"),
					typical.peakHeapMb(), typical.liveHeapMb(), typical.rssMb(), typical.databaseBytes() / 1_000_000,
					typical.xlsxBytes() / 1e6, duckSeconds, wall / duckSeconds));
			report.append("<!-- ")
				.append(shape.name())
				.append(", each run: ")
				.append(ours.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.seconds())).toList())
				.append(" s; DuckDB: ")
				.append(duck.stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).toList())
				.append(" s -->\n");
			phases.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %s |%n", shape.rows() + 2, shape.resources(),
					shape.heap().replace("m", " MB"), typical.phases()));
		}
		report.append('\n').append(phases);
		if (!Boolean.getBoolean("benchmark.skipParquet")) {
			report.append('\n').append(parquet(shapes.get(0), runs));
		}
		Files.writeString(WORK.resolve("results.md"), report);
		System.out.println(report);
	}

	/**
	 * The same months written as Parquet by the generator (every column as text): the
	 * month-end run on Parquet, in the CSV month's heap, against DuckDB aggregating the
	 * same file at the same grain, with the same invoiced total.
	 */
	private static String parquet(Shape shape, int runs) throws Exception {
		StringBuilder report = new StringBuilder("| rows | Parquet file | month-end run, median of " + runs
				+ " | rows/s | heap limit | peak heap (live after GC) | DuckDB, median of " + runs + " | ratio |\n");
		report.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		{
			long rows = shape.rows();
			Path month = generated(shape, true);
			Path file = month.resolve("focus-2026-10.parquet");
			// only the columns read are decoded, row group by row group: the CSV month's
			// heap
			String heap = rows <= 1_000_000 ? "256m" : "512m";
			List<Run> ours = new ArrayList<>();
			List<Double> duck = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				ours.add(runMonthEnd(month, heap, i));
				DuckResult result = duckDb(file);
				duck.add(result.seconds());
				assertThat(ours.get(i).cost()).isEqualByComparingTo(result.total());
			}
			double wall = median(ours.stream().map(Run::seconds).toList());
			Run typical = ours.get(0);
			report.append(String.format(Locale.ROOT,
					"| %,d | %.0f MB | %.2f s | %,.0f | %s | %d MB (%d MB) | %.2f s | %.1f |%n", rows + 2,
					Files.size(file) / 1e6, wall, (rows + 2) / wall, heap.replace("m", " MB"), typical.peakHeapMb(),
					typical.liveHeapMb(), median(duck), wall / median(duck)));
		}
		return report.toString();
	}

	/**
	 * A generated month, kept between benchmark runs while the jar is unchanged (the
	 * generator is seeded, so it is the same file; a rebuilt jar may generate another).
	 */
	private static Path generated(Shape shape, boolean parquet) throws Exception {
		String name = shape.name() + (parquet ? "-parquet" : "");
		Path month = WORK.resolve(name);
		Path complete = WORK.resolve(name + ".complete");
		if (!Files.exists(complete)
				|| Files.getLastModifiedTime(complete).compareTo(Files.getLastModifiedTime(JAR)) < 0) {
			deleteTree(month);
			List<String> arguments = new ArrayList<>(List.of("-jar", JAR.toString(), "generate", "--month", "2026-10",
					"--rows", Long.toString(shape.rows()), "--resources", Integer.toString(shape.resources()), "--tags",
					Integer.toString(shape.tags()), "--output", month.toString(), "--seed", "42"));
			if (parquet) {
				arguments.add("--parquet");
			}
			ProcessResult result = java(arguments, "generate-" + name);
			assertThat(result.exitCode()).as(result.stderr()).isZero();
			Files.writeString(complete, "");
		}
		return month;
	}

	private static Run runMonthEnd(Path month, String heap, int attempt) throws Exception {
		Path out = WORK.resolve("out-" + month.getFileName() + "-" + attempt);
		Path data = WORK.resolve("data-" + month.getFileName() + "-" + attempt);
		deleteTree(data);
		deleteTree(out);
		// a fresh database each time: the benchmark measures a first run of the month,
		// not a rerun
		long start = System.nanoTime();
		ProcessResult result = java(
				List.of("-Xmx" + heap, "-jar", JAR.toString(), "run", "--month", "2026-10", "--input", month.toString(),
						"--output", out.toString(), "--data", data.toString()),
				"run-" + month.getFileName() + "-" + attempt);
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(result.exitCode()).as("the month-end run in -Xmx%s:%n%s", heap, result.stderr()).isZero();
		Matcher m = FINISHED.matcher(result.stderr());
		assertThat(m.find()).as(result.stderr()).isTrue();
		JsonNode summary = JsonMapper.builder().build().readTree(out.resolve("tco-2026-10.json").toFile());
		long rowsRead = 0;
		for (JsonNode input : summary.get("inputs")) {
			rowsRead += input.get("rowsRead").asLong();
		}
		Matcher phases = PHASES.matcher(result.stderr());
		return new Run(seconds, rowsRead, summary.get("totals").get("cost").decimalValue(), Long.parseLong(m.group(1)),
				Long.parseLong(m.group(3)), m.group(4) == null ? 0 : Long.parseLong(m.group(4)), treeSize(data),
				Files.size(out.resolve("tco-2026-10.xlsx")), phases.find() ? phases.group(1) : "");
	}

	private static DuckResult duckDb(Path file) throws Exception {
		String path = file.toAbsolutePath().toString().replace("'", "''");
		String source = (file.toString().endsWith(".parquet") ? PARQUET_SOURCE : CSV_SOURCE).formatted(path);
		long start = System.nanoTime();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(DUCKDB_AGGREGATION.formatted(source))) {
			rs.next();
			BigDecimal total = rs.getBigDecimal(3);
			return new DuckResult((System.nanoTime() - start) / 1e9, rs.getLong(1), total);
		}
	}

	static {
		// load DuckDB's native library before anything is timed: the yardstick is its
		// query, not its installation
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			statement.execute("SELECT 1");
		}
		catch (Exception ex) {
			throw new IllegalStateException("DuckDB JDBC is needed: run with -Pbenchmark", ex);
		}
	}

	private record Run(double seconds, long rowsRead, BigDecimal cost, long peakHeapMb, long liveHeapMb, long rssMb,
			long databaseBytes, long xlsxBytes, String phases) {
	}

	private record DuckResult(double seconds, long keys, BigDecimal total) {
	}

	private static long treeSize(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private record ProcessResult(int exitCode, String stderr) {
	}

	private static ProcessResult java(List<String> arguments, String name) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(arguments);
		Path stderr = WORK.resolve(name + ".stderr");
		Process process = new ProcessBuilder(command).redirectOutput(WORK.resolve(name + ".stdout").toFile())
			.redirectError(stderr.toFile())
			.start();
		if (!process.waitFor(30, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(name + " did not finish in 30 minutes");
		}
		return new ProcessResult(process.exitValue(), Files.readString(stderr));
	}

	private static long uncompressedSize(Path gz) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(gz), 1 << 16)) {
			return in.transferTo(OutputStream.nullOutputStream());
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/** The machine, as BENCHMARKS.md records it next to the figures. */
	private static String machine() throws IOException {
		String cpu = procValue("/proc/cpuinfo", "model name").orElse("unknown CPU");
		String memory = procValue("/proc/meminfo", "MemTotal")
			.map(kb -> String.format(Locale.ROOT, ", %.0f GB RAM",
					Long.parseLong(kb.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
			.orElse("");
		return String.format(Locale.ROOT,
				"Machine: %s, %d cores available to the JVM%s; %s %s; %s %s; DuckDB JDBC %s.%n", cpu,
				Runtime.getRuntime().availableProcessors(), memory, System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), duckDbVersion());
	}

	/**
	 * The value of the first "key: value" line of a Linux /proc file, where there is one.
	 */
	private static Optional<String> procValue(String file, String key) throws IOException {
		Path path = Path.of(file);
		if (!Files.exists(path)) {
			return Optional.empty();
		}
		return Files.readAllLines(path)
			.stream()
			.filter(l -> l.startsWith(key))
			.map(l -> l.substring(l.indexOf(':') + 1).strip())
			.findFirst();
	}

	private static String duckDbVersion() {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT version()")) {
			rs.next();
			return rs.getString(1);
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.delete(p);
			}
		}
	}

}
