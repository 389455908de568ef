package dev.orgd.it.javasdk;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Fixtures.BOB;
import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.createOrganization;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static dev.orgd.it.support.SdkErrors.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.it.support.ItOrgd;
import dev.orgd.junit5.OrgdExtension;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakeNotFoundException;
import software.amazon.awssdk.services.organizations.model.HandshakeState;
import software.amazon.awssdk.services.organizations.model.InvalidHandshakeTransitionException;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/** Expiry and retention, driven by the control plane's clock (CONTRACT sections 5 and 8). */
class ExpiryIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private final OrganizationsClient mgmt = ORGD.runtime().client(MGMT);
  private final OrganizationsClient alice = ORGD.runtime().client(ALICE);

  @Test
  void anInvitationExpiresAfterFifteenDaysAndIsGoneThirtyDaysLater() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    Handshake invite = inviteAccount(mgmt, ALICE);

    ORGD.runtime().advanceClock(Duration.parse("P15DT1S"));

    assertThat(describe(mgmt, invite).state()).isEqualTo(HandshakeState.EXPIRED);
    assertThat(describe(alice, invite).state()).isEqualTo(HandshakeState.EXPIRED);
    assertThat(mgmt.listHandshakesForOrganization(r -> {}).handshakes())
        .singleElement()
        .satisfies(h -> assertThat(h.state()).isEqualTo(HandshakeState.EXPIRED));
    assertThat(alice.listHandshakesForAccount(r -> {}).handshakes())
        .singleElement()
        .satisfies(h -> assertThat(h.state()).isEqualTo(HandshakeState.EXPIRED));
    expect(
        InvalidHandshakeTransitionException.class,
        () -> alice.acceptHandshake(r -> r.handshakeId(invite.id())));
    // An expired invitation no longer blocks a new one to the same account.
    assertThat(inviteAccount(mgmt, ALICE).state()).isEqualTo(HandshakeState.OPEN);

    ORGD.runtime().advanceClock(Duration.parse("P30D"));

    expect(
        HandshakeNotFoundException.class,
        () -> mgmt.describeHandshake(r -> r.handshakeId(invite.id())));
    expect(
        HandshakeNotFoundException.class,
        () -> alice.describeHandshake(r -> r.handshakeId(invite.id())));
    assertThat(mgmt.listHandshakesForOrganization(r -> {}).handshakes())
        .extracting(Handshake::id)
        .doesNotContain(invite.id());
  }

  @Test
  void expiryIsExactToTheMillisecondUnderAFrozenClock() {
    Instant start = Instant.parse("2030-03-01T12:00:00.250Z");
    ORGD.runtime().freezeClock(start);
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    Handshake invite = inviteAccount(mgmt, ALICE);
    assertThat(invite.requestedTimestamp()).isEqualTo(start);
    assertThat(invite.expirationTimestamp()).isEqualTo(start.plus(Duration.ofDays(15)));

    ORGD.runtime().advanceClock(Duration.parse("P15D"));
    assertThat(describe(alice, invite).state()).isEqualTo(HandshakeState.OPEN);

    ORGD.runtime().advanceClock(Duration.parse("PT0.001S"));
    assertThat(describe(alice, invite).state()).isEqualTo(HandshakeState.EXPIRED);
  }

  @Test
  void aTerminalHandshakeStaysVisibleForThirtyDaysAfterItsLastChange() {
    ORGD.runtime().freezeClock(Instant.parse("2030-06-01T00:00:00Z"));
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    Handshake invite = inviteAccount(mgmt, BOB);
    ORGD.runtime().advanceClock(Duration.parse("P10D"));
    ORGD.runtime().client(BOB).declineHandshake(r -> r.handshakeId(invite.id()));

    ORGD.runtime().advanceClock(Duration.parse("P30D"));
    assertThat(describe(mgmt, invite).state()).isEqualTo(HandshakeState.DECLINED);

    ORGD.runtime().advanceClock(Duration.parse("PT1S"));
    expect(
        HandshakeNotFoundException.class,
        () -> mgmt.describeHandshake(r -> r.handshakeId(invite.id())));
  }

  private static Handshake describe(OrganizationsClient client, Handshake h) {
    return client.describeHandshake(r -> r.handshakeId(h.id())).handshake();
  }
}
