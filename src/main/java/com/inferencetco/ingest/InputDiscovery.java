package com.inferencetco.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.inferencetco.TcoException;
import com.inferencetco.ingest.azure.AzureCostBasis;
import com.inferencetco.model.PreferredExport;
import com.inferencetco.model.SkippedInput;

/**
 * Finds the export files below an input folder, in a stable order (by relative path) so
 * that reruns read them the same way. Symbolic links are followed while they stay inside
 * the folder (a link loop is noted, not walked twice) and refused when they lead out of
 * it. Files that are not exports (hidden files, lock files, manifests, checksums) and
 * inputs whose content another input already holds are skipped with a note; silently
 * skipped are only the folder's own assumptions file and what this tool writes when its
 * data or report folder lies inside the input folder.
 */
public final class InputDiscovery {

	private InputDiscovery() {
	}

	/** The file that marks a data folder (see the job's DataFolderLock). */
	public static final String DATA_FOLDER_MARK = "inference-tco.lock";

	/**
	 * The file that marks a report folder while a run writes it (hidden, and never an
	 * input).
	 */
	public static final String OUTPUT_FOLDER_MARK = ".inference-tco-reports.lock";

	/**
	 * The reports and companion files a run writes: tco-YYYY-MM.json, .xlsx, .pdf,
	 * -rejects.csv, -detail.csv.
	 */
	private static final Pattern REPORT = Pattern
		.compile("tco-\\d{4}-\\d{2}(\\.json|\\.xlsx|\\.pdf|-rejects\\.csv|-detail\\.csv)");

	/** The files found by walking the folder, and those set aside with the reason. */
	public record Walk(List<Path> files, List<SkippedInput> skipped) {
	}

	public static List<Path> findFiles(Path inputDir, List<String> ignoreGlobs) {
		return walk(inputDir, ignoreGlobs).files();
	}

