package dev.orgd.server;

import dev.orgd.server.auth.Credentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

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
 * @param credentials the access keys orgd knows and the control plane's admin token
 * @param headerTimeout how long a request's headers may take to arrive (zero: no limit)
 * @param idleTimeout how long a connection may stay silent, owed no answer, before orgd closes it
 *     (zero: no limit)
 * @param servicePrincipals service principals orgd recognizes besides AWS's list
 * @param closeAccountDelay how long a closed account reads PENDING_CLOSURE before SUSPENDED, on
 *     orgd's clock (zero: closing completes within the call)
 * @param enforceScps whether the SCPs of member accounts decide their calls ({@code
 *     --enforce-scps})
 */
public record ServerConfig(
    int port,
    String bind,
    Storage storage,
    Path dataDir,
    String jdbcUrl,
    Auth auth,
    Credentials credentials,
    Duration headerTimeout,
    Duration idleTimeout,
    List<String> servicePrincipals,
    Duration closeAccountDelay,
    boolean enforceScps) {

  public static final int DEFAULT_PORT = 4566;
  public static final String DEFAULT_BIND = "127.0.0.1";

  /** Long enough for any client on any network, short enough that trickled headers cost little. */
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(20);

  /**
   * Longer than the Java SDK's pool keeps an idle connection (60 s), so that it closes first; other
   * SDKs retry a request on a pooled connection the server has closed.
   */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(75);

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
    Objects.requireNonNull(credentials, "credentials");
    if (auth == Auth.SIGV4 && credentials.isEmpty()) {
      throw new IllegalArgumentException("SigV4 authentication needs at least one access key");
    }
    requireNotNegative(headerTimeout, "header timeout");
    requireNotNegative(idleTimeout, "idle timeout");
    requireNotNegative(closeAccountDelay, "close account delay");
    servicePrincipals = List.copyOf(servicePrincipals);
  }

  /**
   * This configuration evaluating (or not) the SCPs of member accounts on their calls ({@code
   * --enforce-scps}).
   */
  public ServerConfig withEnforceScps(boolean enforce) {
    return with(c -> c.enforceScps = enforce);
  }

  /** A configuration with the default timeouts. */
  public ServerConfig(
      int port,
      String bind,
      Storage storage,
      Path dataDir,
      String jdbcUrl,
      Auth auth,
      Credentials credentials) {
    this(
        port,
        bind,
        storage,
        dataDir,
        jdbcUrl,
        auth,
        credentials,
        DEFAULT_HEADER_TIMEOUT,
        DEFAULT_IDLE_TIMEOUT,
        List.of(),
        Duration.ZERO,
        false);
  }

  private static void requireNotNegative(Duration timeout, String what) {
    if (timeout == null || timeout.isNegative()) {
      throw new IllegalArgumentException(what + " must be zero or positive: " + timeout);
    }
  }

  /** A configuration without configured keys or admin token. */
  public ServerConfig(
      int port, String bind, Storage storage, Path dataDir, String jdbcUrl, Auth auth) {
    this(port, bind, storage, dataDir, jdbcUrl, auth, Credentials.none());
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
    return with(c -> c.port = newPort);
  }

  /** This configuration on SQLite, with its database file in {@code dir}. */
  public ServerConfig withSqlite(Path dir) {
    return with(c -> c.storage = Storage.SQLITE, c -> c.dataDir = dir);
  }

  /** This configuration on the PostgreSQL database at {@code url}. */
  public ServerConfig withPostgres(String url) {
    return with(c -> c.storage = Storage.POSTGRES, c -> c.jdbcUrl = url);
  }

  /**
   * This configuration with SigV4 authentication against {@code credentials} (which must hold at
   * least one key).
   */
  public ServerConfig withSigV4(Credentials keys) {
    return with(c -> c.auth = Auth.SIGV4, c -> c.credentials = keys);
  }

  /** This configuration with these keys and admin token, authentication unchanged. */
  public ServerConfig withCredentials(Credentials keys) {
    return with(c -> c.credentials = keys);
  }

  /** This configuration with these connection timeouts (zero: no limit). */
  public ServerConfig withTimeouts(Duration header, Duration idle) {
    return with(c -> c.headerTimeout = header, c -> c.idleTimeout = idle);
  }

  /** This configuration recognizing {@code principals} besides AWS's service principals. */
  public ServerConfig withServicePrincipals(List<String> principals) {
    return with(c -> c.servicePrincipals = principals);
  }

  /** This configuration with closed accounts reading PENDING_CLOSURE for {@code delay}. */
  public ServerConfig withCloseAccountDelay(Duration delay) {
    return with(c -> c.closeAccountDelay = delay);
  }

  /** The data directory, or the default one when none was given. */
  public Path dataDirOrDefault() {
    return dataDir == null ? DEFAULT_DATA_DIR : dataDir;
  }

  /** This configuration with {@code changes} made to a copy of its components. */
  @SafeVarargs
  private ServerConfig with(Consumer<Copy>... changes) {
    Copy copy = new Copy(this);
    for (Consumer<Copy> change : changes) {
      change.accept(copy);
    }
    return copy.build();
  }

  /**
   * The components of a configuration, changeable, so that each copy method names only what it
   * changes; {@link #build} validates like the constructor, because it calls it.
   */
  private static final class Copy {
    private int port;
    private final String bind;
    private Storage storage;
    private Path dataDir;
    private String jdbcUrl;
    private Auth auth;
    private Credentials credentials;
    private Duration headerTimeout;
    private Duration idleTimeout;
    private List<String> servicePrincipals;
    private Duration closeAccountDelay;
    private boolean enforceScps;

    Copy(ServerConfig config) {
      port = config.port;
      bind = config.bind;
      storage = config.storage;
      dataDir = config.dataDir;
      jdbcUrl = config.jdbcUrl;
      auth = config.auth;
      credentials = config.credentials;
      headerTimeout = config.headerTimeout;
      idleTimeout = config.idleTimeout;
      servicePrincipals = config.servicePrincipals;
      closeAccountDelay = config.closeAccountDelay;
      enforceScps = config.enforceScps;
    }

    ServerConfig build() {
      return new ServerConfig(
          port,
          bind,
          storage,
          dataDir,
          jdbcUrl,
          auth,
          credentials,
          headerTimeout,
          idleTimeout,
          servicePrincipals,
          closeAccountDelay,
          enforceScps);
    }
  }
}
