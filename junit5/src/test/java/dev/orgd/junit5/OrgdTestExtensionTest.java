package dev.orgd.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;
import software.amazon.awssdk.services.organizations.model.HandshakeState;

/** The declarative style: the real AWS SDK for Java v2 against orgd in this JVM. */
@OrgdTest
class OrgdTestExtensionTest {

  static OrganizationsClient client(OrgdRuntime orgd, String account) {
    return OrganizationsClient.builder()
        .endpointOverride(orgd.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "secret")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  @Test
  void anInvitationExpiresWhenTheTestMovesTheClock(OrgdRuntime orgd) {
    try (OrganizationsClient mgmt = client(orgd, "111111111111");
        OrganizationsClient invitee = client(orgd, "222222222222")) {
      mgmt.createOrganization(r -> {});
      Handshake invite =
          mgmt.inviteAccountToOrganization(
                  r -> r.target(t -> t.type(HandshakePartyType.ACCOUNT).id("222222222222")))
              .handshake();
      orgd.advanceClock(Duration.ofDays(15).plusSeconds(1));
      assertThat(invitee.describeHandshake(r -> r.handshakeId(invite.id())).handshake().state())
          .isEqualTo(HandshakeState.EXPIRED);
    }
  }

  @Test
  void everyTestStartsFromAnEmptyOrgd(OrgdRuntime orgd) {
    try (OrganizationsClient mgmt = client(orgd, "111111111111")) {
      assertThatThrownBy(mgmt::describeOrganization)
          .isInstanceOf(AwsOrganizationsNotInUseException.class);
      mgmt.createOrganization(r -> {});
      assertThat(mgmt.describeOrganization().organization().masterAccountId())
          .isEqualTo("111111111111");
    }
  }

  @Test
  void registeredEmailsShowInTheOrganization(OrgdRuntime orgd) {
    orgd.registerAccount("111111111111", "boss@example.com", "Boss");
    try (OrganizationsClient mgmt = client(orgd, "111111111111")) {
      mgmt.createOrganization(r -> {});
      assertThat(mgmt.describeOrganization().organization().masterAccountEmail())
          .isEqualTo("boss@example.com");
    }
  }
}
