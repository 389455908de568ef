package dev.orgd.store.jdbc;

import dev.orgd.core.store.OrderKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the JDBC repositories share: the unit of work's statements, and whether it may write. */
abstract class JdbcRepository {
  final Sql sql;
  private final boolean writable;

  JdbcRepository(Sql sql, boolean writable) {
    this.sql = sql;
    this.writable = writable;
  }

  /** Refuses a write in a read-only unit of work. */
  final void writable() {
    if (!writable) {
      throw new IllegalStateException("write in a read-only unit of work");
    }
  }

  /**
   * One keyset page in the order of an {@link OrderKey}: {@code select} (a query ending in a WHERE
   * clause that binds {@code params}) ordered by {@code atColumn} then {@code idColumn}, from after
   * {@code after} (null: the first page), at most {@code limit} rows.
   */
  final <T> List<T> pageInOrder(
      String select,
      String atColumn,
      String idColumn,
      OrderKey after,
      int limit,
      Sql.Row<T> row,
      Object... params) {
    List<Object> args = new ArrayList<>(Arrays.asList(params));
    String from = "";
    if (after != null) {
      from = " AND (%1$s > ? OR (%1$s = ? AND %2$s > ?))".formatted(atColumn, idColumn);
      long at = after.at().toEpochMilli();
      args.addAll(List.of(at, at, after.id()));
    }
    args.add(limit);
    String order = " ORDER BY " + atColumn + ", " + idColumn + " LIMIT ?";
    return sql.list(select + from + order, row, args.toArray());
  }
}
