package dev.orgd.junit5;

import dev.orgd.core.store.InMemoryStore;
import dev.orgd.core.store.Store;
import dev.orgd.server.OrgdServer;
import dev.orgd.server.ServerConfig;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs orgd in the test's own JVM: one server per test class on a free port, reset before every
 * test, and an {@link OrgdRuntime} parameter for any test or lifecycle method that asks for one.
 *
 * <p>Declaratively, with {@link OrgdTest}; or programmatically:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final OrgdExtension ORGD = OrgdExtension.builder().resetBeforeEach(false).build();
 * }</pre>
 */
public final class OrgdExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
  private final Supplier<Store> store;
  private final boolean resetBeforeEach;
  private OrgdRuntime runtime;

  /** The extension {@link OrgdTest} registers: in memory, reset before each test. */
  public OrgdExtension() {
    this(builder());
  }

  private OrgdExtension(Builder b) {
    this.store = b.store;
    this.resetBeforeEach = b.resetBeforeEach;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The running server (after the class's {@code @BeforeAll}). */
  public OrgdRuntime runtime() {
    if (runtime == null) {
      throw new IllegalStateException("orgd is not running: is the extension registered?");
    }
    return runtime;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (runtime == null) {
      OrgdServer server =
          OrgdServer.builder()
              .config(ServerConfig.ephemeral())
              .store(store.get())
              .janitorInterval(Duration.ZERO)
              .build()
              .start();
      runtime = new OrgdRuntime(server);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (resetBeforeEach) {
      runtime().reset();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
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
    private Supplier<Store> store = InMemoryStore::new;
    private boolean resetBeforeEach = true;

    private Builder() {}

    /** Where the server keeps its data (default: a fresh in-memory store per test class). */
    public Builder store(Supplier<Store> store) {
      this.store = store;
      return this;
    }

    /** Whether every test starts from an empty orgd (default true). */
    public Builder resetBeforeEach(boolean reset) {
      this.resetBeforeEach = reset;
      return this;
    }

    public OrgdExtension build() {
      return new OrgdExtension(this);
    }
  }
}
