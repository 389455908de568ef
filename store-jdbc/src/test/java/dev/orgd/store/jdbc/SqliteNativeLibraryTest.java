package dev.orgd.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

/** The launcher's kept copy of sqlite-jdbc's native library. */
class SqliteNativeLibraryTest {
  private static final String[] PROPERTIES = {
    SqliteNativeLibrary.CACHE_PROPERTY, "org.sqlite.lib.path", "org.sqlite.lib.name"
  };

  @TempDir Path cache;

  @AfterEach
  void clearProperties() {
    for (String property : PROPERTIES) {
      System.clearProperty(property);
    }
  }

  @Test
  void theLibraryIsUnpackedOnceIntoTheCacheAndLoadedFromThere() throws Exception {
    System.setProperty(SqliteNativeLibrary.CACHE_PROPERTY, cache.toString());

    SqliteNativeLibrary.useKeptCopy();

    Path dir = cache.resolve(SQLiteJDBCLoader.getVersion());
    String name = System.getProperty("org.sqlite.lib.name");
    assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo(dir.toString());
    assertThat(Files.size(dir.resolve(name))).isGreaterThan(100_000);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve(name)); // no partial copy left behind
    }
  }

  @Test
  void withoutTheCachePropertyNothingChanges() {
    SqliteNativeLibrary.useKeptCopy();

    assertThat(System.getProperty("org.sqlite.lib.path")).isNull();
  }
}
