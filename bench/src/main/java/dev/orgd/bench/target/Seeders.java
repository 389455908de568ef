package dev.orgd.bench.target;

import dev.orgd.core.store.Store;
import dev.orgd.server.ServerConfig;
import dev.orgd.server.StoreFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The one place that picks the {@link Seeder} the scaling benchmark uses: orgd's JDBC stores are
 * opened (as orgd's StoreFactory opens them, migrations included) and filled here, in the harness,
 * through the Store port; the memory store is filled by {@code dev.orgd.bench.SeededOrgd} inside
 * the server's own process.
 */
public final class Seeders {

  /** The bench-owned main that seeds an in-memory store and serves it with orgd's server. */
  public static final String SEEDED_ORGD_MAIN = "dev.orgd.bench.SeededOrgd";

  /**
   * The heap of the seeded in-memory server: orgd's launcher gives 256 MiB, which holds about
   * 150,000 handshakes; a million take about 1 GiB. Every size runs with the same heap, so that the
   * sizes differ only in what is stored.
   */
  public static final String SEEDED_MEMORY_HEAP = "-Xmx2g";

  private Seeders() {}

  /** The seeder for this build: every backend. */
  public static Seeder forThisBuild() {
    return new Seeder() {
      @Override
      public boolean supports(OrgdStorage storage) {
        return true;
      }

      @Override
      public Seeded seed(StorageSpec spec, long handshakes) throws SQLException {
        return fill(spec, "--handshakes", handshakes, StoreSeeding::seed);
      }

      @Override
      public boolean seedsAccounts(OrgdStorage storage) {
        return true;
      }

      @Override
      public Seeded seedAccounts(StorageSpec spec, long accounts) throws SQLException {
        return fill(spec, "--accounts", accounts, StoreSeeding::seedAccounts);
      }
    };
  }

  /** How {@link StoreSeeding} fills a store with {@code n} of something. */
  @FunctionalInterface
  private interface Filling {
    void fill(Store store, long n, Instant now);
  }

  /**
   * Fills the store {@code spec} names with {@code n} of what {@code filling} writes; a memory
   * store is filled by {@link #SEEDED_ORGD_MAIN}, told so by {@code memoryFlag}.
   */
  private static Seeder.Seeded fill(StorageSpec spec, String memoryFlag, long n, Filling filling)
      throws SQLException {
    if (spec.storage() == OrgdStorage.MEMORY) {
      return new Seeder.Seeded(
          StoreSeeding.MANAGEMENT_ACCOUNT,
          List.of(memoryFlag, Long.toString(n)),
          SEEDED_ORGD_MAIN,
          List.of(SEEDED_MEMORY_HEAP));
    }
    String location;
    try (Store store = open(spec)) {
      filling.fill(store, n, Instant.now());
      location = store.location(); // SQLite's database file; PostgreSQL's URL
    }
    if (spec.storage() == OrgdStorage.POSTGRES) {
      settle(spec.jdbcUrl());
    } else {
      settleSqlite(Path.of(location));
    }
    return new Seeder.Seeded(StoreSeeding.MANAGEMENT_ACCOUNT, List.of());
  }

  /**
   * Vacuums and analyzes the freshly loaded database, as one would after a bulk load, then
   * checkpoints it: otherwise PostgreSQL's autovacuum does the first, and its checkpointer and the
   * kernel write the load's (and the vacuum's) dirty pages to disk, during the measured window, on
   * the same two cores. A million handshakes are about 1 GB of table and indexes; that write-back
   * is the likeliest reason why a run measured the list page's p50 at 10^6 half as large again as
   * at 10^3, while the page itself reads four or five buffers at either size.
   */
  private static void settle(String jdbcUrl) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement statement = connection.createStatement()) {
      statement.execute("VACUUM ANALYZE");
      try {
        statement.execute("CHECKPOINT");
      } catch (SQLException e) {
        // CHECKPOINT needs a superuser or pg_checkpoint: a --jdbc-url database may not allow it.
        System.err.println("Could not checkpoint after seeding: " + e.getMessage());
      }
    }
  }

  /**
   * Checkpoints the freshly loaded SQLite database into its file and syncs it to disk, as {@link
   * #settle} does for PostgreSQL: otherwise the kernel writes the load's dirty pages back during
   * the first measured window (a run measured 14–39% of the machine's CPU busy outside both
   * processes then, and that window's p50 half as large again as the next one's).
   */
  private static void settleSqlite(Path database) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    try (FileChannel file = FileChannel.open(database, StandardOpenOption.WRITE)) {
      file.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Store open(StorageSpec spec) {
    ServerConfig config =
        switch (spec.storage()) {
          case SQLITE -> ServerConfig.defaults().withSqlite(spec.dataDir());
          case POSTGRES -> ServerConfig.defaults().withPostgres(spec.jdbcUrl());
          case MEMORY -> throw new IllegalArgumentException("the memory store lives in orgd");
        };
    return StoreFactory.open(config);
  }
}
