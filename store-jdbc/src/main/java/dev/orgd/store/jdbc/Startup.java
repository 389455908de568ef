package dev.orgd.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opening a JDBC store: check the place, connect once and migrate, then pool. Whatever goes wrong
 * on the way becomes a {@link StoreStartupException} whose message says what to fix.
 */
final class Startup {
  static final String DATABASE_FILE = "orgd.db";

  private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 5_000;
  private static final int SQLITE_READERS = 4;
  private static final int POSTGRES_POOL_SIZE = 10;

  private Startup() {
    throw new AssertionError("not instantiable");
  }

  static JdbcStore sqlite(Path dataDir) {
    SqliteNativeLibrary.useKeptCopy();
    Path file = writableDirectory(dataDir).resolve(DATABASE_FILE);
    SQLiteDataSource direct = sqliteDataSource(file);
    Function<Throwable, StoreStartupException> problem = e -> sqliteProblem(file, e);
    String version = migrate(direct, Dialect.SQLITE, problem);
    HikariDataSource writer = pool("orgd-sqlite-writer", direct, 1, problem);
    try {
      HikariDataSource readers = pool("orgd-sqlite-reader", direct, SQLITE_READERS, problem);
      return open(Dialect.SQLITE, writer, readers, version, file.toString(), problem);
    } catch (RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  static JdbcStore postgres(String jdbcUrl) {
    String shown = withoutPassword(jdbcUrl);
    PGSimpleDataSource direct = postgresDataSource(jdbcUrl, shown);
    Function<Throwable, StoreStartupException> problem = e -> postgresProblem(shown, e);
    String version = migrate(direct, Dialect.POSTGRES, problem);
    HikariDataSource pool = pool("orgd-postgres", direct, POSTGRES_POOL_SIZE, problem);
    return open(Dialect.POSTGRES, pool, pool, version, shown, problem);
  }

  /** The URL as it may be shown: the value of every password parameter masked. */
  static String withoutPassword(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static JdbcStore open(
      Dialect dialect,
      HikariDataSource writers,
      HikariDataSource readers,
      String version,
      String location,
      Function<Throwable, StoreStartupException> problem) {
    try {
      return new JdbcStore(dialect, writers, readers, version, location);
    } catch (RuntimeException e) {
      readers.close();
      writers.close();
      throw problem.apply(e);
    }
  }

  // --- SQLite -----------------------------------------------------------------------------------

  /** The data directory, created if missing, once a file could be written into it. */
  private static Path writableDirectory(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new StoreStartupException(
          "The data directory " + dir + " cannot be used: it exists and is not a directory", e);
    } catch (IOException e) {
      throw new StoreStartupException(
          "The data directory " + dir + " cannot be created: " + reason(e), e);
    }
    try {
      Files.delete(Files.createTempFile(dir, ".orgd-write-check", ".tmp"));
    } catch (IOException e) {
      throw new StoreStartupException(
          "The data directory " + dir + " is not writable: " + reason(e), e);
    }
    return dir;
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return Failures.summary(e);
  }

  /**
   * Connections in WAL mode that sync every commit (FULL), so an acknowledged write survives. The
   * journals of statements inside a transaction (a write unit's savepoint) stay in memory: SQLite
   * otherwise creates, and deletes again, a temporary file for one every few write units. They only
   * ever serve to roll a statement back, so durability does not depend on them.
   */
  private static SQLiteDataSource sqliteDataSource(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
    return dataSource;
  }

  private static StoreStartupException sqliteProblem(Path file, Throwable failure) {
    SQLException e = Failures.sqlCause(failure).orElse(null);
    String message;
    if (e == null) {
      message = "The SQLite database " + file + " cannot be opened: " + Failures.summary(failure);
    } else {
      message =
          switch (e.getErrorCode() & 0xff) {
            case 11, 26 ->
                "The database file "
                    + file
                    + " is damaged or is not an SQLite database: move it away or restore a backup";
            case 14 ->
                "The database file "
                    + file
                    + " cannot be opened: check that it is a file and that you may write to it";
            case 8, 23 -> "The database file " + file + " is read-only or not accessible";
            case 5, 6 -> "The database file " + file + " is locked by another process";
            default -> "The SQLite database " + file + " cannot be opened: " + Failures.summary(e);
          };
    }
    return new StoreStartupException(message, failure);
  }

  // --- PostgreSQL -------------------------------------------------------------------------------

  private static PGSimpleDataSource postgresDataSource(String jdbcUrl, String shown) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    // Defaults that the URL's own parameters override.
    dataSource.setConnectTimeout(5);
    dataSource.setTcpKeepAlive(true);
    dataSource.setApplicationName("orgd");
    // Every statement orgd prepares is a lookup by key or a keyset page (LIMIT ?). For such a page,
    // a generic plan's estimate assumes a tenth of the table, so PostgreSQL (plan_cache_mode auto)
    // judges it dearer than a plan for the values given and plans every execution anew: on 5,000
    // accounts that planning made a ListAccounts call 0.25 ms slower than on 10. The generic plan
    // it would use is the same index scan. Needs PostgreSQL 12 or later.
    dataSource.setOptions("-c plan_cache_mode=force_generic_plan");
    try {
      dataSource.setURL(jdbcUrl);
    } catch (IllegalArgumentException e) {
      throw new StoreStartupException(
          "Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database?user=...): " + shown, e);
    }
    return dataSource;
  }

  private static StoreStartupException postgresProblem(String shownUrl, Throwable failure) {
    Throwable cause = Failures.sqlCause(failure).map(Throwable.class::cast).orElse(failure);
    return new StoreStartupException(
        "Cannot use PostgreSQL at " + shownUrl + ": " + Failures.summary(cause), failure);
  }

  // --- both -------------------------------------------------------------------------------------

  /**
   * Connects once (so that a bad place fails fast and clearly) and, on that connection, applies the
   * migrations ({@link Migrations}); returns the schema's version.
   */
  private static String migrate(
      DataSource dataSource, Dialect dialect, Function<Throwable, StoreStartupException> problem) {
    try (Connection connection = dataSource.getConnection()) {
      return Migrations.migrate(connection, dialect);
    } catch (SQLException | RuntimeException e) {
      throw problem.apply(e);
    }
  }

  private static HikariDataSource pool(
      String name,
      DataSource dataSource,
      int size,
      Function<Throwable, StoreStartupException> problem) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setDataSource(dataSource);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(Math.min(size, 2));
    config.setConnectionTimeout(5_000);
    config.setValidationTimeout(2_000);
    if (dataSource instanceof PGSimpleDataSource) {
      config.setAutoCommit(false);
      config.setTransactionIsolation("TRANSACTION_SERIALIZABLE");
    } else {
      // Transactions are spelled out with BEGIN/COMMIT; see Dialect.SQLITE.
      config.setAutoCommit(true);
      // A writer waits for the one writer connection as long as SQLite would wait for its lock.
      config.setConnectionTimeout(30_000);
    }
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw problem.apply(e);
    }
  }
}
