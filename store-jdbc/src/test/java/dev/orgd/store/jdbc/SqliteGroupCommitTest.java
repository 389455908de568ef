package dev.orgd.store.jdbc;

import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.orgId;
import static dev.orgd.core.store.StoreFixtures.organization;
import static dev.orgd.core.store.StoreFixtures.standalone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.Organization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite writers that queue up share one transaction and one commit: each unit still applies
 * entirely or not at all, a failing unit takes nothing of the others with it, and every unit that
 * returned is there after the store is reopened.
 */
class SqliteGroupCommitTest {
  private static final int THREADS = 8;
  private static final int UNITS_PER_THREAD = 60;

  @TempDir Path dataDir;

  @Test
  void concurrentUnitsApplyAloneOrNotAtAllAndSurviveAReopen() throws Exception {
    AtomicInteger succeeded = new AtomicInteger();
    try (JdbcStore store = JdbcStore.sqlite(dataDir)) {
      store.write(
          tx -> {
            tx.organizations().save(organization(orgId(1), accountId(1)).withMaxAccounts(1));
            return null;
          });
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          futures.add(threads.submit(() -> units(store, thread, succeeded)));
        }
        for (Future<?> future : futures) {
          future.get(60, TimeUnit.SECONDS);
        }
      } finally {
        threads.shutdownNow();
      }
    }

    try (JdbcStore reopened = JdbcStore.sqlite(dataDir)) {
      Organization org = reopened.read(tx -> tx.organizations().find(orgId(1))).orElseThrow();
      assertThat(org.maxAccounts()).isEqualTo(1 + succeeded.get());
      reopened.read(
          tx -> {
            for (int n = 0; n < THREADS * UNITS_PER_THREAD; n++) {
              assertThat(tx.accounts().find(accountId(1000 + n)).isPresent())
                  .as("account of unit %d", n)
                  .isEqualTo(!fails(n));
            }
            return null;
          });
    }
    assertThat(succeeded.get()).isEqualTo(THREADS * UNITS_PER_THREAD * 4 / 5);
  }

  /** Every fifth unit writes, then fails. */
  private static boolean fails(int n) {
    return n % 5 == 0;
  }

  private static void units(JdbcStore store, int thread, AtomicInteger succeeded) {
    for (int i = 0; i < UNITS_PER_THREAD; i++) {
      int n = thread * UNITS_PER_THREAD + i;
      try {
        store.write(
            tx -> {
              tx.accounts().save(standalone(accountId(1000 + n)));
              Organization org = tx.organizations().find(orgId(1)).orElseThrow();
              tx.organizations().save(org.withMaxAccounts(org.maxAccounts() + 1));
              if (fails(n)) {
                throw new IllegalStateException("unit " + n + " fails");
              }
              return null;
            });
        succeeded.incrementAndGet();
      } catch (IllegalStateException expected) {
        // its writes must be gone; checked after the reopen
      }
    }
  }
}
