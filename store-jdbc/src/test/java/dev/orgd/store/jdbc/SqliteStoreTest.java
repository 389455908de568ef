package dev.orgd.store.jdbc;

import static dev.orgd.core.store.StoreFixtures.T0;
import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.standalone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.Account;
import dev.orgd.core.store.ClockSetting;
import dev.orgd.core.store.Store;
import dev.orgd.core.store.StoreContract;
import dev.orgd.core.store.StoreContractSupport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store passes the store contract, each test on a database of its own. */
class SqliteStoreTest extends StoreContract {

  @TempDir Path dataDir;

  @Override
  protected Store newStore() {
    return JdbcStore.sqlite(dataDir);
  }

  /** What only the SQLite store shows: its name, its file, and that it keeps its data. */
  @Nested
  class Backend extends StoreContractSupport {
    @Override
    protected Store newStore() {
      return SqliteStoreTest.this.newStore();
    }

    @Test
    void namesItselfAndItsSchemaVersion() {
      assertThat(store.kind()).isEqualTo("sqlite");
      assertThat(store.schemaVersion()).isEqualTo("9");
      assertThat(store.location())
          .isEqualTo(dataDir.toAbsolutePath().normalize().resolve("orgd.db").toString());
    }

    @Test
    void reopenedStoreHasItsDataClockAndTokenKey() {
      byte[] key = store.read(tx -> tx.settings().tokenKey());
      write(
          tx -> {
            tx.accounts().save(standalone(accountId(1)));
            tx.settings().saveClock(new ClockSetting(0, T0));
          });
      store.close();

      store = JdbcStore.sqlite(dataDir);

      Optional<Account> account = store.read(tx -> tx.accounts().find(accountId(1)));
      ClockSetting clock = store.read(tx -> tx.settings().clock());
      byte[] keyAfterwards = store.read(tx -> tx.settings().tokenKey());
      assertThat(account).isPresent();
      assertThat(clock).isEqualTo(new ClockSetting(0, T0));
      assertThat(keyAfterwards).isEqualTo(key);
    }

    @Test
    void databaseFileRunsInWriteAheadLogMode() throws Exception {
      try (Connection connection =
              DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("orgd.db"));
          ResultSet mode = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
        assertThat(mode.next()).isTrue();
        assertThat(mode.getString(1)).isEqualTo("wal");
      }
    }

    @Test
    void missingDataDirectoryIsCreated() {
      Path nested = dataDir.resolve("a/b/c");

      try (JdbcStore created = JdbcStore.sqlite(nested)) {
        assertThat(nested.resolve("orgd.db")).isRegularFile();
        Optional<Account> nobody = created.read(tx -> tx.accounts().find(accountId(1)));
        assertThat(nobody).isEmpty();
      }
    }
  }
}
