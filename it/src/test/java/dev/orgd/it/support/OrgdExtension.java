package dev.orgd.it.support;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
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
 * memory}), so the same suite can run against every backend.
 */
public final class OrgdExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  /** The access key id of a test client is its account id; the secret is not checked. */
  public static final String SECRET = "orgd-it-secret";

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
    server = ItServer.start(System.getProperty("orgd.it.storage", "memory"), janitor);
    control = new ControlPlane(server.endpoint());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    control.reset();
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
    return server.endpoint();
  }

  public ControlPlane control() {
    return control;
  }

  /**
   * An AWS SDK for Java v2 client that acts as {@code accountId} (its access key id), in us-east-1,
   * without retries so that every error reaches the test as the server sent it.
   */
  public OrganizationsClient as(String accountId) {
    return clients.computeIfAbsent(accountId, this::newClient);
  }

  private OrganizationsClient newClient(String accountId) {
    return OrganizationsClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, SECRET)))
        .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)))
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }
}
