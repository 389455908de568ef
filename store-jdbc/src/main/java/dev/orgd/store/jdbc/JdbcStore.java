package dev.orgd.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.store.Store;
import dev.orgd.core.store.StoreTx;
import dev.orgd.core.store.WriteScope;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage port on SQLite or PostgreSQL, through plain JDBC and a HikariCP pool. The schema is
 * migrated ({@link Migrations}) when the store opens.
 *
 * <p>Each {@link #read} and {@link #write} is one transaction. On PostgreSQL it runs SERIALIZABLE;
 * when the database aborts it for a conflict with a concurrent transaction (SQLState 40001 or
 * 40P01) the whole unit of work runs again, up to {@value #MAX_ATTEMPTS} times in all with a short
 * random pause between, and then fails with ConcurrentModificationException. Before its transaction
 * begins, a write takes the locks of the organizations its {@link WriteScope} names ({@link
 * OrganizationLocks}), so that writes of one organization wait for one another, across nodes,
 * instead of conflicting; the retry stays for the conflicts no scope foresaw. On SQLite the writes
 * are serialized (one writer connection, BEGIN IMMEDIATE) and every commit is synced to disk;
 * writers that queue up behind one another share a commit ({@link GroupCommit}). A database that
 * cannot be reached fails the call with ServiceException; the pool reconnects once it is back.
 */
public final class JdbcStore implements Store {
  /**
   * How many times a unit of work runs before a conflict is given up as concurrent modification.
   */
  public static final int MAX_ATTEMPTS = 5;

  private static final Logger log = LoggerFactory.getLogger(JdbcStore.class);

  private final Dialect dialect;
  private final HikariDataSource writers;
  private final HikariDataSource readers;
  private final String schemaVersion;
  private final String location;
  private final byte[] tokenKey;
  // Set once the constructor's first unit of work has run; failures before are start-up errors.
  private volatile boolean opened;
  private final GroupCommit groupCommit;
  // SQLite's readers keep their prepared statements; PostgreSQL's driver keeps its own.
  private final StatementCaches readerStatements;

  /**
   * A store on the migrated database behind the pools ({@code readers} may be {@code writers}). It
   * makes the token key if the database has none yet.
   */
  JdbcStore(
      Dialect dialect,
      HikariDataSource writers,
      HikariDataSource readers,
      String schemaVersion,
      String location) {
    this.dialect = dialect;
    this.writers = writers;
    this.readers = readers;
    this.schemaVersion = schemaVersion;
    this.location = location;
    this.groupCommit = dialect == Dialect.SQLITE ? new GroupCommit(writers) : null;
    this.readerStatements = dialect == Dialect.SQLITE ? new StatementCaches() : null;
    byte[] candidate = new byte[32];
    new SecureRandom().nextBytes(candidate);
    this.tokenKey =
        transaction(true, WriteScope.NONE, sql -> new Settings(sql).tokenKey(candidate));
    this.opened = true;
  }

  /**
   * Opens (creating if needed) the SQLite database {@code orgd.db} in {@code dataDir}, which is
   * created if missing.
   *
   * @throws StoreStartupException when the directory or the database file cannot be used
   */
  public static JdbcStore sqlite(Path dataDir) {
    return Startup.sqlite(dataDir);
  }

  /**
   * Opens the PostgreSQL database at {@code jdbcUrl} (for example {@code
   * jdbc:postgresql://127.0.0.1:5432/orgd?user=orgd&password=secret}). Any number of orgd nodes may
   * share one database; they share its data, its clock setting and its token key.
   *
   * @throws StoreStartupException when PostgreSQL is unreachable, refuses the login or the schema
   *     cannot be migrated
   */
  public static JdbcStore postgres(String jdbcUrl) {
    return Startup.postgres(jdbcUrl);
  }

  @Override
  public <T> T read(Function<StoreTx, T> work) {
    return transaction(
        false, WriteScope.NONE, sql -> work.apply(new JdbcTx(sql, dialect, false, tokenKey)));
  }

  @Override
  public <T> T write(WriteScope scope, Function<StoreTx, T> work) {
    return transaction(true, scope, sql -> work.apply(new JdbcTx(sql, dialect, true, tokenKey)));
  }

  @Override
  public String kind() {
    return dialect.kind();
  }

  @Override
  public String schemaVersion() {
    return schemaVersion;
  }

  /** The database file (SQLite) or the JDBC URL with its password masked (PostgreSQL). */
  @Override
  public String location() {
    return location;
  }

  /** The pools' connections added up (SQLite has a writer pool and a reader pool). */
  @Override
  public Map<String, Number> poolFigures() {
    Map<String, Number> figures = new LinkedHashMap<>();
    for (HikariDataSource pool :
        readers == writers ? List.of(writers) : List.of(writers, readers)) {
      HikariPoolMXBean bean = pool.getHikariPoolMXBean();
      if (bean != null) {
        figures.merge("active", bean.getActiveConnections(), (a, b) -> a.intValue() + b.intValue());
        figures.merge("idle", bean.getIdleConnections(), (a, b) -> a.intValue() + b.intValue());
        figures.merge("total", bean.getTotalConnections(), (a, b) -> a.intValue() + b.intValue());
        figures.merge(
            "waiting", bean.getThreadsAwaitingConnection(), (a, b) -> a.intValue() + b.intValue());
      }
    }
    return figures;
  }

  @Override
  public void close() {
    writers.close();
    if (readers != writers) {
      readers.close();
    }
  }

  /** Runs {@code work} in one transaction, again on a conflict, and maps database failures. */
  private <T> T transaction(boolean write, WriteScope scope, Function<Sql, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return write && groupCommit != null ? groupCommit.write(work) : once(write, scope, work);
      } catch (SqlFailure failure) {
        SQLException e = failure.getCause();
        if (!dialect.isConflict(e)) {
          throw storageFailed(e);
        }
        if (attempt == MAX_ATTEMPTS) {
          log.info("Gave up a unit of work after {} conflicts: {}", attempt, e.getMessage());
          throw OrgdException.concurrentModification();
        }
        pause(attempt);
      }
    }
  }

  private <T> T once(boolean write, WriteScope scope, Function<Sql, T> work) {
    HikariDataSource pool = write ? writers : readers;
    Connection connection;
    try {
      connection = pool.getConnection();
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
    boolean locking = write && dialect.locksOrganizations() && !scope.isEmpty();
    try {
      if (locking) {
        OrganizationLocks.lock(connection, scope);
      }
      return inTransaction(pool, connection, write, work);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    } finally {
      if (locking) {
        unlock(pool, connection);
      }
      try {
        connection.close();
      } catch (SQLException e) {
        log.warn("Could not return a connection to the pool", e);
      }
    }
  }

  private <T> T inTransaction(
      HikariDataSource pool, Connection connection, boolean write, Function<Sql, T> work)
      throws SQLException {
    Sql sql =
        !write && readerStatements != null
            ? new Sql(connection, readerStatements.of(connection))
            : new Sql(connection);
    dialect.begin(sql, write);
    T result;
    try {
      result = work.apply(sql);
      dialect.commit(sql);
    } catch (SQLException | RuntimeException | Error e) {
      rollback(pool, connection, sql);
      throw e;
    }
    return result;
  }

  /**
   * Gives back the organization locks; a connection that cannot is dropped from the pool, which
   * ends its session and with it the locks, rather than reused while holding them.
   */
  private void unlock(HikariDataSource pool, Connection connection) {
    try {
      OrganizationLocks.unlockAll(connection);
    } catch (SQLException | RuntimeException e) {
      log.debug("Could not release the organization locks; evicting the connection", e);
      pool.evictConnection(connection);
    }
  }

  /** Rolls back; a connection that cannot even do that is dropped from the pool, not reused. */
  private void rollback(HikariDataSource pool, Connection connection, Sql sql) {
    try {
      dialect.rollback(sql);
    } catch (SQLException | RuntimeException e) {
      log.debug("Rollback failed; evicting the connection", e);
      pool.evictConnection(connection);
    }
  }

  private OrgdException storageFailed(SQLException e) {
    if (opened) {
      log.warn("The {} database failed (SQLState {})", kind(), e.getSQLState(), e);
    } else {
      // Still opening: the failure becomes the StoreStartupException its caller reports.
      log.debug("The {} database failed while opening", kind(), e);
    }
    String what = Failures.isConnectionFailure(e) ? "is unavailable" : "failed";
    if (!opened) {
      // Before orgd listens, the message is the one line an operator reads on the console.
      return OrgdException.service(
          "The " + kind() + " database " + what + ": " + Failures.summary(e));
    }
    // Once serving, the message reaches the client: the driver's text (which names tables,
    // values, encodings) stays in the log.
    return OrgdException.service("The " + kind() + " database " + what + ".");
  }

  /** Waits a little, more after each conflict and at random, so that the racers drift apart. */
  private static void pause(int attempt) {
    long ceiling = 5L << attempt;
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw OrgdException.concurrentModification();
    }
  }
}
