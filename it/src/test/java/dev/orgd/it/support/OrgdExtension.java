package dev.orgd.it.support;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * One real orgd server per test class, started in-process on a free port, and a clean slate before
 * every test ({@code POST /_orgd/reset}). Register it in a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final OrgdExtension ORGD = new OrgdExtension();
 * }</pre>
 *
 * <p>The storage backend comes from the system property {@code orgd.it.storage} (default {@code
 * memory}); the build runs the suite once per backend (memory, sqlite, postgres), each server on a
 * place of its own (a fresh temporary directory, a fresh PostgreSQL database) removed afterwards.
 */
public final class OrgdExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private final Map<String, OrganizationsClient> clients = new ConcurrentHashMap<>();
  private boolean janitor = true;
  private ItServer server;
  private ControlPlane control;

  /**
   * Turns off the server's periodic purge, for tests that need handshakes that are past their
   * retention but still stored.
   */
  public OrgdExtension withoutJanitor() {
    this.janitor = false;
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String storage = storage();
    if (storage.equals("postgres") && !TestPostgres.available()) {
      // Each test is then skipped (failed under CI=true) with the reason, in beforeEach: a class
      // aborted here would be reported as zero tests, silently.
      return;
    }
    server = ItServer.start(storage, janitor);
    control = new ControlPlane(server.endpoint());
    String serving = control.health().path("storage").asText();
    if (!serving.equals(storage)) {
      throw new AssertionError(
          "asked for storage " + storage + " but the server runs on " + serving);
    }
  }

  /** The storage backend this run tests: {@code orgd.it.storage}, by default {@code memory}. */
  public static String storage() {
    return System.getProperty("orgd.it.storage", "memory");
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    requireServer();
    control.reset();
  }

  /**
   * Skips (fails under CI=true) the calling test when the server could not start for want of
   * PostgreSQL.
   */
  private void requireServer() {
    if (server == null) {
      TestPostgres.assumeAvailable();
      throw new IllegalStateException("the orgd server did not start");
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    clients.values().forEach(OrganizationsClient::close);
    clients.clear();
    if (server != null) {
      server.close();
    }
  }

  /** The server's base URL, for example {@code http://127.0.0.1:40123}. */
  public URI endpoint() {
    requireServer();
    return server.endpoint();
  }

  public ControlPlane control() {
    requireServer();
    return control;
  }

  /**
   * An AWS SDK for Java v2 client that acts as {@code accountId} (its access key id), in us-east-1,
   * without retries so that every error reaches the test as the server sent it.
   */
  public OrganizationsClient as(String accountId) {
    requireServer();
    return clients.computeIfAbsent(accountId, this::newClient);
  }

  private OrganizationsClient newClient(String accountId) {
    return Clients.as(server.endpoint(), accountId);
  }
}
