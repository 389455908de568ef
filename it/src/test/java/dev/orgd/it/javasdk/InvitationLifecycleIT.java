package dev.orgd.it.javasdk;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Fixtures.BOB;
import static dev.orgd.it.support.Fixtures.CAROL;
import static dev.orgd.it.support.Fixtures.HANDSHAKE_ID;
import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.STRANGER;
import static dev.orgd.it.support.Fixtures.createOrganization;
import static dev.orgd.it.support.Fixtures.handshakeArn;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static dev.orgd.it.support.Fixtures.inviteEmail;
import static dev.orgd.it.support.Fixtures.lifetime;
import static dev.orgd.it.support.Fixtures.parties;
import static dev.orgd.it.support.Fixtures.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.it.support.ItOrgd;
import dev.orgd.it.support.SdkErrors;
import dev.orgd.junit5.OrgdExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountJoinedMethod;
import software.amazon.awssdk.services.organizations.model.ActionType;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.DuplicateHandshakeException;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakeAlreadyInStateException;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;
import software.amazon.awssdk.services.organizations.model.HandshakeState;
import software.amazon.awssdk.services.organizations.model.InvalidHandshakeTransitionException;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/** Invitations end to end with the AWS SDK for Java v2: invite, describe, list, answer. */
class InvitationLifecycleIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private final OrganizationsClient mgmt = ORGD.runtime().client(MGMT);
  private final OrganizationsClient alice = ORGD.runtime().client(ALICE);
  private final OrganizationsClient bob = ORGD.runtime().client(BOB);
  private final OrganizationsClient carol = ORGD.runtime().client(CAROL);

  @Test
  void anInvitationByAccountIdCarriesTheContractShapeAndAcceptingItMakesTheAccountAMember() {
    ORGD.runtime().registerAccount(MGMT, "bill@example.com", "Bill's Management Account");
    Organization org = createOrganization(mgmt, OrganizationFeatureSet.ALL);

    Handshake invite = inviteAccount(mgmt, ALICE, "Welcome, Alice.");

    assertThat(invite.id()).matches(HANDSHAKE_ID);
    assertThat(invite.arn()).isEqualTo(handshakeArn(MGMT, org.id(), "invite", invite.id()));
    assertThat(invite.action()).isEqualTo(ActionType.INVITE);
    assertThat(invite.state()).isEqualTo(HandshakeState.OPEN);
    assertThat(lifetime(invite)).isEqualTo(Duration.ofDays(15));
    assertThat(parties(invite))
        .isEqualTo(
            Map.of(HandshakePartyType.ORGANIZATION, org.id(), HandshakePartyType.ACCOUNT, ALICE));
    assertThat(resources(invite))
        .containsExactly(
            "ORGANIZATION="
                + org.id()
                + "[MASTER_EMAIL=bill@example.com, MASTER_NAME=Bill's Management Account,"
                + " ORGANIZATION_FEATURE_SET=ALL]",
            "ACCOUNT=" + ALICE,
            "NOTES=Welcome, Alice.");

    Handshake seenByAlice = alice.describeHandshake(r -> r.handshakeId(invite.id())).handshake();
    assertThat(seenByAlice).isEqualTo(invite);

    Handshake accepted = alice.acceptHandshake(r -> r.handshakeId(invite.id())).handshake();
    assertThat(accepted.state()).isEqualTo(HandshakeState.ACCEPTED);
    assertThat(accepted.id()).isEqualTo(invite.id());
    assertThat(resources(accepted)).isEqualTo(resources(invite));

    Account member = mgmt.describeAccount(r -> r.accountId(ALICE)).account();
    assertThat(member.joinedMethod()).isEqualTo(AccountJoinedMethod.INVITED);
    assertThat(member.joinedTimestamp()).isNotNull();
    assertThat(alice.describeOrganization().organization().id()).isEqualTo(org.id());
    assertThat(mgmt.listAccounts().accounts())
        .extracting(Account::id)
        .containsExactlyInAnyOrder(MGMT, ALICE);
    assertThat(mgmt.describeHandshake(r -> r.handshakeId(invite.id())).handshake().state())
        .isEqualTo(HandshakeState.ACCEPTED);
  }

  @Test
  void anInvitationByEmailReachesTheAccountWithThatEmailWhateverItsCase() {
    ORGD.runtime().registerAccount(BOB, "Bob.Builder@Example.com", "Bob");
    Organization org = createOrganization(mgmt, OrganizationFeatureSet.CONSOLIDATED_BILLING);

    Handshake invite = inviteEmail(mgmt, "bob.builder@example.com");

    assertThat(parties(invite))
        .containsEntry(HandshakePartyType.EMAIL, "bob.builder@example.com")
        .doesNotContainKey(HandshakePartyType.ACCOUNT);
    assertThat(resources(invite)).hasSize(2).last().isEqualTo("EMAIL=bob.builder@example.com");
    assertThat(resources(invite).get(0)).endsWith("ORGANIZATION_FEATURE_SET=CONSOLIDATED_BILLING]");

    List<Handshake> bobsInbox = bob.listHandshakesForAccount(r -> {}).handshakes();
    assertThat(bobsInbox).extracting(Handshake::id).containsExactly(invite.id());
    assertThat(carol.listHandshakesForAccount(r -> {}).handshakes()).isEmpty();

    Handshake accepted = bob.acceptHandshake(r -> r.handshakeId(invite.id())).handshake();
    assertThat(accepted.state()).isEqualTo(HandshakeState.ACCEPTED);
    // The target keeps the type the inviter used, even once accepted.
    assertThat(parties(accepted))
        .containsEntry(HandshakePartyType.EMAIL, "bob.builder@example.com");
    assertThat(bob.describeOrganization().organization().id()).isEqualTo(org.id());
  }

  /**
   * An invitation by EMAIL to an address no account has yet: a second one while the first is open
   * is a duplicate; once the first is closed the address can be invited again.
   */
  @Test
  void anUnregisteredEmailCanBeInvitedAgainOnceTheFirstInvitationIsClosed() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    Handshake first = inviteEmail(mgmt, "nobody-yet@example.com");

    SdkErrors.expect(
        DuplicateHandshakeException.class, () -> inviteEmail(mgmt, "Nobody-Yet@example.com"));

    mgmt.cancelHandshake(r -> r.handshakeId(first.id()));
    assertThat(inviteEmail(mgmt, "nobody-yet@example.com").state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void aRegisteredEmailIsMatchedWhateverTheCaseOfTheTarget() {
    ORGD.runtime().registerAccount(CAROL, "carol@example.com", "Carol");
    createOrganization(mgmt, OrganizationFeatureSet.ALL);

    Handshake invite = inviteEmail(mgmt, "CAROL@Example.com");

    // The target is kept as the inviter wrote it.
    assertThat(parties(invite)).containsEntry(HandshakePartyType.EMAIL, "CAROL@Example.com");
    assertThat(carol.listHandshakesForAccount(r -> {}).handshakes())
        .extracting(Handshake::id)
        .containsExactly(invite.id());
    // The same account by id is the same target: a duplicate while the first is open.
    SdkErrors.expect(DuplicateHandshakeException.class, () -> inviteAccount(mgmt, CAROL));
    mgmt.cancelHandshake(r -> r.handshakeId(invite.id()));
    assertThat(inviteEmail(mgmt, "carol@example.com").state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void aDeclinedInvitationIsFinal() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    Handshake invite = inviteAccount(mgmt, CAROL);

    Handshake declined = carol.declineHandshake(r -> r.handshakeId(invite.id())).handshake();

    assertThat(declined.state()).isEqualTo(HandshakeState.DECLINED);
    assertThat(mgmt.describeHandshake(r -> r.handshakeId(invite.id())).handshake().state())
        .isEqualTo(HandshakeState.DECLINED);
    assertThatThrownBy(() -> carol.declineHandshake(r -> r.handshakeId(invite.id())))
        .isInstanceOf(HandshakeAlreadyInStateException.class);
    assertThatThrownBy(() -> carol.acceptHandshake(r -> r.handshakeId(invite.id())))
        .isInstanceOf(InvalidHandshakeTransitionException.class);
    assertThatThrownBy(() -> carol.describeOrganization())
        .isInstanceOf(AwsOrganizationsNotInUseException.class);
  }

  @Test
  void onlyTheOrganizationCancelsAndACanceledInvitationIsFinal() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    Handshake invite = inviteAccount(mgmt, ALICE);

    assertThatThrownBy(() -> alice.cancelHandshake(r -> r.handshakeId(invite.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> mgmt.acceptHandshake(r -> r.handshakeId(invite.id())))
        .isInstanceOf(AccessDeniedException.class);

    Handshake canceled = mgmt.cancelHandshake(r -> r.handshakeId(invite.id())).handshake();

    assertThat(canceled.state()).isEqualTo(HandshakeState.CANCELED);
    assertThat(alice.describeHandshake(r -> r.handshakeId(invite.id())).handshake().state())
        .isEqualTo(HandshakeState.CANCELED);
    assertThatThrownBy(() -> mgmt.cancelHandshake(r -> r.handshakeId(invite.id())))
        .isInstanceOf(HandshakeAlreadyInStateException.class);
    assertThatThrownBy(() -> alice.acceptHandshake(r -> r.handshakeId(invite.id())))
        .isInstanceOf(InvalidHandshakeTransitionException.class);
    assertThatThrownBy(() -> alice.declineHandshake(r -> r.handshakeId(invite.id())))
        .isInstanceOf(InvalidHandshakeTransitionException.class);
  }

  @Test
  void listingsShowEachSideItsOwnHandshakesAndApplyTheActionTypeFilter() {
    Organization org = createOrganization(mgmt, OrganizationFeatureSet.ALL);
    Handshake toAlice = inviteAccount(mgmt, ALICE);
    Handshake toBob = inviteAccount(mgmt, BOB);
    // Alice also hears from a second organization.
    OrganizationsClient otherMgmt = ORGD.runtime().client(STRANGER);
    Organization other = createOrganization(otherMgmt, OrganizationFeatureSet.ALL);
    Handshake otherToAlice = inviteAccount(otherMgmt, ALICE);

    assertThat(mgmt.listHandshakesForOrganization(r -> {}).handshakes())
        .extracting(Handshake::id)
        .containsExactly(toBob.id(), toAlice.id());
    assertThat(
            mgmt.listHandshakesForOrganization(r -> r.filter(f -> f.actionType(ActionType.INVITE)))
                .handshakes())
        .extracting(Handshake::id)
        .containsExactly(toBob.id(), toAlice.id());
    assertThat(
            mgmt.listHandshakesForOrganization(
                    r -> r.filter(f -> f.actionType(ActionType.ENABLE_ALL_FEATURES)))
                .handshakes())
        .isEmpty();

    List<Handshake> alicesInbox = alice.listHandshakesForAccount(r -> {}).handshakes();
    assertThat(alicesInbox)
        .extracting(Handshake::id)
        .containsExactly(otherToAlice.id(), toAlice.id());
    assertThat(
            alicesInbox.stream()
                .map(h -> parties(h).get(HandshakePartyType.ORGANIZATION))
                .collect(Collectors.toList()))
        .containsExactly(other.id(), org.id());
    assertThat(
            alice
                .listHandshakesForAccount(
                    r -> r.filter(f -> f.actionType(ActionType.APPROVE_ALL_FEATURES)))
                .handshakes())
        .isEmpty();
    assertThat(ORGD.runtime().client(CAROL).listHandshakesForAccount(r -> {}).handshakes())
        .isEmpty();
  }
}
