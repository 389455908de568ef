package dev.orgd.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store's schema migrations: applied once and recorded, checked at every start, and
 * taken over from a database that Flyway migrated.
 */
class SqliteMigrationsTest {

  /** Flyway's checksums of the SQLite scripts, from a database that Flyway 12.4 migrated. */
  static final int FLYWAY_V1_CHECKSUM = -1799232601;

  static final int FLYWAY_V2_CHECKSUM = -2087125087;

  @TempDir Path dir;

  @Test
  void checksumsAreTheOnesFlywayRecorded() {
    List<MigrationScript> scripts = MigrationScript.in(Dialect.SQLITE.migrations());

    assertThat(scripts.get(0).name()).isEqualTo("V1__create_tables.sql");
    assertThat(scripts.get(0).description()).isEqualTo("create tables");
    assertThat(scripts.get(0).checksum()).isEqualTo(FLYWAY_V1_CHECKSUM);
    assertThat(scripts.get(1).checksum()).isEqualTo(FLYWAY_V2_CHECKSUM);
  }

  @Test
  void aNewDatabaseIsMigratedOnceAndRecorded() throws SQLException {
    JdbcStore.sqlite(dir).close();
    JdbcStore store = JdbcStore.sqlite(dir);
    store.close();

    int newest = newestScript();
    assertThat(store.schemaVersion()).isEqualTo(Integer.toString(newest));
    assertThat(query("SELECT version FROM orgd_schema_history ORDER BY version"))
        .hasSize(MigrationScript.in(Dialect.SQLITE.migrations()).size())
        .first()
        .isEqualTo("1");
  }

  @Test
  void aChangedMigrationIsRefused() throws SQLException {
    JdbcStore.sqlite(dir).close();
    execute("UPDATE orgd_schema_history SET checksum = checksum + 1 WHERE version = 1");

    assertThatThrownBy(() -> JdbcStore.sqlite(dir))
        .isInstanceOf(StoreStartupException.class)
        .hasMessageContaining(
            "the migration V1__create_tables.sql has changed since it was applied");
  }

  @Test
  void aDatabaseNewerThanTheCodeIsRefused() throws SQLException {
    JdbcStore.sqlite(dir).close();
    execute("INSERT INTO orgd_schema_history VALUES (999, 'future', 'V999__future.sql', 0, 0)");

    assertThatThrownBy(() -> JdbcStore.sqlite(dir))
        .isInstanceOf(StoreStartupException.class)
        .hasMessageContaining("the schema is at version 999, newer than this orgd knows");
  }

  @Test
  void aDatabaseFlywayMigratedIsTakenOverWithoutRunningItsScriptsAgain() throws SQLException {
    JdbcStore.sqlite(dir).close();
    execute(
        "INSERT INTO accounts (id, email, email_normalized, name, organization_id,"
            + " joined_method, joined_at, status, tags) VALUES ('111111111111', 'a@x', 'a@x',"
            + " 'a', NULL, NULL, NULL, 'ACTIVE', '[]')");
    asIfFlywayMigratedItToVersion1();

    JdbcStore store = JdbcStore.sqlite(dir);
    store.close();

    assertThat(store.schemaVersion()).isEqualTo(Integer.toString(newestScript()));
    assertThat(query("SELECT script || ':' || checksum FROM orgd_schema_history WHERE version = 1"))
        .containsExactly("V1__create_tables.sql:" + FLYWAY_V1_CHECKSUM);
    assertThat(query("SELECT id FROM accounts")).containsExactly("111111111111");
  }

  @Test
  void aFailedFlywayMigrationIsRefused() throws SQLException {
    JdbcStore.sqlite(dir).close();
    asIfFlywayMigratedItToVersion1();
    execute("UPDATE flyway_schema_history SET success = 0");

    assertThatThrownBy(() -> JdbcStore.sqlite(dir))
        .isInstanceOf(StoreStartupException.class)
        .hasMessageContaining("flyway_schema_history records V1__create_tables.sql as failed");
  }

  /**
   * Leaves the schema at version 1 (undoing V9, V8, V7, V6, V5, V4, V3 and V2) with Flyway's
   * history table, as Flyway writes it, in place of orgd's.
   */
  private void asIfFlywayMigratedItToVersion1() throws SQLException {
    execute("DROP TABLE orgd_schema_history");
    execute("ALTER TABLE organizations DROP COLUMN policy_version");
    execute("DROP TABLE responsibility_transfers");
    execute("DROP TABLE resource_policies");
    execute("ALTER TABLE create_account_statuses DROP COLUMN govcloud_account_id");
    execute("ALTER TABLE accounts DROP COLUMN govcloud_account_id");
    execute("DROP INDEX accounts_by_closure");
    execute("ALTER TABLE accounts DROP COLUMN closure_requested_at");
    execute("DROP TABLE policies");
    execute("DROP TABLE policy_attachments");
    execute("DROP TABLE enabled_policy_types");
    execute("DROP TABLE enabled_services");
    execute("ALTER TABLE organizations DROP COLUMN arn_partition");
    execute("ALTER TABLE handshakes DROP COLUMN arn_partition");
    execute("DROP TABLE organizational_units");
    execute("DROP TABLE resource_tags");
    execute("DROP INDEX accounts_by_parent");
    execute("ALTER TABLE accounts DROP COLUMN organizational_unit_id");
    execute("DROP INDEX create_account_statuses_newest_first");
    execute("DROP INDEX create_account_statuses_by_state_newest_first");
    execute("DROP INDEX delegated_administrators_by_service");
    execute(
        "CREATE INDEX create_account_statuses_by_organization"
            + " ON create_account_statuses (organization_id, id)");
    execute("DROP TABLE member_counts");
    execute("DROP INDEX handshakes_open");
    execute("DROP INDEX handshakes_not_accepted");
    execute(
        "CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT NOT NULL PRIMARY KEY,"
            + " \"version\" VARCHAR(50), \"description\" VARCHAR(200) NOT NULL,"
            + " \"type\" VARCHAR(20) NOT NULL, \"script\" VARCHAR(1000) NOT NULL,"
            + " \"checksum\" INT, \"installed_by\" VARCHAR(100) NOT NULL,"
            + " \"installed_on\" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),"
            + " \"execution_time\" INT NOT NULL, \"success\" BOOLEAN NOT NULL)");
    execute(
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, execution_time, success) VALUES (1, '1', 'create tables',"
            + " 'SQL', 'V1__create_tables.sql', "
            + FLYWAY_V1_CHECKSUM
            + ", '', 16, 1)");
  }

  private static int newestScript() {
    List<MigrationScript> scripts = MigrationScript.in(Dialect.SQLITE.migrations());
    return scripts.get(scripts.size() - 1).version();
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Startup.DATABASE_FILE));
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private List<String> query(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
