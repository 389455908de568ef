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
 * @param dataDir where file-based storage keeps its files (null: the backend's default)
 * @param jdbcUrl the JDBC URL of a database backend (null: the backend's default)
 * @param auth how callers are authenticated
 */
public record ServerConfig(
    int port, String bind, Storage storage, Path dataDir, String jdbcUrl, Auth auth) {

  public static final int DEFAULT_PORT = 4566;
  public static final String DEFAULT_BIND = "127.0.0.1";

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

  /** The defaults: 127.0.0.1:4566, in memory, no authentication. */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_PORT, DEFAULT_BIND, Storage.MEMORY, null, null, Auth.NONE);
  }

  /** The defaults on any free port, for tests and embedding. */
  public static ServerConfig ephemeral() {
    return defaults().withPort(0);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(newPort, bind, storage, dataDir, jdbcUrl, auth);
  }
}
