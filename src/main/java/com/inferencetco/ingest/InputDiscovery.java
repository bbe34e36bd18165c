package com.inferencetco.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.inferencetco.TcoException;

/**
 * Finds the export files below an input folder, in a stable order (by relative path) so that reruns read them
 * the same way. Symbolic links are not followed, so a link loop cannot trap the walk. Hidden files and the
 * folder's own assumptions file are not exports.
 */
public final class InputDiscovery {

	private InputDiscovery() {
	}

	public static List<Path> findFiles(Path inputDir, List<String> ignoreGlobs) {
		List<PathMatcher> ignored = ignoreGlobs.stream()
			.map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
			.toList();
		try (Stream<Path> walk = Files.walk(inputDir)) {
			List<Path> files = new ArrayList<>();
			walk.filter(Files::isRegularFile).forEach(file -> {
				Path relative = inputDir.relativize(file);
				if (!isHidden(relative) && !isAssumptions(relative) && ignored.stream()
					.noneMatch(m -> m.matches(relative) || m.matches(relative.getFileName()))) {
					files.add(file);
				}
			});
			files.sort(Comparator.comparing(file -> relativePath(inputDir, file)));
			return files;
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw TcoException.usage(inputDir + ": cannot list the input folder: " + ex.getMessage());
		}
	}

	/** Detects every file's format; the first file of no supported format stops the run (exit 3). */
	public static List<ExportFile> detectAll(Path inputDir, List<String> ignoreGlobs) {
		List<ExportFile> exports = new ArrayList<>();
		for (Path file : findFiles(inputDir, ignoreGlobs)) {
			String relative = relativePath(inputDir, file);
			exports.add(new ExportFile(file, relative, FormatDetector.detect(file, relative)));
		}
		return exports;
	}

	/** The path relative to the input folder, with '/' on every platform, as the JSON summary names it. */
	public static String relativePath(Path inputDir, Path file) {
		return inputDir.relativize(file).toString().replace('\\', '/');
	}

	private static boolean isHidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAssumptions(Path relative) {
		String name = relative.toString().toLowerCase(Locale.ROOT);
		return name.equals("assumptions.yaml") || name.equals("assumptions.yml");
	}
}
