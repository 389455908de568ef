package dev.orgd.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The prepared statements of one SQLite connection, kept for reuse. sqlite-jdbc compiles a
 * statement anew every time one is prepared, which was a good part of what a write unit cost, and
 * as much as running the statements of a read; a connection runs the same few statements over and
 * over. {@link StatementCaches} keeps one for each connection, the writer's ({@link GroupCommit})
 * and each reader's. The statements belong to the driver's connection itself, not to the pool's
 * wrapper of it, so the pool does not close them when the connection goes back to it. Not
 * thread-safe: the connection has one user at a time.
 */
final class StatementCache {
  /**
   * More distinct statements than orgd's code writes: each is a constant or built from a few fixed
   * parts. Should one ever carry a value in its text, the cache starts over rather than grow.
   */
  static final int MAX_STATEMENTS = 512;

  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  /** A cache for the driver connection behind {@code pooled}. */
  StatementCache(Connection pooled) throws SQLException {
    this.connection = pooled.unwrap(org.sqlite.SQLiteConnection.class);
  }

  /** The statement for {@code sql}, prepared the first time it is asked for. */
  PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      if (statements.size() >= MAX_STATEMENTS) {
        close();
      }
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  /** How many statements are kept. */
  int size() {
    return statements.size();
  }

  /** Forgets and closes the statement for {@code sql}, after it failed. */
  void discard(String sql) {
    PreparedStatement statement = statements.remove(sql);
    if (statement != null) {
      closeQuietly(statement);
    }
  }

  /** Closes every statement (the connection is being replaced or closed). */
  void close() {
    statements.values().forEach(StatementCache::closeQuietly);
    statements.clear();
  }

  private static void closeQuietly(PreparedStatement statement) {
    try {
      statement.close();
    } catch (SQLException e) {
      // its connection is gone or going; nothing is left to release
    }
  }
}
