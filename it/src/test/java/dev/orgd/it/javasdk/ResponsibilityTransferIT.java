package dev.orgd.it.javasdk;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Fixtures.BOB;
import static dev.orgd.it.support.Fixtures.CAROL;
import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.createOrganization;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static dev.orgd.it.support.SdkErrors.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.it.support.ItOrgd;
import dev.orgd.junit5.OrgdExtension;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.ActionType;
import software.amazon.awssdk.services.organizations.model.ConstraintViolationException;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;
import software.amazon.awssdk.services.organizations.model.HandshakeResourceType;
import software.amazon.awssdk.services.organizations.model.HandshakeState;
import software.amazon.awssdk.services.organizations.model.InvalidHandshakeTransitionException;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.InvalidResponsibilityTransferTransitionException;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;
import software.amazon.awssdk.services.organizations.model.ResponsibilityTransfer;
import software.amazon.awssdk.services.organizations.model.ResponsibilityTransferAlreadyInStatusException;
import software.amazon.awssdk.services.organizations.model.ResponsibilityTransferNotFoundException;
import software.amazon.awssdk.services.organizations.model.ResponsibilityTransferStatus;
import software.amazon.awssdk.services.organizations.model.ResponsibilityTransferType;

/**
 * Responsibility (billing) transfers with the Java SDK v2, on every backend: MGMT's organization
 * invites BOB's to let it pay BOB's bill; ALICE is a member of MGMT's organization, CAROL manages a
 * third organization. The clock is frozen at 2026-12-02T00:00Z; transfers start 2027-01-01.
 */
class ResponsibilityTransferIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");
  static final Instant START = Instant.parse("2027-01-01T00:00:00Z");
  static final Instant END_OF_JANUARY = Instant.parse("2027-01-31T23:59:59.999Z");

  private final OrganizationsClient mgmt = ORGD.runtime().client(MGMT);
  private final OrganizationsClient alice = ORGD.runtime().client(ALICE);
  private final OrganizationsClient bob = ORGD.runtime().client(BOB);
  private final OrganizationsClient carol = ORGD.runtime().client(CAROL);
  private String mgmtOrg;
  private String bobOrg;

  @BeforeEach
  void organizations() {
    ORGD.runtime().freezeClock(NOW);
    mgmtOrg = createOrganization(mgmt, OrganizationFeatureSet.ALL).id();
    bobOrg = createOrganization(bob, OrganizationFeatureSet.ALL).id();
    createOrganization(carol, OrganizationFeatureSet.ALL);
    alice.acceptHandshake(r -> r.handshakeId(inviteAccount(mgmt, ALICE).id()));
  }

  private Handshake invite() {
    return mgmt.inviteOrganizationToTransferResponsibility(
            r ->
                r.type(ResponsibilityTransferType.BILLING)
                    .target(t -> t.type(HandshakePartyType.ACCOUNT).id(BOB))
                    .startTimestamp(START)
                    .sourceName("bob's bill")
                    .notes("we pay"))
        .handshake();
  }

  private static String transferId(Handshake h) {
    return h.resources().stream()
        .filter(r -> r.type() == HandshakeResourceType.RESPONSIBILITY_TRANSFER)
        .findFirst()
        .orElseThrow()
        .value();
  }

  private static ResponsibilityTransfer describe(OrganizationsClient client, String id) {
    return client.describeResponsibilityTransfer(r -> r.id(id)).responsibilityTransfer();
  }

  @Test
  void aTransferIsSentListedAcceptedActiveAndTerminated() {
    Handshake h = invite();
    String id = transferId(h);
    assertThat(h.action()).isEqualTo(ActionType.TRANSFER_RESPONSIBILITY);
    assertThat(h.state()).isEqualTo(HandshakeState.OPEN);
    assertThat(h.expirationTimestamp()).isEqualTo(Instant.parse("2026-12-30T23:59:59.999Z"));
    assertThat(id).matches("rt-[0-9a-z]{8}");

    // The sender lists it as inbound, the recipient as outbound; the handshake lists agree.
    assertThat(
            mgmt.listInboundResponsibilityTransfers(r -> r.type("BILLING"))
                .responsibilityTransfers())
        .extracting(ResponsibilityTransfer::id)
        .containsExactly(id);
    assertThat(
            bob.listOutboundResponsibilityTransfers(r -> r.type("BILLING"))
                .responsibilityTransfers())
        .extracting(ResponsibilityTransfer::id)
        .containsExactly(id);
    assertThat(
            mgmt.listOutboundResponsibilityTransfers(r -> r.type("BILLING"))
                .responsibilityTransfers())
        .isEmpty();
    assertThat(
            bob.listHandshakesForAccount(
                    r -> r.filter(f -> f.actionType(ActionType.TRANSFER_RESPONSIBILITY)))
                .handshakes())
        .extracting(Handshake::id)
        .containsExactly(h.id());
    assertThat(
            mgmt.listHandshakesForOrganization(
                    r -> r.filter(f -> f.actionType(ActionType.TRANSFER_RESPONSIBILITY)))
                .handshakes())
        .extracting(Handshake::id)
        .containsExactly(h.id());

    ResponsibilityTransfer requested = describe(mgmt, id);
    assertThat(requested.status()).isEqualTo(ResponsibilityTransferStatus.REQUESTED);
    assertThat(requested.name()).isEqualTo("bob's bill");
    assertThat(requested.arn())
        .isEqualTo(
            "arn:aws:organizations::" + MGMT + ":transfer/" + mgmtOrg + "/billing/inbound/" + id);
    assertThat(describe(bob, id).arn())
        .isEqualTo(
            "arn:aws:organizations::" + BOB + ":transfer/" + bobOrg + "/billing/outbound/" + id);
    assertThat(requested.target().managementAccountId()).isEqualTo(MGMT);
    assertThat(requested.source().managementAccountId()).isEqualTo(BOB);
    assertThat(requested.startTimestamp()).isEqualTo(START);
    assertThat(requested.activeHandshakeId()).isEqualTo(h.id());

    // Only management accounts take part; a third organization does not see it.
    expect(AccessDeniedException.class, () -> describe(alice, id));
    expect(ResponsibilityTransferNotFoundException.class, () -> describe(carol, id));
    expect(AccessDeniedException.class, () -> mgmt.acceptHandshake(r -> r.handshakeId(h.id())));

    assertThat(bob.acceptHandshake(r -> r.handshakeId(h.id())).handshake().state())
        .isEqualTo(HandshakeState.ACCEPTED);
    assertThat(describe(bob, id).status()).isEqualTo(ResponsibilityTransferStatus.ACCEPTED);
    // Pending or accepted, the transfer keeps both organizations from being deleted.
    expect(ConstraintViolationException.class, () -> bob.deleteOrganization(r -> {}));

    ORGD.runtime().freezeClock(Instant.parse("2027-01-10T00:00:00Z"));
    ResponsibilityTransfer active = describe(mgmt, id);
    assertThat(active.status()).isEqualTo(ResponsibilityTransferStatus.ACCEPTED);
    assertThat(active.endTimestamp()).isNull();

    bob.updateResponsibilityTransfer(r -> r.id(id).name("renamed"));
    ResponsibilityTransfer withdrawn =
        mgmt.terminateResponsibilityTransfer(r -> r.id(id).endTimestamp(END_OF_JANUARY))
            .responsibilityTransfer();
    assertThat(withdrawn.status()).isEqualTo(ResponsibilityTransferStatus.WITHDRAWN);
    assertThat(withdrawn.endTimestamp()).isEqualTo(END_OF_JANUARY);
    assertThat(withdrawn.name()).isEqualTo("renamed");
    assertThat(
            bob.listOutboundResponsibilityTransfers(r -> r.type("BILLING"))
                .responsibilityTransfers())
        .singleElement()
        .satisfies(t -> assertThat(t.status()).isEqualTo(ResponsibilityTransferStatus.WITHDRAWN));
    expect(
        ResponsibilityTransferAlreadyInStatusException.class,
        () -> bob.terminateResponsibilityTransfer(r -> r.id(id)));

    // Once its end has passed, the organization can go.
    ORGD.runtime().freezeClock(Instant.parse("2027-02-01T00:00:00Z"));
    bob.deleteOrganization(r -> {});
  }

  @Test
  void aDeclinedInvitationEndsItsTransfer() {
    Handshake h = invite();
    String id = transferId(h);
    assertThat(bob.declineHandshake(r -> r.handshakeId(h.id())).handshake().state())
        .isEqualTo(HandshakeState.DECLINED);

    assertThat(describe(mgmt, id).status()).isEqualTo(ResponsibilityTransferStatus.DECLINED);
    expect(
        InvalidResponsibilityTransferTransitionException.class,
        () -> mgmt.terminateResponsibilityTransfer(r -> r.id(id)));
    expect(
        ConstraintViolationException.class,
        () -> mgmt.updateResponsibilityTransfer(r -> r.id(id).name("x")));
    // A new invitation may follow at once.
    assertThat(invite().state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void anUnansweredInvitationExpiresAtItsDeadline() {
    Handshake h = invite();
    String id = transferId(h);

    ORGD.runtime().freezeClock(Instant.parse("2026-12-31T00:00:00Z"));

    assertThat(bob.describeHandshake(r -> r.handshakeId(h.id())).handshake().state())
        .isEqualTo(HandshakeState.EXPIRED);
    assertThat(describe(bob, id).status()).isEqualTo(ResponsibilityTransferStatus.EXPIRED);
    assertThat(
            mgmt.listInboundResponsibilityTransfers(r -> r.type("BILLING"))
                .responsibilityTransfers())
        .singleElement()
        .satisfies(t -> assertThat(t.status()).isEqualTo(ResponsibilityTransferStatus.EXPIRED));
    expect(
        InvalidHandshakeTransitionException.class,
        () -> bob.acceptHandshake(r -> r.handshakeId(h.id())));
    // The start is now too close for a new invitation.
    expect(InvalidInputException.class, this::invite);
  }
}
