package dev.orgd.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prepared statements on one connection, with parameters bound by type and failures rethrown as
 * {@link SqlFailure}. Parameters are {@code String}, {@code Long}, {@code Integer}, or a typed null
 * from {@link #text} or {@link #millis}.
 */
final class Sql {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** A null with the SQL type PostgreSQL needs to accept it into its column. */
  private enum TypedNull {
    TEXT(Types.VARCHAR),
    BIGINT(Types.BIGINT);

    final int sqlType;

    TypedNull(int sqlType) {
      this.sqlType = sqlType;
    }
  }

  private final Connection connection;
  private final StatementCache cache;

  Sql(Connection connection) {
    this(connection, null);
  }

  /** Statements on {@code connection}, taken from {@code cache} (which may be null) for reuse. */
  Sql(Connection connection, StatementCache cache) {
    this.connection = connection;
    this.cache = cache;
  }

  /** The connection the statements run on. */
  Connection connection() {
    return connection;
  }

  /** The value's text (an id's value, an enum's name), or a text null. */
  static Object text(Object value) {
    return value == null ? TypedNull.TEXT : value.toString();
  }

  /** The instant as epoch milliseconds, or a BIGINT null. */
  static Object millis(Instant at) {
    return at == null ? TypedNull.BIGINT : at.toEpochMilli();
  }

  /** The epoch-milliseconds column as an instant, or null. */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  <T> Optional<T> one(String sql, Row<T> row, Object... params) {
    List<T> rows = list(sql, row, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  <T> List<T> list(String sql, Row<T> row, Object... params) {
    PreparedStatement statement = null;
    boolean failed = true;
    try {
      statement = prepare(sql, params);
      List<T> result = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          result.add(row.map(rs));
        }
      }
      failed = false;
      return result;
    } catch (SQLException e) {
      throw new SqlFailure(e);
    } finally {
      release(sql, statement, failed);
    }
  }

  /** The first column of the first row, as a long (counts, sequence numbers). */
  long number(String sql, Object... params) {
    return one(sql, rs -> rs.getLong(1), params)
        .orElseThrow(() -> new IllegalStateException("no row from " + sql));
  }

  int update(String sql, Object... params) {
    PreparedStatement statement = null;
    boolean failed = true;
    try {
      statement = prepare(sql, params);
      int count = statement.executeUpdate();
      failed = false;
      return count;
    } catch (SQLException e) {
      throw new SqlFailure(e);
    } finally {
      release(sql, statement, failed);
    }
  }

  /** Runs a statement without parameters or results (BEGIN, SAVEPOINT, COMMIT ...). */
  void execute(String sql) throws SQLException {
    PreparedStatement statement = null;
    boolean failed = true;
    try {
      statement = cache != null ? cache.statement(sql) : connection.prepareStatement(sql);
      statement.execute();
      failed = false;
    } finally {
      release(sql, statement, failed);
    }
  }

  private PreparedStatement prepare(String sql, Object... params) throws SQLException {
    PreparedStatement statement =
        cache != null ? cache.statement(sql) : connection.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        bind(statement, i + 1, params[i]);
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      release(sql, statement, true);
      throw e;
    }
  }

  /** Closes a statement that is not kept, or a kept one that failed (it may be in any state). */
  private void release(String sql, PreparedStatement statement, boolean failed) {
    if (statement == null) {
      return;
    }
    if (cache != null) {
      if (failed) {
        cache.discard(sql);
      }
      return;
    }
    try {
      statement.close();
    } catch (SQLException e) {
      // nothing more to release
    }
  }

  private static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value instanceof String s) {
      statement.setString(index, s);
    } else if (value instanceof Long l) {
      statement.setLong(index, l);
    } else if (value instanceof Integer i) {
      statement.setInt(index, i);
    } else if (value instanceof TypedNull n) {
      statement.setNull(index, n.sqlType);
    } else {
      throw new IllegalArgumentException("cannot bind " + value + " to parameter " + index);
    }
  }

  /**
   * An INSERT that replaces the row with the same key: {@code ON CONFLICT ... DO UPDATE}, which
   * SQLite and PostgreSQL both speak. The key columns come first in {@code columns}.
   */
  static String upsert(String table, int keyColumns, String... columns) {
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (");
    sql.append(String.join(", ", columns)).append(") VALUES (");
    sql.append("?, ".repeat(columns.length - 1)).append("?) ON CONFLICT (");
    sql.append(String.join(", ", List.of(columns).subList(0, keyColumns)));
    sql.append(") DO UPDATE SET ");
    for (int i = keyColumns; i < columns.length; i++) {
      sql.append(i > keyColumns ? ", " : "").append(columns[i]).append(" = excluded.");
      sql.append(columns[i]);
    }
    return sql.toString();
  }
}
