package com.inferencetco.job;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.TcoException;
import com.inferencetco.store.StoredInputFile;

/** A file appended to while the run read it stops the month, naming it. */
class InputsUnchangedTest {

	@TempDir
	Path dir;

	@Test
	void aFileThatGrewWhileReadIsRefusedWithBothSizes() throws IOException {
		Path file = Files.writeString(dir.resolve("cur.csv"), "a,b\n1,2\n");
		StoredInputFile recorded = new StoredInputFile(0, "cur.csv", "aws-cur-legacy", "hash", 8, 1, 1, 0, "cur.csv",
				null);
		assertThatCode(() -> InputsUnchanged.check(dir, List.of(recorded))).doesNotThrowAnyException();
		// the exporter appends a row while the run reads
		Files.writeString(file, "3,4\n", java.nio.file.StandardOpenOption.APPEND);
		assertThatThrownBy(() -> InputsUnchanged.check(dir, List.of(recorded))).isInstanceOf(TcoException.class)
			.hasMessageContaining(
					"cur.csv: the file changed while the run read it (8 bytes when the run began, 12 now)");
		Files.delete(file);
		assertThatThrownBy(() -> InputsUnchanged.check(dir, List.of(recorded))).isInstanceOf(TcoException.class)
			.hasMessageContaining("cur.csv: the file went away while the run read it");
	}

}
