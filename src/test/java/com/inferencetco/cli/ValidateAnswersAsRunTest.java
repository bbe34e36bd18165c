package com.inferencetco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.inferencetco.corpus.BadInputCorpusTest;

/**
 * {@code validate} is {@code run} without writing: on every folder of the bad-input
 * corpus it exits with the code the corpus expects of run, and on the shipped sample
 * month it succeeds as run does, writing nothing.
 */
class ValidateAnswersAsRunTest {

	static final Path CORPUS = Path.of("src/test/resources/bad-inputs");

	static Stream<String> cases() throws IOException {
		try (Stream<Path> folders = Files.list(CORPUS)) {
			return folders.map(p -> p.getFileName().toString()).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void validateExitsAsRunDoes(String name) throws IOException {
		Properties expected = new Properties();
		expected.load(new StringReader(Files.readString(CORPUS.resolve(name).resolve("case.properties"))));
		List<String> args = new ArrayList<>(
				List.of("validate", "--month", "2026-10", "--input", CORPUS.resolve(name).resolve("input").toString()));
		args.addAll(BadInputCorpusTest.extraArguments(expected));
		CliRun validate = CliRun.of(args.toArray(String[]::new));
		assertThat(validate.exitCode()).as(validate.toString())
			.isEqualTo(Integer.parseInt(expected.getProperty("exit")));
		assertThat(validate.stderr()).as("no stack trace").doesNotContain("\tat ");
		if (!"0".equals(expected.getProperty("exit"))) {
			assertThat(validate.stderr()).contains("inference-tco: ");
		}
	}

	@Test
	void theSampleMonthValidatesAndNothingIsWritten() throws IOException {
		Path sample = Path.of("input-samples/2026-10");
		long filesBefore;
		try (Stream<Path> files = Files.walk(sample)) {
			filesBefore = files.count();
		}
		CliRun validate = CliRun.of("validate", "--month", "2026-10", "--input", sample.toString());
		assertThat(validate.exitCode()).as(validate.toString()).isZero();
		// the sample's invoiced month, as run reports it (MonthEndJobFunctionalTests
		// checks it line by line)
		assertThat(validate.stdout()).contains("invoiced cost of the month 42,181.21 USD; reconciliation balanced")
			.contains("aws/cur-2026-10.csv.gz: aws-cur-legacy, 230 rows, 0 rejected, invoiced 22,561.03 USD");
		try (Stream<Path> files = Files.walk(sample)) {
			assertThat(files.count()).as("nothing written into the input folder").isEqualTo(filesBefore);
		}
	}

}
