package dev.orgd.store.jdbc;

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
}
