package dev.orgd.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * SQLite's write units, committed in groups: SQLite has one writer at a time and syncs every commit
 * to disk, so writers that queue up behind a unit join its transaction instead of each waiting for
 * a commit of its own. Each unit runs in a savepoint, in arrival order, and sees the units before
 * it as a serial order would; a unit that fails is rolled back to its savepoint alone. The last
 * unit of a group (the one nobody is queued behind, or the {@value #MAX_UNITS}th) commits, and
 * every unit of the group returns only once that commit is on disk, so nothing is acknowledged
 * before it is durable. If the commit fails, every unit of the group fails and none is applied.
 */
final class GroupCommit {
  /** The most units one commit covers, which bounds how long the first of them waits. */
  static final int MAX_UNITS = 64;

  private final HikariDataSource pool;
  private final ReentrantLock lock = new ReentrantLock();
  private Group open; // guarded by lock
  // The writer connection's statements (a new connection, when the pool replaces it, gets its own).
  private final StatementCaches statements = new StatementCaches();

  GroupCommit(HikariDataSource pool) {
    this.pool = pool;
  }

  /**
   * Runs {@code work} in the open group (starting one if there is none) and returns its result once
   * the group is committed. A failure of the work is thrown as it was, once its savepoint is rolled
   * back; SQL failures come as {@link SqlFailure}.
   */
  <T> T write(Function<Sql, T> work) {
    Group group;
    T result;
    lock.lock();
    try {
      if (open == null) {
        open = begin();
      }
      group = open;
      try {
        result = group.run(work);
      } finally {
        if (!group.failed() && group.units < MAX_UNITS && lock.hasQueuedThreads()) {
          group.units++; // the next writer joins this transaction and may commit it
        } else {
          open = null;
          group.finish();
        }
      }
    } finally {
      lock.unlock();
    }
    group.awaitCommit();
    return result;
  }

  /** Begins a group on the writer connection, with the statements kept for it. */
  private Group begin() {
    Connection connection;
    try {
      connection = pool.getConnection();
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
    try {
      Sql sql = new Sql(connection, statements.of(connection));
      sql.execute("BEGIN IMMEDIATE");
      return new Group(pool, connection, sql);
    } catch (SQLException e) {
      Group.close(pool, connection, true);
      throw new SqlFailure(e);
    }
  }

  /** One transaction on the writer connection, shared by the units that arrive while it is open. */
  private static final class Group {
    private final HikariDataSource pool;
    private final Connection connection;
    private final Sql sql;
    private final CompletableFuture<Void> committed = new CompletableFuture<>();
    int units = 1;
    private SQLException broken;

    private Group(HikariDataSource pool, Connection connection, Sql sql) {
      this.pool = pool;
      this.connection = connection;
      this.sql = sql;
    }

    boolean failed() {
      return broken != null;
    }

    /** Runs one unit in a savepoint; a unit that throws leaves no trace in the group. */
    <T> T run(Function<Sql, T> work) {
      try {
        sql.execute("SAVEPOINT unit");
      } catch (SQLException e) {
        broken = e;
        throw new SqlFailure(e);
      }
      T result;
      try {
        result = work.apply(sql);
      } catch (RuntimeException | Error e) {
        try {
          sql.execute("ROLLBACK TO unit");
          sql.execute("RELEASE unit");
        } catch (SQLException rollback) {
          broken = rollback;
        }
        throw e;
      }
      try {
        sql.execute("RELEASE unit");
      } catch (SQLException e) {
        broken = e;
        throw new SqlFailure(e);
      }
      return result;
    }

    /** Commits (or, when the connection broke, rolls back) and tells every unit how it went. */
    void finish() {
      SQLException failure = broken;
      if (failure == null) {
        try {
          sql.execute("COMMIT");
        } catch (SQLException e) {
          failure = e;
        }
      }
      if (failure != null) {
        try {
          sql.execute("ROLLBACK");
        } catch (SQLException ignored) {
          // the connection is evicted below
        }
      }
      close(pool, connection, failure != null);
      if (failure == null) {
        committed.complete(null);
      } else {
        committed.completeExceptionally(new SqlFailure(failure));
      }
    }

    void awaitCommit() {
      boolean interrupted = false;
      try {
        while (true) {
          try {
            committed.get();
            return;
          } catch (InterruptedException e) {
            interrupted = true; // the commit is under way; its outcome is the unit's outcome
          } catch (ExecutionException e) {
            throw (SqlFailure) e.getCause();
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private static void close(HikariDataSource pool, Connection connection, boolean evict) {
      if (evict) {
        pool.evictConnection(connection);
      }
      try {
        connection.close();
      } catch (SQLException e) {
        // returned to the pool or dropped: nothing more to do
      }
    }
  }
}
