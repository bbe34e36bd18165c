package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder holds the previous set of reports or the new one, never a mix: a set
 * that fails or is killed while being written leaves the earlier set, one killed while
 * being moved into place is completed by the next run, and a link planted where a report
 * goes is replaced, never written through.
 */
class ReportSetTest {

	@TempDir
	Path work;

	Path out;

	@BeforeEach
	void anEarlierSetWithRejects() throws IOException {
		out = Files.createDirectories(work.resolve("reports"));
		try (ReportSet first = ReportSet.begin(out, "tco-2026-10")) {
			first.write("tco-2026-10.json", o -> o.write("first json".getBytes(StandardCharsets.UTF_8)));
			first.write("tco-2026-10.pdf", o -> o.write("first pdf".getBytes(StandardCharsets.UTF_8)));
			first.write("tco-2026-10-rejects.csv", o -> o.write("first rejects".getBytes(StandardCharsets.UTF_8)));
			first.publish();
		}
	}

	@Test
	void aPublishedSetReplacesTheEarlierOneWhole() throws IOException {
		try (ReportSet second = ReportSet.begin(out, "tco-2026-10")) {
			second.write("tco-2026-10.json", o -> o.write("second json".getBytes(StandardCharsets.UTF_8)));
			second.write("tco-2026-10.pdf", o -> o.write("second pdf".getBytes(StandardCharsets.UTF_8)));
			second.remove("tco-2026-10-rejects.csv");
			second.publish();
		}
		assertThat(folder()).isEqualTo(Map.of("tco-2026-10.json", "second json", "tco-2026-10.pdf", "second pdf"));
	}

	@Test
	void aSetThatFailsWhileBeingWrittenLeavesTheEarlierSet() throws IOException {
		assertThatThrownBy(() -> {
			try (ReportSet second = ReportSet.begin(out, "tco-2026-10")) {
				second.write("tco-2026-10.json", o -> o.write("second json".getBytes(StandardCharsets.UTF_8)));
				second.write("tco-2026-10.pdf", o -> {
					o.write("half a p".getBytes(StandardCharsets.UTF_8));
					throw new IOException("disk full");
				});
				second.publish();
			}
		}).hasMessage("disk full");
		assertThat(folder()).isEqualTo(firstSet());
	}

	@Test
	void aSetKilledWhileBeingWrittenIsRemovedByTheNextRun() throws IOException {
		// a kill: the set is neither published nor closed
		ReportSet killed = ReportSet.begin(out, "tco-2026-10");
		killed.write("tco-2026-10.json", o -> o.write("second json".getBytes(StandardCharsets.UTF_8)));
		assertThat(folder()).as("the earlier set stays in place meanwhile").isEqualTo(firstSet());
		ReportPublication.recover(out);
		assertThat(folder()).isEqualTo(firstSet());
		assertThat(entries()).as("nothing else is left").containsExactlyInAnyOrderElementsOf(firstSet().keySet());
	}

	@Test
	void aSetKilledWhileBeingMovedIntoPlaceIsCompletedByTheNextRun() throws IOException {
		// the state a kill leaves between two renames: the journal committed, the JSON
		// moved, the PDF not yet, the rejects not yet removed
		Path staging = Files.createDirectory(out.resolve(".tco-2026-10" + ReportPublication.STAGING + "killed"));
		Files.writeString(staging.resolve("tco-2026-10.json"), "second json");
		Files.writeString(staging.resolve("tco-2026-10.pdf"), "second pdf");
		ReportPublication.commit(staging,
				List.of("move tco-2026-10.json", "move tco-2026-10.pdf", "remove tco-2026-10-rejects.csv"));
		Files.move(staging.resolve("tco-2026-10.json"), out.resolve("tco-2026-10.json"),
				StandardCopyOption.REPLACE_EXISTING);
		ReportPublication.recover(out);
		assertThat(folder()).isEqualTo(Map.of("tco-2026-10.json", "second json", "tco-2026-10.pdf", "second pdf"));
		assertThat(staging).doesNotExist();
	}

	@Test
	void aLinkPlantedWhereAReportGoesIsReplacedNotWrittenThrough() throws IOException {
		Path victim = Files.writeString(work.resolve("victim.txt"), "precious");
		Files.delete(out.resolve("tco-2026-10.json"));
		Files.createSymbolicLink(out.resolve("tco-2026-10.json"), victim);
		Files.createSymbolicLink(out.resolve(".tco-2026-10.json.tmp"), victim);
		try (ReportSet second = ReportSet.begin(out, "tco-2026-10")) {
			second.write("tco-2026-10.json", o -> o.write("second json".getBytes(StandardCharsets.UTF_8)));
			second.publish();
		}
		assertThat(victim).hasContent("precious");
		assertThat(Files.isSymbolicLink(out.resolve("tco-2026-10.json"))).isFalse();
		assertThat(out.resolve("tco-2026-10.json")).hasContent("second json");
	}

	@Test
	void aJournalNamingAPathOutsideTheFolderIsRefused() throws IOException {
		Path staging = Files.createDirectory(out.resolve(".tco-2026-10" + ReportPublication.STAGING + "planted"));
		Files.writeString(staging.resolve(ReportPublication.JOURNAL), "remove ../victim.txt\n");
		Path victim = Files.writeString(work.resolve("victim.txt"), "precious");
		assertThatThrownBy(() -> ReportPublication.recover(out)).hasMessageContaining("not a plain report name");
		assertThat(victim).hasContent("precious");
	}

	private static Map<String, String> firstSet() {
		return Map.of("tco-2026-10.json", "first json", "tco-2026-10.pdf", "first pdf", "tco-2026-10-rejects.csv",
				"first rejects");
	}

	/** The reports in the folder (hidden entries apart) and their content. */
	private Map<String, String> folder() throws IOException {
		Map<String, String> reports = new TreeMap<>();
		for (String name : entries()) {
			if (!name.startsWith(".")) {
				reports.put(name, Files.readString(out.resolve(name)));
			}
		}
		return reports;
	}

	private List<String> entries() throws IOException {
		try (Stream<Path> files = Files.list(out)) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}

}
