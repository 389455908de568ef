package dev.orgd.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL store's schema migrations: nodes that start together on an empty database migrate
 * it once, a database newer than the code is refused, and one that Flyway migrated is taken over.
 */
class PostgresMigrationsIT {
  private static final int NODES = 6;

  /** Flyway's checksum of the PostgreSQL V1 script, from a database that Flyway 12.4 migrated. */
  private static final int FLYWAY_V1_CHECKSUM = 1739681627;

  private String schema;

  @BeforeEach
  void emptySchema() {
    TestPostgres.assumeAvailable();
    schema = TestPostgres.createSchema();
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Test
  void nodesStartingTogetherMigrateOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(NODES);
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<JdbcStore>> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < NODES; i++) {
        nodes.add(
            CompletableFuture.supplyAsync(
                () -> {
                  awaitQuietly(go);
                  return JdbcStore.postgres(TestPostgres.urlFor(schema));
                },
                threads));
      }
      go.countDown();
      for (CompletableFuture<JdbcStore> node : nodes) {
        node.get().close();
      }
    } finally {
      threads.shutdownNow();
    }

    List<MigrationScript> scripts = MigrationScript.in(Dialect.POSTGRES.migrations());
    assertThat(query("SELECT count(*) FROM orgd_schema_history"))
        .containsExactly(Integer.toString(scripts.size()));
  }

  @Test
  void aDatabaseNewerThanTheCodeIsRefused() throws SQLException {
    JdbcStore.postgres(TestPostgres.urlFor(schema)).close();
    execute("INSERT INTO orgd_schema_history VALUES (999, 'future', 'V999__future.sql', 0, 0)");

    assertThatThrownBy(() -> JdbcStore.postgres(TestPostgres.urlFor(schema)))
        .isInstanceOf(StoreStartupException.class)
        .hasMessageContaining("the schema is at version 999, newer than this orgd knows");
  }

  @Test
  void aDatabaseFlywayMigratedIsTakenOver() throws SQLException {
    JdbcStore.postgres(TestPostgres.urlFor(schema)).close();
    // As Flyway leaves a database at version 1: its history table, and V2 to V8 not applied.
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
        "CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY,"
            + " version VARCHAR(50), description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL,"
            + " script VARCHAR(1000) NOT NULL, checksum INTEGER, installed_by VARCHAR(100) NOT"
            + " NULL, installed_on TIMESTAMP NOT NULL DEFAULT now(), execution_time INTEGER NOT"
            + " NULL, success BOOLEAN NOT NULL)");
    execute(
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, execution_time, success) VALUES (1, '1', 'create tables',"
            + " 'SQL', 'V1__create_tables.sql', "
            + FLYWAY_V1_CHECKSUM
            + ", 'postgres', 213, true)");

    JdbcStore store = JdbcStore.postgres(TestPostgres.urlFor(schema));
    store.close();

    List<MigrationScript> scripts = MigrationScript.in(Dialect.POSTGRES.migrations());
    assertThat(store.schemaVersion())
        .isEqualTo(Integer.toString(scripts.get(scripts.size() - 1).version()));
    assertThat(query("SELECT script FROM orgd_schema_history ORDER BY version").get(0))
        .isEqualTo("V1__create_tables.sql");
    assertThat(query("SELECT count(*) FROM member_counts")).containsExactly("0");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(TestPostgres.urlFor(schema));
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private List<String> query(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(TestPostgres.urlFor(schema));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
