package com.inferencetco.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.SummaryJson;
import com.inferencetco.cli.CliRun;

/**
 * The reports are one set: a run killed (SIGKILL or SIGTERM) at any moment while it
 * writes them leaves the previous month's set whole (never the new JSON beside the old
 * workbook), and the next run publishes the new set whole. The earlier set invoices
 * 137.00 and rejected a row; the new one invoices 241.00 and rejects none.
 */
class ReportsKilledWhileWrittenFunctionalTests {

	static final int KILLS = 6;

	static final String HEADER = "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,"
			+ "ChargePeriodStart,ChargePeriodEnd,EffectiveCost,ProviderName,ServiceName,ResourceId,Tags\n";

	@TempDir
	Path work;

	@Test
	void aRunKilledWhileWritingItsReportsLeavesOneWholeSet() throws Exception {
		Random random = new Random(20261206L);
		int killedWhileWriting = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			Path folder = Files.createDirectories(work.resolve("kill-" + kill));
			Path input = Files.createDirectories(folder.resolve("input"));
			writeMonth(input, "1.37", true);
			CliRun earlier = CliRun.of(arguments(folder).toArray(String[]::new));
			assertThat(earlier.exitCode()).as(earlier.toString()).isZero();
			assertThat(reportSet(folder.resolve("out"))).isEqualTo("137.00 with rejects");

			writeMonth(input, "2.41", false);
			Process victim = start(folder);
			boolean writing = awaitReportsBeingWritten(folder.resolve("run.err"), victim);
			if (writing) {
				Thread.sleep(random.nextInt(1_500));
				killedWhileWriting += victim.isAlive() ? 1 : 0;
			}
			if (kill % 3 == 2) {
				victim.destroy(); // SIGTERM, as a stopped service
			}
			else {
				victim.destroyForcibly();
			}
			assertThat(victim.waitFor(1, TimeUnit.MINUTES)).isTrue();
			assertThat(reportSet(folder.resolve("out"))).as("after kill " + kill)
				.isIn("137.00 with rejects", "241.00 without rejects", "mid-publication");

			CliRun rerun = CliRun.of(arguments(folder).toArray(String[]::new));
			assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
			assertThat(reportSet(folder.resolve("out"))).as("the run after kill " + kill)
				.isEqualTo("241.00 without rejects");
			try (Stream<Path> left = Files.list(folder.resolve("out"))) {
				assertThat(left.map(p -> p.getFileName().toString())).as("no staging left")
					.noneMatch(name -> name.contains("staging"));
			}
		}
		assertThat(killedWhileWriting).as("most kills fell while the reports were written")
			.isGreaterThanOrEqualTo(KILLS / 2);
	}

	/**
	 * Which set the folder holds: every report of it must say the same invoiced cost, the
	 * rejects file present exactly when that set rejected a row; a folder in the middle
	 * of a committed publication (which the next run completes) says so.
	 */
	private static String reportSet(Path out) throws IOException {
		try (Stream<Path> entries = Files.list(out)) {
			if (entries.anyMatch(p -> Files.exists(p.resolve("publish.journal")))) {
				return "mid-publication";
			}
		}
		String json = SummaryJson.read(out.resolve("tco-2026-10.json"))
			.get("totals")
			.get("cost")
			.decimalValue()
			.setScale(2)
			.toPlainString();
		String workbook;
		try (InputStream in = Files.newInputStream(out.resolve("tco-2026-10.xlsx"));
				XSSFWorkbook wb = new XSSFWorkbook(in)) {
			CellReference cell = new AreaReference(wb.getName("Cost_Total").getRefersToFormula(), null).getFirstCell();
			workbook = String.format("%.2f",
					wb.getSheet(cell.getSheetName())
						.getRow(cell.getRow())
						.getCell(cell.getCol())
						.getNumericCellValue());
		}
		String pdf;
		try (PDDocument document = Loader.loadPDF(out.resolve("tco-2026-10.pdf").toFile())) {
			pdf = new PDFTextStripper().getText(document);
		}
		assertThat(workbook).as("the workbook's Cost_Total beside the JSON's " + json).isEqualTo(json);
		assertThat(pdf).as("the PDF beside the JSON's " + json).contains(json);
		boolean rejects = Files.exists(out.resolve("tco-2026-10-rejects.csv"));
		return json + (rejects ? " with rejects" : " without rejects");
	}

	/** Waits until the victim's progress says the workbook and PDF are being written. */
	private static boolean awaitReportsBeingWritten(Path err, Process victim) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (victim.isAlive() && System.nanoTime() < deadline) {
			if (Files.exists(err) && Files.readString(err).contains("writing tco-2026-10.xlsx")) {
				return true;
			}
			Thread.sleep(5);
		}
		return false;
	}

	/** A month of 100 lines at the given cost each, and one unreadable line if asked. */
	private static void writeMonth(Path input, String cost, boolean badRow) throws IOException {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < 100; i++) {
			String day = String.format("%02d", i % 31 + 1);
			csv.append(cost + ",USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-" + day
					+ "T00:00:00Z,2026-10-" + day + "T01:00:00Z," + cost + ",Nordic GPU Cloud,Object Storage,res-"
					+ (i % 7) + ",\"{\"\"workload\"\": \"\"w" + (i % 3) + "\"\"}\"\n");
		}
		if (badRow) {
			csv.append("not-a-number,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-05T00:00:00Z,"
					+ "2026-10-05T01:00:00Z,0,Nordic GPU Cloud,Object Storage,res-1,\n");
		}
		Files.writeString(input.resolve("focus-2026-10.csv"), csv);
	}

	private static List<String> arguments(Path folder) {
		return new ArrayList<>(List.of("run", "--month", "2026-10", "--input", folder.resolve("input").toString(),
				"--output", folder.resolve("out").toString(), "--data", folder.resolve("data").toString()));
	}

	private static Process start(Path folder) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"com.inferencetco.TcoApplication"));
		command.addAll(arguments(folder));
		return new ProcessBuilder(command).redirectOutput(folder.resolve("run.out").toFile())
			.redirectError(folder.resolve("run.err").toFile())
			.start();
	}

}