	public static Walk walk(Path inputDir, List<String> ignoreGlobs) {
		List<PathMatcher> ignored = matchers(ignoreGlobs);
		List<Path> files = new ArrayList<>();
		List<SkippedInput> skipped = new ArrayList<>();
		Path root = realPath(inputDir);
		try {
			Files.walkFileTree(inputDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
					new SimpleFileVisitor<>() {
						@Override
						public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
							if (Files.exists(dir.resolve(DATA_FOLDER_MARK))) {
								return FileVisitResult.SKIP_SUBTREE;
							}
							if (!dir.equals(inputDir)) {
								staysInside(inputDir, root, dir);
								if (dir.getFileName().toString().startsWith(".")) {
									skipped.add(new SkippedInput(relativePath(inputDir, dir) + "/", "hidden folder"));
									return FileVisitResult.SKIP_SUBTREE;
								}
							}
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
							Path relative = inputDir.relativize(file);
							String name = file.getFileName().toString();
							if (!attributes.isRegularFile() || isAssumptions(relative) || REPORT.matcher(name).matches()
									|| name.equals(OUTPUT_FOLDER_MARK) || ignored.stream()
										.anyMatch(m -> m.matches(relative) || m.matches(relative.getFileName()))) {
								return FileVisitResult.CONTINUE;
							}
							staysInside(inputDir, root, file);
							String notExport = NotAnExport.reason(name);
							if (notExport != null) {
								skipped.add(new SkippedInput(relativePath(inputDir, file), notExport));
							}
							else {
								files.add(file);
							}
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
							if (ex instanceof FileSystemLoopException) {
								skipped.add(new SkippedInput(relativePath(inputDir, file),
										"symbolic link back to a folder above it: its files are read once, from there"));
								return FileVisitResult.CONTINUE;
							}
							throw ex;
						}
					});
		}
		catch (IOException | UncheckedIOException ex) {
			throw TcoException.usage(inputDir + ": cannot list the input folder: " + ex.getMessage());
		}
		files.sort(Comparator.comparing(file -> relativePath(inputDir, file)));
		skipped.sort(Comparator.comparing(SkippedInput::file));
		return new Walk(List.copyOf(files), List.copyOf(skipped));
	}

	/**
	 * A link may point anywhere; following one out of the input folder would read files
	 * the user did not give.
	 */
	private static void staysInside(Path inputDir, Path root, Path path) {
		if (!Files.isSymbolicLink(path)) {
			return;
		}
		Path target = realPath(path);
		if (!target.startsWith(root)) {
			throw TcoException.inputRejected(relativePath(inputDir, path) + ": symbolic link to " + target
					+ ", outside the input folder " + inputDir + "; copy the file into the folder, or remove the link");
		}
	}

	private static Path realPath(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException ex) {
			throw TcoException
				.inputRejected(path + ": cannot follow the path: " + ex.getMessage() + " (a broken symbolic link?)");
		}
	}

	/**
	 * The inputs below the folder, plain files and the entries of zip archives in place
	 * of the archives, with content duplicates set aside.
	 */
	public static Found findInputs(Path inputDir, List<String> ignoreGlobs) {
		List<PathMatcher> ignored = matchers(ignoreGlobs);
		Walk walk = walk(inputDir, ignoreGlobs);
		List<SkippedInput> skipped = new ArrayList<>(walk.skipped());
		List<InputFile> inputs = new ArrayList<>();
		for (Path file : walk.files()) {
			InputFile input = InputFile.plain(file, relativePath(inputDir, file));
			if (input.isZip()) {
				inputs.addAll(zipEntries(input, ignored, skipped));
			}
			else {
				inputs.add(input);
			}
		}
		ContentDuplicates.Split split = ContentDuplicates.split(inputs);
		skipped.addAll(split.skipped());
		return new Found(split.kept(), List.copyOf(skipped));
	}

	/** The inputs to read, and what was set aside with the reason. */
	public record Found(List<InputFile> inputs, List<SkippedInput> skipped) {
	}

	/**
	 * Detects every input's format; the first input of no supported format stops the run
	 * (exit 3).
	 */
	public static Discovery detectAll(Path inputDir, List<String> ignoreGlobs, PreferredExport preference) {
		Found found = findInputs(inputDir, ignoreGlobs);
		List<SkippedInput> skipped = new ArrayList<>(found.skipped());
		List<ExportFile> exports = new ArrayList<>();
		for (InputFile input : found.inputs()) {
			ExportFormat format = FormatDetector.detect(input);
			if (format == ExportFormat.OCI_USAGE) {
				// its quantities are the cost report's lines again, without their cost
				skipped.add(new SkippedInput(input.relativePath(),
						"an OCI usage report (quantities without cost): the OCI cost report is the bill"));
				continue;
			}
			exports.add(new ExportFile(input, format));
		}
		List<ExportFile> marked = AzureCostBasis.markAmortizedCompanions(exports);
		List<ExportFile> chosen = ExportOverlap.resolve(marked, preference, skipped);
		return new Discovery(chosen, List.copyOf(skipped), InvoiceReconciliation.check(chosen));
	}

	private static List<InputFile> zipEntries(InputFile archive, List<PathMatcher> ignored,
			List<SkippedInput> skipped) {
		List<InputFile> entries = new ArrayList<>();
		Map<String, ZipEntry> byName = new HashMap<>();
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
				if (ignored.stream().anyMatch(m -> m.matches(entryPath) || m.matches(Path.of(last)))) {
					continue;
				}
				String shown = archive.relativePath() + "/" + name;
				String notExport = name.startsWith("__MACOSX/") ? "operating-system file, not an export"
						: NotAnExport.reason(last);
				if (notExport != null) {
					skipped.add(new SkippedInput(shown, notExport));
					continue;
				}
				ZipEntry same = byName.putIfAbsent(name, entry);
				if (same != null) {
					if (same.getCrc() == entry.getCrc() && same.getSize() == entry.getSize()) {
						skipped.add(new SkippedInput(shown + " (second entry)",
								"same content as the first entry of that name: read once, so it is not counted twice"));
						continue;
					}
					// ZipFile serves the first of two entries of one name: the second
					// cannot be read apart from it
					throw TcoException.inputRejected(archive.relativePath() + ": two different entries are named '"
							+ name + "'; expected one entry per name (unpack the archive and keep the right file)");
				}
				entries.add(new InputFile(archive.path(), name, shown));
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

	/**
	 * The path relative to the input folder, with '/' on every platform, as the JSON
	 * summary names it.
	 */
	/**
	 * The file's path below the input folder, its names joined by '/': a backslash inside
	 * a name (a valid character on Linux and macOS) stays part of the name, so "a\\b.csv"
	 * is never taken for "a/b.csv".
	 */
	public static String relativePath(Path inputDir, Path file) {
		StringJoiner names = new StringJoiner("/");
		for (Path name : inputDir.relativize(file)) {
			names.add(name.toString());
		}
		return names.toString();
	}

	private static boolean isAssumptions(Path relative) {
		String name = relative.toString().toLowerCase(Locale.ROOT);
		return name.equals("assumptions.yaml") || name.equals("assumptions.yml");
	}

}
