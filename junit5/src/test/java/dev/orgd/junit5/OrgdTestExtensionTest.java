package dev.orgd.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakeConstraintViolationException;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;
import software.amazon.awssdk.services.organizations.model.HandshakeState;

/** The declarative style: the real AWS SDK for Java v2 against orgd in this JVM. */
@OrgdTest
class OrgdTestExtensionTest {

  @Test
  void anInvitationExpiresWhenTheTestMovesTheClock(OrgdRuntime orgd) {
    OrganizationsClient mgmt = orgd.client("111111111111");
    mgmt.createOrganization(r -> {});
    Handshake invite =
        mgmt.inviteAccountToOrganization(
                r -> r.target(t -> t.type(HandshakePartyType.ACCOUNT).id("222222222222")))
            .handshake();
    orgd.advanceClock(Duration.ofDays(15).plusSeconds(1));
    assertThat(
            orgd.client("222222222222")
                .describeHandshake(r -> r.handshakeId(invite.id()))
                .handshake()
                .state())
        .isEqualTo(HandshakeState.EXPIRED);
  }

  @Test
  void everyTestStartsFromAnEmptyOrgd(OrgdRuntime orgd) {
    OrganizationsClient mgmt = orgd.client("111111111111");
    assertThatThrownBy(mgmt::describeOrganization)
        .isInstanceOf(AwsOrganizationsNotInUseException.class);
    mgmt.createOrganization(r -> {});
    assertThat(mgmt.describeOrganization().organization().masterAccountId())
        .isEqualTo("111111111111");
  }

  @Test
  void registeredEmailsShowInTheOrganization(OrgdRuntime orgd) {
    orgd.registerAccount("111111111111", "boss@example.com", "Boss");
    OrganizationsClient mgmt = orgd.client("111111111111");
    mgmt.createOrganization(r -> {});
    assertThat(mgmt.describeOrganization().organization().masterAccountEmail())
        .isEqualTo("boss@example.com");
  }

  @Test
  void theAsyncClientRunsOnTheSdksNettyBesideOrgdsOwn(OrgdRuntime orgd) throws Exception {
    orgd.client("111111111111").createOrganization(r -> {});
    assertThat(
            orgd.asyncClient("111111111111")
                .describeOrganization()
                .get(30, TimeUnit.SECONDS)
                .organization()
                .masterAccountId())
        .isEqualTo("111111111111");
  }

  @Test
  void aQuotaOfTwoCountsTheOpenInvitation(OrgdRuntime orgd) {
    OrganizationsClient mgmt = orgd.client("111111111111");
    String orgId = mgmt.createOrganization(r -> {}).organization().id();
    orgd.setAccountQuota(orgId, 2);
    mgmt.inviteAccountToOrganization(
        r -> r.target(t -> t.type(HandshakePartyType.ACCOUNT).id("222222222222")));
    assertThatThrownBy(
            () ->
                mgmt.inviteAccountToOrganization(
                    r -> r.target(t -> t.type(HandshakePartyType.ACCOUNT).id("333333333333"))))
        .isInstanceOf(HandshakeConstraintViolationException.class)
        .hasMessageContaining("exceeded the allowed number of AWS accounts");
  }
}
