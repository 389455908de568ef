package dev.orgd.server;

import dev.orgd.core.service.IdSource;
import dev.orgd.core.service.Orgd;
import dev.orgd.core.service.ServicePrincipals;
import dev.orgd.core.store.InMemoryStore;
import dev.orgd.core.store.Store;
import dev.orgd.server.auth.AdminGate;
import dev.orgd.server.auth.CallerResolver;
import dev.orgd.server.control.ControlPlane;
import dev.orgd.server.http.HttpHandler;
import dev.orgd.server.http.NettyHttpTransport;
import dev.orgd.server.protocol.AwsJsonDispatcher;
import dev.orgd.server.protocol.ErrorRenderer;
import dev.orgd.server.protocol.JsonCodec;
import dev.orgd.server.protocol.ScpGuard;
import dev.orgd.server.protocol.ServiceModel;
import dev.orgd.server.protocol.ops.Operations;
import dev.orgd.server.snapshot.StateSnapshots;
import dev.orgd.server.testkit.Faults;
import dev.orgd.server.testkit.Journal;
import dev.orgd.server.testkit.Metrics;
import dev.orgd.server.testkit.Testkit;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An orgd server: the AWS Organizations API and the control plane on one port. Everything is wired
 * here, in plain code.
 *
 * <pre>{@code
 * try (OrgdServer server = OrgdServer.builder().config(ServerConfig.ephemeral()).build().start()) {
 *   URI endpoint = server.endpoint(); // give it to an SDK as endpointOverride
 * }
 * }</pre>
 *
 * <p>A store passed to the builder stays the caller's (closing the server does not close it); a
 * store the server opened from its configuration is closed with the server. This module knows only
 * the in-memory store: a configuration that names SQLite or PostgreSQL needs a {@link
 * Builder#storeOpener store opener} (orgd-dist's {@code StoreFactory::open}).
 */
public final class OrgdServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OrgdServer.class);

  /** How often handshakes past their 30 days of retention are purged, by default. */
  public static final Duration DEFAULT_JANITOR_INTERVAL = Duration.ofMinutes(10);

  private static final int BLOCKING_STORE_WORKERS = 32;

  private final ServerConfig config;
  private final Store store;
  private final boolean ownsStore;
  private final Orgd orgd;
  private final NettyHttpTransport http;
  private final Duration janitorInterval;
  private final Testkit testkit;
  private final StateSnapshots snapshots;
  private ScheduledExecutorService janitor;

  private OrgdServer(Builder b) {
    this.config = b.config;
    this.ownsStore = b.store == null;
    // Opening a JDBC store (connect, migrate) is most of a start: it runs beside the rest of the
    // wiring (JSON, the service model), which does not need it.
    CompletableFuture<Store> opening =
        ownsStore
            ? CompletableFuture.supplyAsync(
                () -> b.storeOpener.apply(config), task -> new Thread(task, "orgd-store").start())
            : CompletableFuture.completedFuture(b.store);
    JsonCodec codec;
    ServiceModel model;
    try {
      codec = new JsonCodec();
      model = ServiceModel.load();
    } catch (RuntimeException | Error e) {
      opening.thenAccept(Store::close);
      throw e;
    }
    this.store = opened(opening);
    ServicePrincipals principals = new ServicePrincipals();
    principals.addAll(config.servicePrincipals());
    this.orgd = new Orgd(store, b.clock, b.ids, principals, config.closeAccountDelay());
    this.janitorInterval = b.janitorInterval;
    var registry = Operations.registry(orgd);
    this.testkit =
        new Testkit(new Faults(model, registry.keySet()), new Journal(b.requestLog), new Metrics());
    this.snapshots = new StateSnapshots(store, Version.get());
    if (b.seed != null) {
      seed(b.seed);
    }
    AwsJsonDispatcher aws =
        new AwsJsonDispatcher(
            registry,
            model,
            codec,
            callers(config),
            testkit,
            config.enforceScps() ? new ScpGuard(orgd.scpEnforcement()) : null);
    HttpHandler control =
        new ControlPlane(
            orgd.control(), principals, store, Version.get(), codec, testkit, snapshots);
    if (config.auth() == ServerConfig.Auth.SIGV4) {
      control = new AdminGate(control, config.credentials(), new ErrorRenderer(codec));
    }
    int workers = b.workerThreads >= 0 ? b.workerThreads : defaultWorkers(store);
    NettyHttpTransport.Options options =
        workers == 0
            ? NettyHttpTransport.Options.onEventLoop(config.bind(), config.port())
            : NettyHttpTransport.Options.withWorkers(config.bind(), config.port(), workers);
    options = options.withTimeouts(config.headerTimeout(), config.idleTimeout());
    this.http = new NettyHttpTransport(new RequestRouter(aws, control, codec), options);
    registerGauges();
  }

  /** Loads the state of a snapshot file before the server listens; a bad one stops the start. */
  private void seed(Path file) {
    try {
      snapshots.load(Files.readAllBytes(file));
    } catch (IOException e) {
      closeOwnedStore();
      throw new IllegalStateException(
          "cannot read the seed file " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeOwnedStore();
      throw new IllegalStateException(
          "the seed file " + file + " cannot be loaded: " + e.getMessage(), e);
    }
  }

  private void closeOwnedStore() {
    if (ownsStore) {
      store.close();
    }
  }

  /** The figures read when metrics are scraped: the store's, the worker pool's, the testkit's. */
  private void registerGauges() {
    Metrics metrics = testkit.metrics();
    metrics.gauge(
        "orgd_store_info",
        "the storage backend (value 1)",
        "storage",
        () -> Map.of(store.kind(), 1));
    metrics.gauge(
        "orgd_store_pool_connections",
        "the store's connection pool (JDBC stores), by state",
        "state",
        store::poolFigures);
    metrics.gauge(
        "orgd_worker_threads",
        "the pool that runs calls on a blocking store, by state (busy, queued)",
        "state",
        http::workerFigures);
    metrics.gauge("orgd_fault_rules", "fault rules in place", testkit.faults()::size);
  }

  /**
   * Who calls: signed by a configured key (SigV4), or named by the key (no authentication). A
   * signature's time is checked against the machine's clock, as clients sign with it, never against
   * orgd's own clock, which tests move.
   */
  private static CallerResolver callers(ServerConfig config) {
    return switch (config.auth()) {
      case NONE -> CallerResolver.unsigned(config.credentials());
      case SIGV4 -> CallerResolver.sigv4(config.credentials(), Clock.systemUTC());
    };
  }

  /** The store once it is open; its failure as the store threw it. */
  private static Store opened(CompletableFuture<Store> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The in-memory store never blocks, so its calls run on the event loop; others get workers. */
  private static int defaultWorkers(Store store) {
    return store instanceof InMemoryStore ? 0 : BLOCKING_STORE_WORKERS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening; returns once the server answers requests. */
  public OrgdServer start() {
    try {
      http.start();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("interrupted while starting", e);
    } catch (Exception e) { // Netty rethrows the bind failure (a checked exception) unchecked
      close();
      throw new IllegalStateException(
          "cannot listen on " + config.bind() + ":" + config.port() + ": " + reason(e), e);
    }
    if (!janitorInterval.isZero()) {
      janitor =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "orgd-janitor");
                t.setDaemon(true);
                return t;
              });
      long millis = janitorInterval.toMillis();
      janitor.scheduleWithFixedDelay(this::purge, millis, millis, TimeUnit.MILLISECONDS);
    }
    return this;
  }

  /** Why binding failed, in words: some of the JDK's exceptions have no message. */
  private static String reason(Exception e) {
    if (e instanceof UnresolvedAddressException) {
      return "no such host or address";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private void purge() {
    try {
      int purged = orgd.control().purge();
      LOG.debug("purged {} handshakes past their retention", purged);
    } catch (RuntimeException e) {
      LOG.warn("purging old handshakes failed", e);
    }
  }

  /** The port the server listens on (the actual one when the configuration asked for 0). */
  public int port() {
    return http.port();
  }

  /** The base URI of the server, for an SDK's endpoint override. */
  public URI endpoint() {
    String host = config.bind();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    } else if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port());
  }

  /** The storage backend's name, as the health endpoint reports it. */
  public String storageKind() {
    return store.kind();
  }

  /**
   * Where the store keeps its data, for people: the SQLite file, or the PostgreSQL URL with its
   * password masked; empty in memory.
   */
  public String storageLocation() {
    return store.location();
  }

  /** The fault rules, request journal and metrics of this server. */
  public Testkit testkit() {
    return testkit;
  }

  /** The state snapshots of this server's store. */
  public StateSnapshots snapshots() {
    return snapshots;
  }

  /** The domain behind the server (for tests that set up state directly). */
  public Orgd orgd() {
    return orgd;
  }

  /** Stops listening, closes connections, stops the janitor and closes a store it opened. */
  @Override
  public void close() {
    http.close();
    if (janitor != null) {
      janitor.shutdownNow();
    }
    if (ownsStore) {
      store.close();
    }
  }

  /** Builds an {@link OrgdServer}; without a {@link #config} it runs in memory on a free port. */
  public static final class Builder {
    private ServerConfig config = ServerConfig.ephemeral();
    private Clock clock = Clock.systemUTC();
    private Store store;
    private IdSource ids = IdSource.random();
    private Duration janitorInterval = DEFAULT_JANITOR_INTERVAL;
    private int workerThreads = -1;
    private boolean requestLog;
    private Path seed;
    private Function<ServerConfig, Store> storeOpener = Builder::openInMemory;

    private Builder() {}

    private static Store openInMemory(ServerConfig config) {
      if (config.storage() != ServerConfig.Storage.MEMORY) {
        throw new IllegalArgumentException(
            "storage '"
                + config.storage().id()
                + "' needs a store opener (orgd-dist's StoreFactory::open) or a store");
      }
      return new InMemoryStore();
    }

    public Builder config(ServerConfig config) {
      this.config = Objects.requireNonNull(config);
      return this;
    }

    /** The real clock orgd's own clock runs on (the control plane shifts or freezes it). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /** A store to use instead of the one the configuration names; the caller closes it. */
    public Builder store(Store store) {
      this.store = Objects.requireNonNull(store);
      return this;
    }

    /**
     * Opens the store the configuration names, on a thread of its own while the rest of the server
     * is wired; the server closes what it opened. By default only {@code memory} can be opened.
     */
    public Builder storeOpener(Function<ServerConfig, Store> opener) {
      this.storeOpener = Objects.requireNonNull(opener);
      return this;
    }

    /** Where ids come from (a seeded source makes tests repeatable). */
    public Builder ids(IdSource ids) {
      this.ids = Objects.requireNonNull(ids);
      return this;
    }

    /** How often to purge expired handshakes; {@link Duration#ZERO} turns the janitor off. */
    public Builder janitorInterval(Duration interval) {
      if (interval.isNegative()) {
        throw new IllegalArgumentException("negative janitor interval");
      }
      this.janitorInterval = interval;
      return this;
    }

    /**
     * Runs requests on a pool of this many threads (0: on the I/O threads). By default the memory
     * store runs on the I/O threads and any other store, which may block, on a pool.
     */
    public Builder workerThreads(int threads) {
      if (threads < 0) {
        throw new IllegalArgumentException("negative worker count");
      }
      this.workerThreads = threads;
      return this;
    }

    /** Logs one INFO line per AWS call ({@code dev.orgd.requests}); off by default. */
    public Builder requestLog(boolean on) {
      this.requestLog = on;
      return this;
    }

    /**
     * A state snapshot file ({@code GET /_orgd/state}'s document) to load before the server
     * listens; a file that cannot be read or loaded stops the start.
     */
    public Builder seed(Path file) {
      this.seed = Objects.requireNonNull(file);
      return this;
    }

    public OrgdServer build() {
      return new OrgdServer(this);
    }
  }
}
