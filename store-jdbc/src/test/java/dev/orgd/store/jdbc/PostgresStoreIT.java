package dev.orgd.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.store.Store;
import dev.orgd.core.store.StoreContract;
import dev.orgd.core.store.StoreContractSupport;
import dev.orgd.core.store.StoreTx;
import dev.orgd.core.store.WriteScope;
import dev.orgd.testsupport.TestPostgres;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL store passes the store contract. The run gets a schema of its own, dropped at the
 * end; the tests share one store on it, emptied with deleteAll before each, because opening a store
 * (migrations, pool) costs more than most tests. Opening is covered by the other ITs.
 */
class PostgresStoreIT extends StoreContract {
  private static String schema;
  private static JdbcStore shared;

  @BeforeAll
  static void openSharedStore() {
    if (!TestPostgres.available()) {
      return; // each test then skips (or fails under CI) with the reason
    }
    schema = TestPostgres.createSchema();
    shared = JdbcStore.postgres(TestPostgres.urlFor(schema));
  }

  @AfterAll
  static void closeSharedStore() {
    if (shared != null) {
      shared.close();
    }
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Override
  protected Store newStore() {
    TestPostgres.assumeAvailable();
    shared.write(
        tx -> {
          tx.deleteAll();
          return null;
        });
    return new Unclosed(shared);
  }

  /** What only the PostgreSQL store shows. */
  @Nested
  class Backend extends StoreContractSupport {
    @Override
    protected Store newStore() {
      return PostgresStoreIT.this.newStore();
    }

    @Test
    void namesItselfAndItsSchemaVersion() {
      assertThat(store.kind()).isEqualTo("postgres");
      assertThat(store.schemaVersion()).isEqualTo("9");
      assertThat(store.location()).isEqualTo(TestPostgres.urlFor(schema));
    }
  }

  /** The shared store, which a test's close leaves open. */
  private record Unclosed(Store delegate) implements Store {
    @Override
    public <T> T read(Function<StoreTx, T> work) {
      return delegate.read(work);
    }

    @Override
    public <T> T write(WriteScope scope, Function<StoreTx, T> work) {
      return delegate.write(scope, work);
    }

    @Override
    public String kind() {
      return delegate.kind();
    }

    @Override
    public String schemaVersion() {
      return delegate.schemaVersion();
    }

    @Override
    public String location() {
      return delegate.location();
    }

    @Override
    public void close() {}
  }
}
