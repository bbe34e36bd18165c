package com.inferencetco.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import com.inferencetco.ExitCode;
import com.inferencetco.TcoException;
import com.inferencetco.ingest.InputDiscovery;
import com.inferencetco.report.ReportPublication;

/**
 * One run at a time per data folder, and per report folder. The operating system releases
 * the lock when the process ends, even on kill -9, so a crashed run never blocks the next
 * one; the file names the holder so a refused run can say who is busy and since when.
 */
public final class DataFolderLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	public static DataFolderLock acquire(Path dataDir) {
		return acquire(dataDir, InputDiscovery.DATA_FOLDER_MARK, "data", "--data");
	}

	/**
	 * Two runs writing the same reports would each move their files into place over the
	 * other's: the second one waits for nothing and says who holds the folder (exit 4).
	 * Holding it, the set of reports an earlier run was killed while publishing is
	 * completed (or its unfinished staging removed) before anything else happens.
	 */
	public static DataFolderLock acquireOutput(Path outputDir) {
		DataFolderLock lock = acquire(outputDir, InputDiscovery.OUTPUT_FOLDER_MARK, "report", "--output");
		try {
			ReportPublication.recover(outputDir);
		}
		catch (IOException | RuntimeException ex) {
			lock.close();
			throw new TcoException(ExitCode.UNEXPECTED, outputDir + ": cannot complete the reports an earlier run "
					+ "left there: " + ex.getMessage() + " (remove the folders named .tco-*.staging-* and run again)",
					ex);
		}
		return lock;
	}

	private static DataFolderLock acquire(Path dataDir, String mark, String what, String option) {
		Path file = dataDir.resolve(mark);
		try {
			Files.createDirectories(dataDir);
			// a link planted under the lock's name would have its target truncated:
			// refused
			if (Files.isSymbolicLink(file)) {
				throw TcoException.usage(file + ": the lock file is a symbolic link; refused, as writing it would "
						+ "change the file it points to: remove the link and run again");
			}
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
			if (names(file) > 1) {
				channel.close();
				throw TcoException.usage(file + ": the lock file has other names (a hard link); refused, as writing "
						+ "it would change another file: remove it and run again");
			}
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
				channel.close();
				throw new TcoException(ExitCode.BUSY,
						"busy: another run holds the " + what + " folder " + dataDir + " ("
								+ (holder.isEmpty() ? "holder unknown" : holder) + "); wait for it to finish, or use "
								+ "another " + option + " folder");
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + " since " + Instant.now())
				.getBytes(StandardCharsets.UTF_8)), 0);
			channel.force(false);
			return new DataFolderLock(channel, lock);
		}
		catch (IOException ex) {
			throw TcoException.usage(dataDir + ": cannot use the " + what + " folder: " + ex.getMessage()
					+ " (expected a writable folder)");
		}
	}

	/** How many names (hard links) the file has; 1 where the file system does not say. */
	private static int names(Path file) throws IOException {
		try {
			return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
		}
		catch (UnsupportedOperationException ex) {
			return 1;
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
			channel.close();
		}
		catch (IOException ex) {
			// the lock goes with the process in any case
		}
	}

}
