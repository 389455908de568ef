package dev.orgd.store.jdbc;

import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.standalone;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The process {@link SqliteCrashIT} kills: writes one account per unit of work into the SQLite
 * store in {@code args[0]} and prints {@code ACK n} after each commit returns. It stops by itself
 * after a while if nobody kills it.
 */
public final class SqliteCrashWriter {
  static final int MAX_WRITES = 20_000;
  static final Duration MAX_TIME = Duration.ofSeconds(60);

  private SqliteCrashWriter() {}

  public static void main(String[] args) {
    Instant stop = Instant.now().plus(MAX_TIME);
    try (JdbcStore store = JdbcStore.sqlite(Path.of(args[0]))) {
      for (int n = 1; n <= MAX_WRITES && Instant.now().isBefore(stop); n++) {
        int id = n;
        store.write(
            tx -> {
              tx.accounts().save(standalone(accountId(id)));
              return null;
            });
        System.out.println("ACK " + n);
        System.out.flush();
      }
    }
  }
}
