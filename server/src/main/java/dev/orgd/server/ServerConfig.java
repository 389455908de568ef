package dev.orgd.server;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * How orgd runs: where it listens, where it keeps its data and how it authenticates callers. Used
 * by the command line, by tests and by code that embeds the server; {@link ConfigLoader} builds it
 * from flags, the environment and defaults.
 *
 * @param port the TCP port (0: any free port)
 * @param bind the address to listen on
 * @param storage the storage backend
 * @param dataDir where SQLite keeps its database file (null: {@link #DEFAULT_DATA_DIR})
 * @param jdbcUrl the JDBC URL of the PostgreSQL database (required for {@link Storage#POSTGRES})
 * @param auth how callers are authenticated
 */
public record ServerConfig(
    int port, String bind, Storage storage, Path dataDir, String jdbcUrl, Auth auth) {

  public static final int DEFAULT_PORT = 4566;
  public static final String DEFAULT_BIND = "127.0.0.1";

  /** Where SQLite keeps its file unless told otherwise: {@code orgd-data} in the working dir. */
  public static final Path DEFAULT_DATA_DIR = Path.of("./orgd-data");

  /** The storage backends. */
  public enum Storage {
    MEMORY,
    SQLITE,
    POSTGRES;

    /** The name used in flags, the environment and the health endpoint. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The authentication modes. */
  public enum Auth {
    NONE,
    SIGV4;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    }
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(auth, "auth");
  }

  /**
   * The command line's defaults: 127.0.0.1:4566, SQLite in {@code ./orgd-data}, no authentication.
   */
  public static ServerConfig defaults() {
    return new ServerConfig(
        DEFAULT_PORT, DEFAULT_BIND, Storage.SQLITE, DEFAULT_DATA_DIR, null, Auth.NONE);
  }

  /** For tests and embedding: any free port on 127.0.0.1, in memory, no authentication. */
  public static ServerConfig ephemeral() {
    return new ServerConfig(0, DEFAULT_BIND, Storage.MEMORY, null, null, Auth.NONE);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(newPort, bind, storage, dataDir, jdbcUrl, auth);
  }

  /** This configuration on SQLite, with its database file in {@code dir}. */
  public ServerConfig withSqlite(Path dir) {
    return new ServerConfig(port, bind, Storage.SQLITE, dir, jdbcUrl, auth);
  }

  /** This configuration on the PostgreSQL database at {@code url}. */
  public ServerConfig withPostgres(String url) {
    return new ServerConfig(port, bind, Storage.POSTGRES, dataDir, url, auth);
  }

  /** The data directory, or the default one when none was given. */
  public Path dataDirOrDefault() {
    return dataDir == null ? DEFAULT_DATA_DIR : dataDir;
  }
}
