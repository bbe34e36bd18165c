package com.inferencetco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.inferencetco.cost.TcoAssumptions;

/**
 * Run as a process, as a user redirects it ({@code assumptions > my.yaml}), a command's
 * whole output reaches standard output: {@code assumptions} prints its file with print(),
 * which a PrintWriter does not flush by itself, and once printed nothing.
 */
class OutputReachesARealStdoutTest {

	@Test
	void theAssumptionsCommandPrintsTheWholeFile() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				"com.inferencetco.TcoApplication", "assumptions"))
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		assertThat(printed).isEqualTo(TcoAssumptions.exampleYaml());
	}

}
