package dev.orgd.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The command line's claim on a SQLite data directory: an exclusive lock on {@code orgd.lock} in
 * it, held while orgd runs, so that a second orgd on the same directory is refused instead of
 * sharing the database file behind the first one's back (its group commit and statement cache
 * assume one writer process). The operating system releases the lock when the process ends, however
 * it ends.
 */
final class DataDirLock implements AutoCloseable {
  static final String FILE = "orgd.lock";

  private final FileChannel channel;

  private DataDirLock(FileChannel channel) {
    this.channel = channel;
  }

  /**
   * Locks the data directory of a SQLite configuration; nothing for the other backends, nor when
   * the directory cannot be created or written (the store then says why it cannot use it).
   *
   * @throws IllegalStateException when another orgd holds the directory
   */
  static DataDirLock acquire(ServerConfig config) {
    if (config.storage() != ServerConfig.Storage.SQLITE) {
      return new DataDirLock(null);
    }
    Path dir = config.dataDirOrDefault().toAbsolutePath().normalize();
    FileChannel channel;
    try {
      Files.createDirectories(dir);
      channel =
          FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      return new DataDirLock(null);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException | IOException e) {
      lock = null;
    }
    if (lock == null) {
      close(channel);
      throw new IllegalStateException(
          "another orgd is already using "
              + dir
              + " (one process per SQLite database): stop it, or give this one another --data-dir");
    }
    return new DataDirLock(channel);
  }

  /** Releases the lock (closing the channel releases it). */
  @Override
  public void close() {
    if (channel != null) {
      close(channel);
    }
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing to do: the lock goes with the process at the latest.
    }
  }
}
