package dev.orgd.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.SQLiteConnection;

/**
 * One {@link StatementCache} for each SQLite connection of a pool: the writer's, and each of the
 * readers', which several threads share. Without them, every read compiled each of its statements
 * anew and threw it away: a ListChildren call prepared four, and preparing took as long as running
 * them. A connection has one user at a time, so its cache needs no lock of its own; the caches of
 * connections that the pool has since closed (closing a connection closes its statements) are
 * dropped when a new connection first asks for one.
 */
final class StatementCaches {
  private final Map<SQLiteConnection, StatementCache> caches = new ConcurrentHashMap<>();

  /** The cache for the driver connection behind {@code pooled}, made the first time. */
  StatementCache of(Connection pooled) throws SQLException {
    SQLiteConnection driver = pooled.unwrap(SQLiteConnection.class);
    StatementCache cache = caches.get(driver);
    if (cache == null) {
      caches.keySet().removeIf(StatementCaches::isClosed);
      cache = new StatementCache(pooled);
      caches.put(driver, cache);
    }
    return cache;
  }

  /** How many connections have a cache (for tests). */
  int size() {
    return caches.size();
  }

  private static boolean isClosed(SQLiteConnection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }
}
