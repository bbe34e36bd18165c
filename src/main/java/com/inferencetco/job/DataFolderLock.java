package com.inferencetco.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import com.inferencetco.ExitCode;
import com.inferencetco.TcoException;
import com.inferencetco.ingest.InputDiscovery;

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
	 */
	public static DataFolderLock acquireOutput(Path outputDir) {
		return acquire(outputDir, InputDiscovery.OUTPUT_FOLDER_MARK, "report", "--output");
	}

	private static DataFolderLock acquire(Path dataDir, String mark, String what, String option) {
		Path file = dataDir.resolve(mark);
		try {
			Files.createDirectories(dataDir);
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
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
