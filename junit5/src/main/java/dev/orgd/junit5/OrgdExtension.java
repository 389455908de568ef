package dev.orgd.junit5;

import dev.orgd.core.store.InMemoryStore;
import dev.orgd.core.store.Store;
import dev.orgd.server.OrgdServer;
import dev.orgd.server.ServerConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClientBuilder;
import software.amazon.awssdk.services.organizations.OrganizationsClientBuilder;

/**
 * Runs orgd in the test's own JVM, on a free port, and gives any test or lifecycle method that asks
 * for one an {@link OrgdRuntime} parameter.
 *
 * <p>With {@link OrgdTest}, or registered on a static field, there is one server per test class,
 * reset before every test. Registered on an instance field, every test gets a server of its own:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final OrgdExtension ORGD = OrgdExtension.builder().resetBeforeEach(false).build();
 *
 * @RegisterExtension
 * final OrgdExtension perTest = OrgdExtension.builder().store(() -> JdbcStore.sqlite(dir)).build();
 * }</pre>
 *
 * <p>A server's store comes from the builder's supplier, once per server, and is closed with it.
 */
public final class OrgdExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private final Builder settings;
  private OrgdRuntime classRuntime;
  // Nested test classes see the outer class's extension again; only the outermost starts a server.
  private int classDepth;
  private OrgdRuntime testRuntime;

  /** The extension {@link OrgdTest} registers: in memory, reset before each test. */
  public OrgdExtension() {
    this(builder());
  }

  private OrgdExtension(Builder settings) {
    this.settings = settings.copy();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The running server: the test class's, or on an instance field the current test's.
   *
   * @throws IllegalStateException outside a test class's lifecycle
   */
  public OrgdRuntime runtime() {
    OrgdRuntime running = testRuntime != null ? testRuntime : classRuntime;
    if (running == null) {
      throw new IllegalStateException("orgd is not running: is the extension registered?");
    }
    return running;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (classDepth++ == 0) {
      classRuntime = start();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (classRuntime == null) {
      // Registered on an instance field: JUnit calls no class-level callback, so each test gets
      // a server of its own, which needs no reset.
      testRuntime = start();
    } else if (settings.resetBeforeEach) {
      classRuntime.reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (testRuntime != null) {
      OrgdRuntime stopping = testRuntime;
      testRuntime = null;
      stopping.close();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (--classDepth == 0 && classRuntime != null) {
      OrgdRuntime stopping = classRuntime;
      classRuntime = null;
      stopping.close();
    }
  }

  private OrgdRuntime start() {
    OrgdServer server =
        OrgdServer.builder()
            .config(settings.config)
            // The server closes what its opener opened: the extension owns the store it was given.
            .storeOpener(config -> settings.store.get())
            .janitorInterval(Duration.ZERO)
            .build()
            .start();
    return new OrgdRuntime(server, new ClientSettings(settings.clients, settings.asyncClients));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == OrgdRuntime.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return runtime();
  }

  /** Configures an {@link OrgdExtension}. */
  public static final class Builder {
    private Supplier<? extends Store> store = InMemoryStore::new;
    private boolean resetBeforeEach = true;
    private ServerConfig config = ServerConfig.ephemeral();
    private Consumer<OrganizationsClientBuilder> clients = ClientSettings.unchanged();
    private Consumer<OrganizationsAsyncClientBuilder> asyncClients = ClientSettings.unchanged();

    private Builder() {}

    private Builder copy() {
      Builder copy = new Builder();
      copy.store = store;
      copy.resetBeforeEach = resetBeforeEach;
      copy.config = config;
      copy.clients = clients;
      copy.asyncClients = asyncClients;
      return copy;
    }

    /**
     * Where a server keeps its data (default: a fresh in-memory store). Called once for every
     * server the extension starts; the extension closes the store when it stops that server. For
     * SQLite or PostgreSQL, add {@code dev.orgd:orgd-store-jdbc} and supply a {@code JdbcStore}.
     */
    public Builder store(Supplier<? extends Store> store) {
      this.store = Objects.requireNonNull(store);
      return this;
    }

    /** Whether every test of a class starts from an empty orgd (default true). */
    public Builder resetBeforeEach(boolean reset) {
      this.resetBeforeEach = reset;
      return this;
    }

    /**
     * The server's configuration (default {@link ServerConfig#ephemeral()}), for example with SigV4
     * authentication. Its storage setting is ignored: the store comes from {@link #store}.
     */
    public Builder config(ServerConfig config) {
      this.config = Objects.requireNonNull(config);
      return this;
    }

    /**
     * Changes the clients {@link OrgdRuntime#client} makes after orgd has set their endpoint,
     * region and credentials: an HTTP client, the retry strategy, timeouts.
     */
    public Builder clients(Consumer<OrganizationsClientBuilder> configure) {
      this.clients = Objects.requireNonNull(configure);
      return this;
    }

    /** As {@link #clients}, for the asynchronous clients of {@link OrgdRuntime#asyncClient}. */
    public Builder asyncClients(Consumer<OrganizationsAsyncClientBuilder> configure) {
      this.asyncClients = Objects.requireNonNull(configure);
      return this;
    }

    /**
     * Whether the SCPs of member accounts decide their calls, as {@code --enforce-scps} does
     * (default false): a member's call that its service control policies deny gets
     * AccessDeniedException. The management account is never restricted.
     */
    public Builder enforceScps(boolean enforce) {
      this.config = config.withEnforceScps(enforce);
      return this;
    }

    public OrgdExtension build() {
      return new OrgdExtension(this);
    }
  }
}
