package com.inferencetco.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.inferencetco.TcoException;

/**
 * Finds the export files below an input folder, in a stable order (by relative path) so that reruns read them
 * the same way. Symbolic links are not followed, so a link loop cannot trap the walk. Hidden files and the
 * folder's own assumptions file are not exports, and neither is what this tool writes when its data or report
 * folder lies inside the input folder: a data folder (it holds the run lock) and the reports of a month.
 */
public final class InputDiscovery {

	private InputDiscovery() {
	}

	/** The file that marks a data folder (see the job's DataFolderLock). */
	public static final String DATA_FOLDER_MARK = "inference-tco.lock";

	/** The reports and companion files a run writes: tco-YYYY-MM.json, .xlsx, .pdf, -rejects.csv, -detail.csv. */
	private static final Pattern REPORT = Pattern.compile("tco-\\d{4}-\\d{2}(\\.json|\\.xlsx|\\.pdf|-rejects\\.csv|-detail\\.csv)");

	public static List<Path> findFiles(Path inputDir, List<String> ignoreGlobs) {
		List<PathMatcher> ignored = matchers(ignoreGlobs);
		List<Path> files = new ArrayList<>();
		try {
			Files.walkFileTree(inputDir, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					return Files.exists(dir.resolve(DATA_FOLDER_MARK)) ? FileVisitResult.SKIP_SUBTREE
							: FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					Path relative = inputDir.relativize(file);
					if (attributes.isRegularFile() && !isHidden(relative) && !isAssumptions(relative)
							&& !REPORT.matcher(file.getFileName().toString()).matches()
							&& ignored.stream().noneMatch(m -> m.matches(relative) || m.matches(relative.getFileName()))) {
						files.add(file);
					}
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw TcoException.usage(inputDir + ": cannot list the input folder: " + ex.getMessage());
		}
		files.sort(Comparator.comparing(file -> relativePath(inputDir, file)));
		return files;
	}

	/** The inputs below the folder: plain files, and the entries of zip archives in place of the archives. */
	public static List<InputFile> findInputs(Path inputDir, List<String> ignoreGlobs) {
		List<PathMatcher> ignored = matchers(ignoreGlobs);
		List<InputFile> inputs = new ArrayList<>();
		for (Path file : findFiles(inputDir, ignoreGlobs)) {
			InputFile input = InputFile.plain(file, relativePath(inputDir, file));
			if (input.isZip()) {
				inputs.addAll(zipEntries(input, ignored));
			}
			else {
				inputs.add(input);
			}
		}
		return inputs;
	}

	/** Detects every input's format; the first input of no supported format stops the run (exit 3). */
	public static List<ExportFile> detectAll(Path inputDir, List<String> ignoreGlobs) {
		List<ExportFile> exports = new ArrayList<>();
		for (InputFile input : findInputs(inputDir, ignoreGlobs)) {
			exports.add(new ExportFile(input, FormatDetector.detect(input)));
		}
		return com.inferencetco.ingest.azure.AzureCostBasis.markAmortizedCompanions(exports);
	}

	private static List<InputFile> zipEntries(InputFile archive, List<PathMatcher> ignored) {
		List<InputFile> entries = new ArrayList<>();
		try (ZipFile zip = new ZipFile(archive.path().toFile())) {
			var all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				String name = entry.getName();
				if (entry.isDirectory()) {
					continue;
				}
				if (name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..")) {
					throw TcoException.inputRejected(archive.relativePath() + ": entry '" + name
							+ "' has an absolute or parent ('..') path; expected plain relative names");
				}
				String last = name.substring(name.lastIndexOf('/') + 1);
				Path entryPath = Path.of(name);
				if (last.startsWith(".") || name.startsWith("__MACOSX/")
						|| ignored.stream().anyMatch(m -> m.matches(entryPath) || m.matches(Path.of(last)))) {
					continue;
				}
				entries.add(new InputFile(archive.path(), name, archive.relativePath() + "/" + name));
			}
		}
		catch (IOException ex) {
			throw TcoException.inputRejected(archive.relativePath() + ": cannot read the zip archive: "
					+ ex.getMessage() + " (expected a complete .zip file)");
		}
		entries.sort(Comparator.comparing(InputFile::relativePath));
		return entries;
	}

	private static List<PathMatcher> matchers(List<String> globs) {
		return globs.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
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
