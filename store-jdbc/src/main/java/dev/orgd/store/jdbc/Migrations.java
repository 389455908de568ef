package dev.orgd.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings a database's schema to the newest version: the dialect's {@link MigrationScript}s that are
 * not applied yet run in version order, in one transaction together with their rows in the history
 * table {@value #HISTORY}. It refuses a database whose applied scripts have changed since, are
 * missing here, or are newer than this code knows. On PostgreSQL the transaction holds an advisory
 * lock, so nodes that start together migrate one after the other; on SQLite it begins IMMEDIATE,
 * which takes the write lock. A database that Flyway migrated (before orgd had its own runner) is
 * taken over from {@value #FLYWAY_HISTORY}, whose checksums are the same.
 */
final class Migrations {
  static final String HISTORY = "orgd_schema_history";
  static final String FLYWAY_HISTORY = "flyway_schema_history";

  /** The first key of PostgreSQL's two-key advisory lock; the second is the schema's hash. */
  private static final int LOCK_KEY = 0x6f726764; // "orgd"

  private final Connection connection;
  private final Dialect dialect;
  private final List<MigrationScript> scripts;

  private Migrations(Connection connection, Dialect dialect, List<MigrationScript> scripts) {
    this.connection = connection;
    this.dialect = dialect;
    this.scripts = scripts;
  }

  /** Migrates the database behind {@code connection} (in auto-commit mode); returns its version. */
  static String migrate(Connection connection, Dialect dialect) throws SQLException {
    return migrate(connection, dialect, MigrationScript.in(dialect.migrations()));
  }

  static String migrate(Connection connection, Dialect dialect, List<MigrationScript> scripts)
      throws SQLException {
    return new Migrations(connection, dialect, scripts).run();
  }

  private String run() throws SQLException {
    begin();
    try {
      Map<Integer, Applied> applied = history();
      List<MigrationScript> pending = check(applied);
      for (MigrationScript script : pending) {
        apply(script);
      }
      commit();
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw e;
    }
    return Integer.toString(scripts.get(scripts.size() - 1).version());
  }

  /** What the history says was applied: version, script name, checksum. */
  private record Applied(int version, String name, int checksum) {}

  private void begin() throws SQLException {
    if (dialect == Dialect.SQLITE) {
      execute("BEGIN IMMEDIATE");
      return;
    }
    // Each statement must see what a node that held the lock before committed.
    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    connection.setAutoCommit(false);
    execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ", hashtext(current_schema()))");
  }

  private void commit() throws SQLException {
    if (dialect == Dialect.SQLITE) {
      execute("COMMIT");
    } else {
      connection.commit();
      connection.setAutoCommit(true);
    }
  }

  private void rollback() {
    try {
      if (dialect == Dialect.SQLITE) {
        execute("ROLLBACK");
      } else {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      // the connection is closed by the caller; the migration's failure is what matters
    }
  }

  /** The applied migrations, from our history table, else adopted from Flyway's, else none. */
  private Map<Integer, Applied> history() throws SQLException {
    if (tableExists(HISTORY)) {
      return read("SELECT version, script, checksum FROM " + HISTORY);
    }
    execute(
        "CREATE TABLE "
            + HISTORY
            + " (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL,"
            + " script TEXT NOT NULL, checksum INTEGER NOT NULL, applied_at BIGINT NOT NULL)");
    if (!tableExists(FLYWAY_HISTORY)) {
      return new TreeMap<>();
    }
    Map<Integer, Applied> adopted = flywayHistory();
    for (Applied a : adopted.values()) {
      record(a.version(), describe(a.name()), a.name(), a.checksum());
    }
    return adopted;
  }

  private Map<Integer, Applied> flywayHistory() throws SQLException {
    String unusable =
        "SELECT script FROM "
            + FLYWAY_HISTORY
            + " WHERE NOT success OR type <> 'SQL' OR checksum IS NULL";
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(unusable)) {
      if (rs.next()) {
        throw new IllegalStateException(
            FLYWAY_HISTORY
                + " records "
                + rs.getString(1)
                + " as failed or as other than a versioned SQL migration: repair it with Flyway");
      }
    }
    return read(
        "SELECT CAST(version AS INTEGER), script, checksum FROM "
            + FLYWAY_HISTORY
            + " WHERE version IS NOT NULL");
  }

  private Map<Integer, Applied> read(String query) throws SQLException {
    Map<Integer, Applied> applied = new TreeMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        applied.put(rs.getInt(1), new Applied(rs.getInt(1), rs.getString(2), rs.getInt(3)));
      }
    }
    return applied;
  }

  /** The scripts still to apply, once the applied ones are found unchanged and known. */
  private List<MigrationScript> check(Map<Integer, Applied> applied) {
    Map<Integer, MigrationScript> known = new TreeMap<>();
    scripts.forEach(s -> known.put(s.version(), s));
    int newest = scripts.get(scripts.size() - 1).version();
    for (Applied a : applied.values()) {
      MigrationScript script = known.get(a.version());
      if (script == null && a.version() > newest) {
        throw new IllegalStateException(
            "the schema is at version "
                + a.version()
                + ", newer than this orgd knows ("
                + newest
                + "): run a newer orgd");
      }
      if (script == null) {
        throw new IllegalStateException(
            "the applied migration " + a.name() + " is not one of this orgd's");
      }
      if (script.checksum() != a.checksum()) {
        throw new IllegalStateException(
            "the migration " + script.name() + " has changed since it was applied");
      }
    }
    int highestApplied = applied.keySet().stream().max(Integer::compare).orElse(0);
    List<MigrationScript> pending = new ArrayList<>();
    for (MigrationScript script : scripts) {
      if (!applied.containsKey(script.version())) {
        if (script.version() < highestApplied) {
          throw new IllegalStateException(
              "the migration " + script.name() + " is older than the schema's version");
        }
        pending.add(script);
      }
    }
    return pending;
  }

  private void apply(MigrationScript script) throws SQLException {
    try (Statement s = connection.createStatement()) {
      // Both drivers run a script of several statements in one call: sqlite-jdbc's executeUpdate
      // through sqlite3_exec (its execute would run only the first), PostgreSQL's as one query.
      if (dialect == Dialect.SQLITE) {
        s.executeUpdate(script.sql());
      } else {
        s.execute(script.sql());
      }
    } catch (SQLException e) {
      throw new SQLException(
          "migration " + script.name() + " failed: " + e.getMessage(),
          e.getSQLState(),
          e.getErrorCode(),
          e);
    }
    record(script.version(), script.description(), script.name(), script.checksum());
  }

  private void record(int version, String description, String name, int checksum)
      throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO "
                + HISTORY
                + " (version, description, script, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
      s.setInt(1, version);
      s.setString(2, description);
      s.setString(3, name);
      s.setInt(4, checksum);
      s.setLong(5, System.currentTimeMillis());
      s.executeUpdate();
    }
  }

  private static String describe(String scriptName) {
    String stem = scriptName.replaceFirst("\\.sql$", "");
    int separator = stem.indexOf("__");
    return separator < 0 ? stem : stem.substring(separator + 2).replace('_', ' ');
  }

  private boolean tableExists(String table) throws SQLException {
    String query =
        dialect == Dialect.SQLITE
            ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"
            : "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?";
    try (PreparedStatement s = connection.prepareStatement(query)) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getInt(1) > 0;
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }
}
