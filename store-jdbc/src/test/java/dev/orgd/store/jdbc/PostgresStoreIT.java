package dev.orgd.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.store.Store;
import dev.orgd.core.store.StoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store passes the store contract, each test in a schema of its own. */
class PostgresStoreIT extends StoreContract {
  private String schema;

  @BeforeAll
  static void needsPostgres() {
    TestPostgres.assumeAvailable();
  }

  @Override
  protected Store newStore() {
    schema = TestPostgres.createSchema();
    return JdbcStore.postgres(TestPostgres.urlFor(schema));
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Test
  void namesItselfAndItsSchemaVersion() {
    assertThat(store.kind()).isEqualTo("postgres");
    assertThat(store.schemaVersion()).isEqualTo("1");
  }
}
