package dev.orgd.server;

import dev.orgd.core.store.InMemoryStore;
import dev.orgd.core.store.Store;
import dev.orgd.store.jdbc.JdbcStore;
import dev.orgd.store.jdbc.StoreStartupException;

/** Opens the store a {@link ServerConfig} names: the one place that knows every backend. */
public final class StoreFactory {

  private StoreFactory() {
    throw new AssertionError("not instantiable");
  }

  /**
   * A new store for {@code config}: in memory; SQLite in the data directory (created if missing);
   * or the PostgreSQL database at the JDBC URL. The JDBC stores migrate their schema first.
   *
   * @throws StoreStartupException when the data directory, the database file or the database cannot
   *     be used; the message says why in one sentence
   * @throws IllegalArgumentException for PostgreSQL without a JDBC URL
   */
  public static Store open(ServerConfig config) {
    return switch (config.storage()) {
      case MEMORY -> new InMemoryStore();
      case SQLITE -> JdbcStore.sqlite(config.dataDirOrDefault());
      case POSTGRES -> {
        if (config.jdbcUrl() == null || config.jdbcUrl().isBlank()) {
          throw new IllegalArgumentException(
              "storage 'postgres' needs a JDBC URL (--jdbc-url or ORGD_JDBC_URL)");
        }
        yield JdbcStore.postgres(config.jdbcUrl());
      }
    };
  }
}
