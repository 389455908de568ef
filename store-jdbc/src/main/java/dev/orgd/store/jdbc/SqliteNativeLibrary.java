package dev.orgd.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where sqlite-jdbc loads its native library from. By itself it asks the system what it runs on
 * (which starts {@code uname}), unpacks the library from its jar into the temporary directory and
 * deletes it at exit, on every start: about 60 ms of a start on two cores. When the system property
 * {@value #CACHE_PROPERTY} names a directory (the {@code ./orgd} launcher passes one in its build
 * directory), the library is unpacked there once per sqlite-jdbc version and loaded from there on
 * later starts. Should that copy fail to load, sqlite-jdbc falls back to unpacking its own.
 */
final class SqliteNativeLibrary {
  static final String CACHE_PROPERTY = "orgd.sqlite.native-cache";

  private static final Logger log = LoggerFactory.getLogger(SqliteNativeLibrary.class);

  private SqliteNativeLibrary() {
    throw new AssertionError("not instantiable");
  }

  /** Points sqlite-jdbc at the kept copy, unpacking it first if needed; else does nothing. */
  static synchronized void useKeptCopy() {
    String cache = System.getProperty(CACHE_PROPERTY);
    if (cache == null || cache.isBlank() || System.getProperty("org.sqlite.lib.path") != null) {
      return;
    }
    try {
      Path dir = Path.of(cache).toAbsolutePath().resolve(SQLiteJDBCLoader.getVersion());
      String name = LibraryLoaderUtil.getNativeLibName();
      Path library = dir.resolve(name);
      if (!Files.isRegularFile(library) && !unpack(dir, name, library)) {
        return;
      }
      System.setProperty("org.sqlite.lib.path", dir.toString());
      System.setProperty("org.sqlite.lib.name", name);
    } catch (IOException | RuntimeException e) {
      log.debug("Cannot keep sqlite-jdbc's native library in {}; it unpacks its own", cache, e);
    }
  }

  /** Copies the library out of sqlite-jdbc's jar; a partial copy never takes the final name. */
  private static boolean unpack(Path dir, String name, Path library) throws IOException {
    String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        return false;
      }
      Files.createDirectories(dir);
      Path partial = Files.createTempFile(dir, name, ".partial");
      try {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
    }
    return true;
  }
}
