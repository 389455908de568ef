package dev.orgd.store.jdbc;

import java.sql.SQLException;

/** What differs between the SQL databases orgd runs on: transactions, sequences, conflicts. */
enum Dialect {
  /**
   * Write units start with BEGIN IMMEDIATE, so they take the write lock up front and writers
   * serialize instead of failing on a lock upgrade. Connections stay in auto-commit mode and the
   * transaction is spelled out, because sqlite-jdbc's own mode opens a new one on every commit.
   */
  SQLITE(
      "sqlite",
      "UPDATE counters SET value = value + 1 WHERE name = 'handshake_sequence'"
          + " RETURNING value") {
    @Override
    void begin(Sql sql, boolean write) throws SQLException {
      sql.execute(write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    }

    @Override
    void commit(Sql sql) throws SQLException {
      sql.execute("COMMIT");
    }

    @Override
    void rollback(Sql sql) throws SQLException {
      sql.execute("ROLLBACK");
    }

    @Override
    boolean locksOrganizations() {
      return false;
    }

    @Override
    boolean isConflict(SQLException e) {
      int primaryCode = e.getErrorCode() & 0xff;
      return primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED;
    }
  },

  /** Connections come from the pool with auto-commit off and SERIALIZABLE isolation. */
  POSTGRES("postgres", "SELECT nextval('handshake_sequence')") {
    @Override
    void begin(Sql sql, boolean write) throws SQLException {
      sql.connection().setReadOnly(!write);
    }

    @Override
    void commit(Sql sql) throws SQLException {
      sql.connection().commit();
    }

    @Override
    void rollback(Sql sql) throws SQLException {
      sql.connection().rollback();
    }

    /** Writers run side by side here; see {@link OrganizationLocks}. */
    @Override
    boolean locksOrganizations() {
      return true;
    }

    @Override
    boolean isConflict(SQLException e) {
      return SERIALIZATION_FAILURE.equals(e.getSQLState())
          || DEADLOCK_DETECTED.equals(e.getSQLState());
    }
  };

  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final String SERIALIZATION_FAILURE = "40001";
  private static final String DEADLOCK_DETECTED = "40P01";

  private final String kind;
  private final String nextSequenceSql;

  Dialect(String kind, String nextSequenceSql) {
    this.kind = kind;
    this.nextSequenceSql = nextSequenceSql;
  }

  /** The backend's name: sqlite or postgres. */
  String kind() {
    return kind;
  }

  /** The resource folder of this dialect's migrations ({@link MigrationScript}). */
  String migrations() {
    return "db/migration/" + kind;
  }

  /** A query that returns the next handshake sequence number as its one value. */
  String nextSequenceSql() {
    return nextSequenceSql;
  }

  abstract void begin(Sql sql, boolean write) throws SQLException;

  abstract void commit(Sql sql) throws SQLException;

  abstract void rollback(Sql sql) throws SQLException;

  /**
   * Whether writes take their {@link dev.orgd.core.store.WriteScope}'s organization locks before
   * their transaction begins ({@link OrganizationLocks}); where writers run one at a time anyway,
   * they need not.
   */
  abstract boolean locksOrganizations();

  /** Whether the failure is a clash with a concurrent transaction, so the unit may run again. */
  abstract boolean isConflict(SQLException e);
}
