package dev.orgd.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;
import software.amazon.awssdk.services.organizations.model.HandshakeState;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.InvalidInputExceptionReason;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/** The real AWS SDK for Java v2 against orgd: the wire format is what the SDK expects. */
class JavaSdkSmokeTest {
  private static final Instant NOW = Instant.parse("2024-03-01T12:34:56.789Z");

  private static OrgdServer server;
  private static OrganizationsClient management;
  private static OrganizationsClient invitee;

  @BeforeAll
  static void start() {
    server =
        OrgdServer.builder()
            .config(ServerConfig.ephemeral())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .janitorInterval(Duration.ZERO)
            .build()
            .start();
    management = client("111111111111");
    invitee = client("222222222222");
  }

  @AfterAll
  static void stop() {
    management.close();
    invitee.close();
    server.close();
  }

  private static OrganizationsClient client(String accessKeyId) {
    return OrganizationsClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "secret")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  @Test
  void createInviteAcceptAndList() {
    assertThatThrownBy(invitee::describeOrganization)
        .isInstanceOf(AwsOrganizationsNotInUseException.class)
        .hasMessageContaining("Your account is not a member of an organization.");

    Organization created =
        management.createOrganization(b -> b.featureSet(OrganizationFeatureSet.ALL)).organization();
    Organization described = management.describeOrganization().organization();
    assertThat(described).isEqualTo(created);
    assertThat(described.masterAccountId()).isEqualTo("111111111111");
    assertThat(described.availablePolicyTypes()).hasSize(1);

    Handshake invitation =
        management
            .inviteAccountToOrganization(
                b ->
                    b.target(t -> t.id("222222222222").type(HandshakePartyType.ACCOUNT))
                        .notes("hi"))
            .handshake();
    assertThat(invitation.state()).isEqualTo(HandshakeState.OPEN);
    assertThat(invitation.requestedTimestamp()).isEqualTo(NOW);
    assertThat(invitation.expirationTimestamp()).isEqualTo(NOW.plus(Duration.ofDays(15)));

    Handshake accepted = invitee.acceptHandshake(b -> b.handshakeId(invitation.id())).handshake();
    assertThat(accepted.state()).isEqualTo(HandshakeState.ACCEPTED);

    List<Account> accounts = management.listAccounts().accounts();
    assertThat(accounts)
        .extracting(Account::id)
        .containsExactlyInAnyOrder("111111111111", "222222222222");
    assertThat(accounts).allSatisfy(a -> assertThat(a.joinedTimestamp()).isEqualTo(NOW));
    assertThat(
            management.listAccountsPaginator(b -> b.maxResults(1)).stream()
                .flatMap(page -> page.accounts().stream()))
        .hasSize(2);
  }

  @Test
  void validationErrorsArriveAsTypedExceptionsWithTheirReason() {
    assertThatThrownBy(() -> management.describeHandshake(b -> b.handshakeId("h-NOT-VALID")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(InvalidInputExceptionReason.INVALID_PATTERN);
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.requestId()).isNotBlank();
            });
  }
}
