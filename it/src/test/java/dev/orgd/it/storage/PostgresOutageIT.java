package dev.orgd.it.storage;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.createOrganization;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgd.it.support.Clients;
import dev.orgd.server.OrgdServer;
import dev.orgd.server.ServerConfig;
import dev.orgd.server.StoreFactory;
import dev.orgd.testsupport.TcpProxy;
import dev.orgd.testsupport.TestPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;
import software.amazon.awssdk.services.organizations.model.ServiceException;

/**
 * A running orgd whose PostgreSQL goes away (a TCP proxy in between is cut): every API call then
 * answers ServiceException (HTTP 500, AWS JSON error shape) within the pool's timeout, nothing is
 * half-written, and once the database is back the same server answers again without a restart.
 */
class PostgresOutageIT {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private TestPostgres.Database database;
  private TcpProxy proxy;
  private OrgdServer server;
  private OrganizationsClient mgmt;

  @BeforeEach
  void startBehindAProxy() throws Exception {
    database = TestPostgres.createDatabase();
    proxy = new TcpProxy(TestPostgres.host(), TestPostgres.port());
    String url = TestPostgres.via(database.url(), "127.0.0.1", proxy.port());
    server =
        OrgdServer.builder()
            .config(ServerConfig.ephemeral().withPostgres(url))
            .storeOpener(StoreFactory::open)
            .janitorInterval(Duration.ZERO)
            .build()
            .start();
    mgmt = Clients.as(server.endpoint(), MGMT);
  }

  @AfterEach
  void stop() throws Exception {
    if (mgmt != null) {
      mgmt.close();
    }
    if (server != null) {
      server.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void callsAnswerServiceExceptionWhileTheDatabaseIsAwayAndSucceedOnceItIsBack() throws Exception {
    Organization org = createOrganization(mgmt, OrganizationFeatureSet.ALL);

    proxy.stop();
    Instant cut = Instant.now();
    // Each call waits for a connection as long as the pool allows (5 s), so only two are made.
    ServiceException write = serviceException(() -> inviteAccount(mgmt, ALICE));
    Duration firstAnswer = Duration.between(cut, Instant.now());
    HttpResponse<String> raw = rawDescribeOrganization();
    Duration bothAnswers = Duration.between(cut, Instant.now());

    assertThat(bothAnswers).isLessThan(PATIENCE);
    assertThat(write.awsErrorDetails().errorMessage()).startsWith("The postgres database");
    assertThat(raw.statusCode()).isEqualTo(500);
    assertThat(raw.headers().firstValue("x-amzn-ErrorType")).hasValue("ServiceException");
    assertThat(raw.headers().firstValue("x-amzn-RequestId")).isPresent();
    JsonNode body = new ObjectMapper().readTree(raw.body());
    assertThat(body.path("__type").asText()).isEqualTo("ServiceException");
    assertThat(body.path("Message").asText()).startsWith("The postgres database is unavailable");

    proxy.start();
    Instant restored = Instant.now();
    Organization again = whenBack(() -> mgmt.describeOrganization().organization());
    System.out.printf(
        "PostgresOutageIT: during the outage a write answered 500 after %d ms, a read after %d ms"
            + " more; once the proxy was back, calls succeeded after %d ms%n",
        firstAnswer.toMillis(),
        bothAnswers.minus(firstAnswer).toMillis(),
        Duration.between(restored, Instant.now()).toMillis());

    assertThat(again).isEqualTo(org);
    assertThat(mgmt.listHandshakesForOrganization(r -> {}).handshakes())
        .as("the invitation that failed during the outage was not written")
        .isEmpty();
    assertThat(inviteAccount(mgmt, ALICE).id()).isNotBlank();
  }

  private static ServiceException serviceException(ThrowingCallable call) {
    ServiceException e = catchThrowableOfType(ServiceException.class, call);
    assertThat(e).as("expected ServiceException, but the call succeeded").isNotNull();
    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ServiceException");
    assertThat(e.requestId()).isNotBlank();
    return e;
  }

  private HttpResponse<String> rawDescribeOrganization() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(server.endpoint())
            .header("Content-Type", "application/x-amz-json-1.1")
            .header("X-Amz-Target", "AWSOrganizationsV20161128.DescribeOrganization")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential="
                    + MGMT
                    + "/20240101/us-east-1/organizations/aws4_request, SignedHeaders=host,"
                    + " Signature=00")
            .timeout(PATIENCE)
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The call's result as soon as the server answers it again. */
  private static <T> T whenBack(java.util.function.Supplier<T> call) throws InterruptedException {
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (true) {
      try {
        return call.get();
      } catch (ServiceException e) {
        if (Instant.now().isAfter(giveUp)) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }
}
