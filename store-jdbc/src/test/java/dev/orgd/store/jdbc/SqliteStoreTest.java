package dev.orgd.store.jdbc;

import dev.orgd.core.store.Store;
import dev.orgd.core.store.StoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store passes the store contract, each test on a database of its own. */
class SqliteStoreTest extends StoreContract {

  @TempDir Path dataDir;

  @Override
  protected Store newStore() {
    return JdbcStore.sqlite(dataDir);
  }
}
