package com.inferencetco.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Converts a file with LibreOffice (headless) in a profile of its own that recalculates
 * every formula on load: LibreOffice otherwise keeps an xlsx file's stored results, and a
 * test would read back our own cached values.
 */
final class LibreOfficeRun {

	static final Path SOFFICE = Path.of("/usr/bin/soffice");

	private LibreOfficeRun() {
	}

	static boolean installed() {
		return Files.isExecutable(SOFFICE);
	}

	/**
	 * Converts {@code file} to {@code format} (xlsx, pdf) into {@code outDir}; returns
	 * the converted file.
	 */
	static Path convert(Path file, String format, Path outDir, Path work) throws IOException, InterruptedException {
		Path profile = Files.createDirectories(work.resolve("lo-profile/user"));
		Files.writeString(profile.resolve("registrymodifications.xcu"),
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
						xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
						<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
						<value>0</value></prop></item>
						</oor:items>
						""");
		Files.createDirectories(outDir);
		Process process = new ProcessBuilder(SOFFICE.toString(), "--headless",
				"-env:UserInstallation=file://" + work.resolve("lo-profile"), "--convert-to", format, "--outdir",
				outDir.toString(), file.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
		assertThat(process.exitValue()).isZero();
		String name = file.getFileName().toString();
		return outDir.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
	}

}
