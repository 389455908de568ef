package dev.orgd.bench.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where one orgd run keeps its data: nothing (memory), a fresh data directory (SQLite) or a fresh
 * database (PostgreSQL).
 *
 * @param storage the backend
 * @param dataDir the SQLite data directory, else null
 * @param jdbcUrl the PostgreSQL JDBC URL, else null
 */
public record StorageSpec(OrgdStorage storage, Path dataDir, String jdbcUrl) {
  public StorageSpec {
    Objects.requireNonNull(storage, "storage");
    if (storage == OrgdStorage.SQLITE && dataDir == null) {
      throw new IllegalArgumentException("sqlite needs a data directory");
    }
    if (storage == OrgdStorage.POSTGRES && jdbcUrl == null) {
      throw new IllegalArgumentException("postgres needs a JDBC URL");
    }
  }

  /** orgd's storage flags for this spec. */
  public List<String> orgdArgs() {
    List<String> args = new ArrayList<>(List.of("--storage", storage.flag()));
    if (dataDir != null) {
      args.addAll(List.of("--data-dir", dataDir.toString()));
    }
    if (jdbcUrl != null) {
      args.addAll(List.of("--jdbc-url", jdbcUrl));
    }
    return args;
  }
}
