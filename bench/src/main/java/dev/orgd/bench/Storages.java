package dev.orgd.bench;

import dev.orgd.bench.target.OrgdStorage;
import dev.orgd.bench.target.PostgresCluster;
import dev.orgd.bench.target.StorageSpec;
import dev.orgd.bench.target.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fresh, empty storage for each orgd run: a new SQLite data directory, a new database in one
 * throwaway PostgreSQL cluster (started on first use), or the database given with --jdbc-url.
 */
final class Storages implements AutoCloseable {

  private final BenchConfig config;
  private final List<Path> dirs = new ArrayList<>();
  private PostgresCluster cluster;

  Storages(BenchConfig config) {
    this.config = config;
  }

  /** Why {@code storage} cannot be used here, if it cannot. */
  Optional<String> unavailable(OrgdStorage storage) {
    if (storage == OrgdStorage.POSTGRES
        && config.jdbcUrl() == null
        && PostgresCluster.findBin(config.pgBin()).isEmpty()) {
      return Optional.of(
          "PostgreSQL not found (apt-get install postgresql, or pass --pg-bin or --jdbc-url)");
    }
    return Optional.empty();
  }

  /** A fresh place for one orgd run on {@code storage}. */
  StorageSpec fresh(OrgdStorage storage) throws IOException, InterruptedException {
    return switch (storage) {
      case MEMORY -> new StorageSpec(storage, null, null);
      case SQLITE -> {
        Path dir = Files.createTempDirectory("orgd-bench-sqlite");
        dirs.add(dir);
        yield new StorageSpec(storage, dir, null);
      }
      case POSTGRES -> new StorageSpec(storage, null, postgresUrl());
    };
  }

  private String postgresUrl() throws IOException, InterruptedException {
    if (config.jdbcUrl() != null) {
      return config.jdbcUrl();
    }
    if (cluster == null) {
      cluster = PostgresCluster.start(PostgresCluster.findBin(config.pgBin()).orElseThrow());
    }
    return cluster.createDatabase();
  }

  /** Removes {@code spec}'s data now rather than at the end (large seeded stores). */
  void release(StorageSpec spec) {
    if (spec.dataDir() != null) {
      TempDirs.deleteQuietly(spec.dataDir());
      dirs.remove(spec.dataDir());
    }
  }

  @Override
  public void close() {
    dirs.forEach(TempDirs::deleteQuietly);
    if (cluster != null) {
      cluster.close();
    }
  }
}
