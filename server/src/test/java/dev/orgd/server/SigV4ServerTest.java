package dev.orgd.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.model.AccountId;
import dev.orgd.server.auth.Credential;
import dev.orgd.server.auth.Credentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;

/**
 * {@code --auth sigv4} end to end: the Java SDK's signatures, refusals, the gated control plane.
 */
class SigV4ServerTest {
  private static final String MANAGEMENT_KEY = "AKIAORGDMANAGEMENT01";
  private static final String MANAGEMENT_SECRET = "management/secret+key";
  private static final String MEMBER_KEY = "AKIAORGDMEMBER000001";
  private static final String MEMBER_SECRET = "member/secret+key";
  private static final String ADMIN_TOKEN = "s3cr3t-admin-token";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private OrgdServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private OrgdServer start(String adminToken) {
    Credentials credentials =
        Credentials.of(
            List.of(
                new Credential(MANAGEMENT_KEY, MANAGEMENT_SECRET, new AccountId("111111111111")),
                new Credential(MEMBER_KEY, MEMBER_SECRET, new AccountId("222222222222"))),
            adminToken);
    server =
        OrgdServer.builder()
            .config(ServerConfig.ephemeral().withSigV4(credentials))
            .janitorInterval(Duration.ZERO)
            .build()
            .start();
    return server;
  }

  private OrganizationsClient client(String key, String secret) {
    return OrganizationsClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.EU_WEST_3)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  @Test
  void signedCallsActAsTheAccountOfTheirKey() {
    start(ADMIN_TOKEN);
    try (OrganizationsClient management = client(MANAGEMENT_KEY, MANAGEMENT_SECRET);
        OrganizationsClient member = client(MEMBER_KEY, MEMBER_SECRET)) {
      management.createOrganization(b -> b.featureSet("ALL"));
      String handshakeId =
          management
              .inviteAccountToOrganization(
                  b -> b.target(t -> t.type(HandshakePartyType.ACCOUNT).id("222222222222")))
              .handshake()
              .id();

      member.acceptHandshake(b -> b.handshakeId(handshakeId));

      assertThat(member.describeOrganization().organization().masterAccountId())
          .isEqualTo("111111111111");
    }
  }

  @Test
  void aWrongSecretIsRefusedAsAnInvalidSignature() {
    start(ADMIN_TOKEN);
    try (OrganizationsClient impostor = client(MANAGEMENT_KEY, "not-the-secret")) {
      assertThatThrownBy(impostor::describeOrganization)
          .isInstanceOfSatisfying(
              AwsServiceException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                assertThat(e.requestId()).isNotBlank();
              });
    }
  }

  @Test
  void anUnknownKeyIsAnUnrecognizedClientEvenWithTwelveDigits() {
    start(ADMIN_TOKEN);
    try (OrganizationsClient stranger = client("111111111111", "anything")) {
      assertThatThrownBy(stranger::describeOrganization)
          .isInstanceOfSatisfying(
              AwsServiceException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorCode())
                      .isEqualTo("UnrecognizedClientException"));
    }
  }

  @Test
  void anUnsignedRequestIsAMissingAuthenticationToken() throws Exception {
    start(ADMIN_TOKEN);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(server.endpoint())
                .header("X-Amz-Target", "AWSOrganizationsV20161128.DescribeOrganization")
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(BodyPublishers.ofString("{}"))
                .build(),
            BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"__type\":\"MissingAuthenticationTokenException\"")
        .contains("Missing Authentication Token");
  }

  @Test
  void theControlPlaneWantsTheAdminToken() throws Exception {
    start(ADMIN_TOKEN);
    URI health = server.endpoint().resolve("/_orgd/health");

    HttpResponse<String> without =
        HTTP.send(HttpRequest.newBuilder(health).build(), BodyHandlers.ofString());
    HttpResponse<String> wrong =
        HTTP.send(
            HttpRequest.newBuilder(health).header("Authorization", "Bearer nope").build(),
            BodyHandlers.ofString());
    HttpResponse<String> right =
        HTTP.send(
            HttpRequest.newBuilder(health).header("Authorization", "Bearer " + ADMIN_TOKEN).build(),
            BodyHandlers.ofString());

    assertThat(without.statusCode()).isEqualTo(401);
    assertThat(without.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(without.body()).contains("\"error\"");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body()).contains("\"status\":\"ok\"");
  }

  @Test
  void everyTestKitRouteWantsTheAdminToken() throws Exception {
    start(ADMIN_TOKEN);
    for (String route :
        List.of(
            "POST /_orgd/faults",
            "GET /_orgd/faults",
            "DELETE /_orgd/faults",
            "GET /_orgd/requests",
            "DELETE /_orgd/requests",
            "GET /_orgd/state",
            "POST /_orgd/state",
            "GET /_orgd/metrics")) {
      String[] parts = route.split(" ");
      HttpRequest.Builder request =
          HttpRequest.newBuilder(server.endpoint().resolve(parts[1]))
              .method(parts[0], BodyPublishers.ofString("{}"));
      HttpResponse<String> without = HTTP.send(request.build(), BodyHandlers.ofString());
      assertThat(without.statusCode()).as(route).isEqualTo(401);
      if (parts[0].equals("GET")) {
        HttpResponse<String> with =
            HTTP.send(
                request.header("Authorization", "Bearer " + ADMIN_TOKEN).build(),
                BodyHandlers.ofString());
        assertThat(with.statusCode()).as(route).isEqualTo(200);
      }
    }
  }

  @Test
  void theConsolePageLoadsWithoutTheTokenButItsDataNeedsIt() throws Exception {
    start(ADMIN_TOKEN);

    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(server.endpoint().resolve("/_orgd/console/")).build(),
            BodyHandlers.ofString());
    HttpResponse<String> organizations =
        HTTP.send(
            HttpRequest.newBuilder(server.endpoint().resolve("/_orgd/organizations")).build(),
            BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>orgd console</title>");
    assertThat(organizations.statusCode()).isEqualTo(401);
  }

  @Test
  void withoutAnAdminTokenTheConsoleIsOffToo() throws Exception {
    start(null);

    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(server.endpoint().resolve("/_orgd/console/")).build(),
            BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(404);
  }

  @Test
  void withoutAnAdminTokenTheControlPlaneIsOff() throws Exception {
    start(null);

    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(server.endpoint().resolve("/_orgd/reset"))
                .POST(BodyPublishers.noBody())
                .build(),
            BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void withoutAuthenticationAConfiguredKeyNamesItsAccount() {
    server =
        OrgdServer.builder()
            .config(
                ServerConfig.ephemeral()
                    .withCredentials(
                        Credentials.of(
                            List.of(
                                new Credential(
                                    MEMBER_KEY, MEMBER_SECRET, new AccountId("333333333333"))),
                            null)))
            .janitorInterval(Duration.ZERO)
            .build()
            .start();
    try (OrganizationsClient member = client(MEMBER_KEY, "signature not checked")) {
      assertThat(member.createOrganization(b -> b.featureSet("ALL")).organization())
          .satisfies(o -> assertThat(o.masterAccountId()).isEqualTo("333333333333"));
    }
  }
}
