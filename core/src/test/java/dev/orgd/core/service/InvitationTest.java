package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static dev.orgd.core.service.World.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.HandshakeConstraintReason;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeResource;
import dev.orgd.core.model.HandshakeResourceType;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Party;
import dev.orgd.core.model.PartyType;
import dev.orgd.core.model.Tag;
import dev.orgd.core.page.PageRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationTest {
  static final AccountId MGMT = account(1);
  static final AccountId INVITEE = account(2);
  final World w = new World();
  final HandshakeService handshakes = w.orgd.handshakes();

  @Test
  void invitationCarriesTheContractShape() {
    w.orgd.control().registerAccount(MGMT, "boss@example.com", "Boss");
    OrganizationId org = w.organization(MGMT, FeatureSet.CONSOLIDATED_BILLING);
    Handshake h = handshakes.invite(MGMT, PartyType.ACCOUNT, INVITEE.value(), "welcome", List.of());
    assertThat(h.action()).isEqualTo(ActionType.INVITE);
    assertThat(h.state()).isEqualTo(HandshakeState.OPEN);
    assertThat(h.id().value()).matches("h-[0-9a-f]{32}");
    assertThat(h.arn())
        .isEqualTo("arn:aws:organizations::" + MGMT + ":handshake/" + org + "/invite/" + h.id());
    assertThat(h.requestedAt()).isEqualTo(World.T0);
    assertThat(h.expiresAt()).isEqualTo(World.T0.plus(Duration.ofDays(15)));
    assertThat(h.parties())
        .containsExactly(
            new Party(org.value(), PartyType.ORGANIZATION),
            new Party(INVITEE.value(), PartyType.ACCOUNT));
    assertThat(h.resources())
        .containsExactly(
            new HandshakeResource(
                HandshakeResourceType.ORGANIZATION,
                org.value(),
                List.of(
                    HandshakeResource.of(HandshakeResourceType.MASTER_EMAIL, "boss@example.com"),
                    HandshakeResource.of(HandshakeResourceType.MASTER_NAME, "Boss"),
                    HandshakeResource.of(
                        HandshakeResourceType.ORGANIZATION_FEATURE_SET, "CONSOLIDATED_BILLING"))),
            HandshakeResource.of(HandshakeResourceType.ACCOUNT, INVITEE.value()),
            HandshakeResource.of(HandshakeResourceType.NOTES, "welcome"));
  }

  @Test
  void acceptingJoinsTheOrganizationWithTheInvitationTags() {
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    Handshake h =
        handshakes.invite(
            MGMT, PartyType.ACCOUNT, INVITEE.value(), null, List.of(new Tag("team", "blue")));
    w.advance(Duration.ofHours(1));
    Handshake accepted = handshakes.accept(INVITEE, h.id());
    assertThat(accepted.state()).isEqualTo(HandshakeState.ACCEPTED);
    AccountDetails member = w.orgd.organizations().describeAccount(MGMT, INVITEE);
    assertThat(member.account().organizationId()).isEqualTo(org);
    assertThat(member.account().joinedMethod()).isEqualTo(JoinedMethod.INVITED);
    assertThat(member.account().joinedAt()).isEqualTo(World.T0.plus(Duration.ofHours(1)));
    assertThat(member.account().tags()).containsExactly(new Tag("team", "blue"));
  }

  @Test
  void emailInvitationIsSeenAcceptedAndDeclinedByTheAccountWithThatEmail() {
    w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().registerAccount(INVITEE, "Juan@Example.com", "Juan");
    Handshake h = handshakes.invite(MGMT, PartyType.EMAIL, "juan@example.COM", null, List.of());
    assertThat(h.parties()).contains(new Party("juan@example.COM", PartyType.EMAIL));
    assertThat(
            handshakes.listForAccount(INVITEE, HandshakeFilter.NONE, PageRequest.first()).items())
        .extracting(Handshake::id)
        .containsExactly(h.id());
    assertThat(handshakes.accept(INVITEE, h.id()).state()).isEqualTo(HandshakeState.ACCEPTED);
  }

  @Test
  void anUnknownEmailCanBeInvitedOnceAtATime() {
    w.organization(MGMT, FeatureSet.ALL);
    Handshake first =
        handshakes.invite(MGMT, PartyType.EMAIL, "nobody@example.com", null, List.of());
    assertError(
        () -> handshakes.invite(MGMT, PartyType.EMAIL, "nobody@example.com", null, List.of()),
        ErrorCode.DUPLICATE_HANDSHAKE);
    handshakes.cancel(MGMT, first.id());
    assertThat(
            handshakes.invite(MGMT, PartyType.EMAIL, "Nobody@example.com", null, List.of()).state())
        .isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void inputChecksComeFirst() {
    assertError(
        () -> handshakes.invite(MGMT, PartyType.ORGANIZATION, "o-1234567890", null, List.of()),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.INVALID_PARTY_TYPE_TARGET);
    assertError(
        () -> handshakes.invite(MGMT, PartyType.ACCOUNT, "12345", null, List.of()),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.INVALID_PATTERN);
    assertError(
        () -> handshakes.invite(MGMT, PartyType.EMAIL, "not-an-address", null, List.of()),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.INVALID_EMAIL_ADDRESS_TARGET);
    assertError(
        () ->
            handshakes.invite(
                MGMT,
                PartyType.ACCOUNT,
                INVITEE.value(),
                null,
                List.of(new Tag("k", "1"), new Tag("k", "2"))),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.DUPLICATE_TAG_KEY);
    assertError(
        () ->
            handshakes.invite(
                MGMT, PartyType.ACCOUNT, INVITEE.value(), null, List.of(new Tag("aws:x", ""))),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.INVALID_SYSTEM_TAGS_PARAMETER);
  }

  @Test
  void callerMustManageAnOrganization() {
    assertError(() -> w.invite(MGMT, INVITEE), ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE);
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, INVITEE);
    assertError(() -> w.invite(INVITEE, account(3)), ErrorCode.ACCESS_DENIED);
  }

  @Test
  void memberAndManagementAreAlreadyInTheOrganization() {
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, INVITEE);
    assertError(
        () -> w.invite(MGMT, INVITEE),
        ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
        HandshakeConstraintReason.ALREADY_IN_AN_ORGANIZATION);
    assertError(
        () -> w.invite(MGMT, MGMT),
        ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
        HandshakeConstraintReason.ALREADY_IN_AN_ORGANIZATION);
  }

  @Test
  void aSecondOpenInvitationToTheSameAccountOrItsEmailIsADuplicate() {
    w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().registerAccount(INVITEE, "juan@example.com", "Juan");
    Handshake first = w.invite(MGMT, INVITEE);
    assertError(() -> w.invite(MGMT, INVITEE), ErrorCode.DUPLICATE_HANDSHAKE);
    assertError(
        () -> handshakes.invite(MGMT, PartyType.EMAIL, "JUAN@example.com", null, List.of()),
        ErrorCode.DUPLICATE_HANDSHAKE);
    handshakes.cancel(MGMT, first.id());
    assertThat(w.invite(MGMT, INVITEE).state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void openInvitationsCountAgainstTheAccountQuota() {
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().setQuota(org, 3);
    w.join(MGMT, account(2));
    Handshake open = w.invite(MGMT, account(3));
    assertError(
        () -> w.invite(MGMT, account(4)),
        ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
        HandshakeConstraintReason.ACCOUNT_NUMBER_LIMIT_EXCEEDED);
    handshakes.decline(account(3), open.id());
    assertThat(w.invite(MGMT, account(4)).state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void expiredInvitationsReleaseTheirQuotaSlot() {
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().setQuota(org, 2);
    w.invite(MGMT, account(2));
    assertError(
        () -> w.invite(MGMT, account(3)),
        ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
        HandshakeConstraintReason.ACCOUNT_NUMBER_LIMIT_EXCEEDED);
    w.advance(Duration.ofDays(15).plusMillis(1));
    assertThat(w.invite(MGMT, account(3)).state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void atMostTwentyInvitationsADayNotCountingAcceptedOnes() {
    // With the default quota of 10 the daily limit is max(20, 10) = 20.
    w.organization(MGMT, FeatureSet.ALL);
    for (int i = 0; i < 20; i++) {
      handshakes.cancel(MGMT, w.invite(MGMT, account(100 + i)).id());
    }
    assertError(
        () -> w.invite(MGMT, account(200)),
        ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
        HandshakeConstraintReason.HANDSHAKE_RATE_LIMIT_EXCEEDED);
    w.advance(Duration.ofHours(24).plusMillis(1));
    Handshake next = w.invite(MGMT, account(200));
    handshakes.accept(account(200), next.id());
    assertThat(w.invite(MGMT, account(201)).state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void theDailyLimitFollowsALargerQuota() {
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().setQuota(org, 30);
    for (int i = 0; i < 30; i++) {
      handshakes.cancel(MGMT, w.invite(MGMT, account(100 + i)).id());
    }
    assertError(
        () -> w.invite(MGMT, account(200)),
        ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
        HandshakeConstraintReason.HANDSHAKE_RATE_LIMIT_EXCEEDED);
  }

  @Test
  void memberOfAnotherOrganizationMovesDirectly() {
    AccountId otherMgmt = account(50);
    OrganizationId other = w.organization(otherMgmt, FeatureSet.ALL);
    w.join(otherMgmt, INVITEE);
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, INVITEE);
    Account moved = w.orgd.organizations().describeAccount(MGMT, INVITEE).account();
    assertThat(moved.organizationId()).isEqualTo(org);
    assertThat(w.orgd.organizations().listAccounts(otherMgmt, PageRequest.first()).items())
        .extracting(a -> a.account().id())
        .containsExactly(otherMgmt);
    assertThat(other).isNotEqualTo(org);
  }

  @Test
  void managementAccountOfAnotherOrganizationCannotAccept() {
    AccountId otherMgmt = account(50);
    w.organization(otherMgmt, FeatureSet.ALL);
    w.organization(MGMT, FeatureSet.ALL);
    Handshake h = w.invite(MGMT, otherMgmt);
    assertError(
        () -> handshakes.accept(otherMgmt, h.id()), ErrorCode.MASTER_CANNOT_LEAVE_ORGANIZATION);
    assertThat(handshakes.describe(MGMT, h.id()).state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void managementCannotAcceptItsOwnInvitationAndRecipientCannotCancel() {
    w.organization(MGMT, FeatureSet.ALL);
    Handshake h = w.invite(MGMT, INVITEE);
    assertError(() -> handshakes.accept(MGMT, h.id()), ErrorCode.ACCESS_DENIED);
    assertError(() -> handshakes.cancel(INVITEE, h.id()), ErrorCode.ACCESS_DENIED);
  }

  @Test
  void delegatedAdministratorCanDescribeAndListButNotCancel() {
    w.organization(MGMT, FeatureSet.ALL);
    AccountId da = account(7);
    w.join(MGMT, da);
    w.orgd.serviceAccess().enable(MGMT, "securityhub.amazonaws.com");
    w.orgd.delegatedAdministrators().register(MGMT, da, "securityhub.amazonaws.com");
    Handshake h = w.invite(MGMT, INVITEE);
    assertThat(handshakes.describe(da, h.id()).id()).isEqualTo(h.id());
    assertThat(
            handshakes.listForOrganization(da, HandshakeFilter.NONE, PageRequest.first()).items())
        .extracting(Handshake::id)
        .contains(h.id());
    assertError(() -> handshakes.cancel(da, h.id()), ErrorCode.ACCESS_DENIED);
  }

  @Test
  void deletingTheOrganizationCancelsItsOpenInvitations() {
    w.organization(MGMT, FeatureSet.ALL);
    Handshake h = w.invite(MGMT, INVITEE);
    w.orgd.organizations().deleteOrganization(MGMT);
    assertThat(handshakes.describe(INVITEE, h.id()).state()).isEqualTo(HandshakeState.CANCELED);
    assertError(() -> handshakes.accept(INVITEE, h.id()), ErrorCode.INVALID_HANDSHAKE_TRANSITION);
  }
}
