package dev.orgd.store.jdbc;

import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.orgId;
import static dev.orgd.core.store.StoreFixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.Organization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers on SQLite serialize: read-modify-write units from several threads, through two stores on
 * the same file (as two processes would), lose no update.
 */
class SqliteConcurrencyTest {
  private static final int THREADS_PER_STORE = 2;
  private static final int INCREMENTS_PER_THREAD = 25;

  @TempDir Path dataDir;

  @Test
  void concurrentReadModifyWriteUnitsLoseNoUpdate() throws Exception {
    try (JdbcStore first = JdbcStore.sqlite(dataDir);
        JdbcStore second = JdbcStore.sqlite(dataDir)) {
      first.write(
          tx -> {
            tx.organizations().save(organization(orgId(1), accountId(1)).withMaxAccounts(1));
            return null;
          });
      ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_STORE);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS_PER_STORE; i++) {
          futures.add(threads.submit(() -> increment(first)));
          futures.add(threads.submit(() -> increment(second)));
        }
        for (Future<?> future : futures) {
          future.get(60, TimeUnit.SECONDS);
        }
      } finally {
        threads.shutdownNow();
      }

      Organization org = second.read(tx -> tx.organizations().find(orgId(1))).orElseThrow();
      assertThat(org.maxAccounts()).isEqualTo(1 + 2 * THREADS_PER_STORE * INCREMENTS_PER_THREAD);
    }
  }

  private static void increment(JdbcStore store) {
    for (int i = 0; i < INCREMENTS_PER_THREAD; i++) {
      store.write(
          tx -> {
            Organization org = tx.organizations().find(orgId(1)).orElseThrow();
            tx.organizations().save(org.withMaxAccounts(org.maxAccounts() + 1));
            return null;
          });
    }
  }
}
