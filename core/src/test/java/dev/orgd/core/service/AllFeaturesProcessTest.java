package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static dev.orgd.core.service.World.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.HandshakeConstraintReason;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeResource;
import dev.orgd.core.model.HandshakeResourceType;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.Organization;
import dev.orgd.core.page.PageRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AllFeaturesProcessTest {
  static final AccountId MGMT = account(1);
  static final AccountId A = account(2);
  static final AccountId B = account(3);
  final World w = new World();
  final HandshakeService handshakes = w.orgd.handshakes();

  @BeforeEach
  void organizationWithTwoInvitedMembersAndOneCreated() {
    w.organization(MGMT, FeatureSet.CONSOLIDATED_BILLING);
    w.join(MGMT, A);
    w.join(MGMT, B);
    w.orgd.accounts().createAccount(MGMT, "created@example.com", "created", List.of());
  }

  private FeatureSet featureSet() {
    return w.orgd.organizations().describeOrganization(MGMT).organization().featureSet();
  }

  private Handshake childOf(AccountId member, Handshake parent) {
    return handshakes
        .listForAccount(member, new HandshakeFilter(null, parent.id()), PageRequest.first())
        .items()
        .get(0);
  }

  private List<Handshake> requests(Handshake parent) {
    return handshakes
        .listForOrganization(MGMT, new HandshakeFilter(null, parent.id()), PageRequest.first())
        .items();
  }

  @Test
  void fullProcessSwitchesTheFeatureSetOnlyOnApproval() {
    Handshake parent = handshakes.enableAllFeatures(MGMT);
    assertThat(parent.action()).isEqualTo(ActionType.ENABLE_ALL_FEATURES);
    assertThat(parent.state()).isEqualTo(HandshakeState.REQUESTED);
    assertThat(parent.expiresAt()).isEqualTo(parent.requestedAt().plus(Duration.ofDays(90)));
    assertThat(requests(parent))
        .extracting(Handshake::recipientAccount)
        .containsExactlyInAnyOrder(A, B);

    Handshake childA = childOf(A, parent);
    assertThat(childA.action()).isEqualTo(ActionType.ENABLE_ALL_FEATURES);
    assertThat(childA.resources())
        .first()
        .isEqualTo(
            HandshakeResource.of(HandshakeResourceType.PARENT_HANDSHAKE, parent.id().value()));
    assertThat(childA.expiresAt()).isEqualTo(parent.expiresAt());
    assertError(() -> handshakes.accept(MGMT, parent.id()), ErrorCode.INVALID_HANDSHAKE_TRANSITION);

    handshakes.accept(A, childA.id());
    assertThat(handshakes.describe(MGMT, parent.id()).state()).isEqualTo(HandshakeState.REQUESTED);
    handshakes.accept(B, childOf(B, parent).id());
    assertThat(handshakes.describe(MGMT, parent.id()).state()).isEqualTo(HandshakeState.OPEN);
    assertThat(featureSet()).isEqualTo(FeatureSet.CONSOLIDATED_BILLING);

    Handshake approval = childOf(MGMT, parent);
    assertThat(approval.action()).isEqualTo(ActionType.APPROVE_ALL_FEATURES);
    assertError(() -> handshakes.accept(A, approval.id()), ErrorCode.HANDSHAKE_NOT_FOUND);
    handshakes.accept(MGMT, approval.id());
    assertThat(handshakes.describe(MGMT, parent.id()).state()).isEqualTo(HandshakeState.ACCEPTED);
    assertThat(featureSet()).isEqualTo(FeatureSet.ALL);
    assertError(
        () -> handshakes.enableAllFeatures(MGMT),
        ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
        HandshakeConstraintReason.ORGANIZATION_ALREADY_HAS_ALL_FEATURES);
  }

  @Test
  void acceptingTheOpenParentFinalizesToo() {
    Handshake parent = handshakes.enableAllFeatures(MGMT);
    handshakes.accept(A, childOf(A, parent).id());
    handshakes.accept(B, childOf(B, parent).id());
    assertThat(handshakes.accept(MGMT, parent.id()).state()).isEqualTo(HandshakeState.ACCEPTED);
    assertThat(featureSet()).isEqualTo(FeatureSet.ALL);
    assertThat(childOf(MGMT, parent).state()).isEqualTo(HandshakeState.ACCEPTED);
  }

  @Test
  void decliningTheApprovalEndsTheProcessSoThatANewOneCanStart() {
    Handshake parent = handshakes.enableAllFeatures(MGMT);
    handshakes.accept(A, childOf(A, parent).id());
    handshakes.accept(B, childOf(B, parent).id());
    Handshake approval = childOf(MGMT, parent);
    assertThat(handshakes.decline(MGMT, approval.id()).state()).isEqualTo(HandshakeState.DECLINED);
    assertThat(handshakes.describe(MGMT, parent.id()).state()).isEqualTo(HandshakeState.CANCELED);
    assertThat(featureSet()).isEqualTo(FeatureSet.CONSOLIDATED_BILLING);
    assertThat(handshakes.enableAllFeatures(MGMT).state()).isEqualTo(HandshakeState.REQUESTED);
  }

  @Test
  void withoutInvitedMembersTheParentOpensAtOnce() {
    World fresh = new World();
    fresh.organization(MGMT, FeatureSet.CONSOLIDATED_BILLING);
    Handshake parent = fresh.orgd.handshakes().enableAllFeatures(MGMT);
    assertThat(parent.state()).isEqualTo(HandshakeState.OPEN);
    fresh.orgd.handshakes().accept(MGMT, parent.id());
    assertThat(fresh.orgd.organizations().describeOrganization(MGMT).organization().featureSet())
        .isEqualTo(FeatureSet.ALL);
  }

  @Test
  void startingCancelsOpenInvitationsAndRefusesNewOnes() {
    Handshake invitation = w.invite(MGMT, account(9));
    Handshake parent = handshakes.enableAllFeatures(MGMT);
    assertThat(handshakes.describe(MGMT, invitation.id()).state())
        .isEqualTo(HandshakeState.CANCELED);
    assertError(
        () -> w.invite(MGMT, account(10)),
        ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
        HandshakeConstraintReason.INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES);
    assertError(
        () -> handshakes.enableAllFeatures(MGMT),
        ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
        HandshakeConstraintReason.ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION);
    handshakes.cancel(MGMT, parent.id());
    assertThat(w.invite(MGMT, account(10)).state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void cancelingTheParentCancelsEveryOpenRequest() {
    Handshake parent = handshakes.enableAllFeatures(MGMT);
    handshakes.accept(A, childOf(A, parent).id());
    handshakes.cancel(MGMT, parent.id());
    assertThat(requests(parent))
        .extracting(Handshake::recipientAccount, Handshake::state)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(A, HandshakeState.ACCEPTED),
            org.assertj.core.groups.Tuple.tuple(B, HandshakeState.CANCELED));
    assertError(
        () -> handshakes.accept(B, childOf(B, parent).id()),
        ErrorCode.INVALID_HANDSHAKE_TRANSITION);
  }

  @Test
  void expiryOfTheProcessCancelsItsRequests() {
    Handshake parent = handshakes.enableAllFeatures(MGMT);
    w.advance(Duration.ofDays(90).plusMillis(1));
    assertThat(handshakes.describe(MGMT, parent.id()).state()).isEqualTo(HandshakeState.EXPIRED);
    assertThat(childOf(A, parent).state()).isEqualTo(HandshakeState.CANCELED);
    assertThat(w.invite(MGMT, account(10)).state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void aDeclinedChildBlocksUntilThatMemberIsRemoved() {
    Handshake parent = handshakes.enableAllFeatures(MGMT);
    handshakes.accept(A, childOf(A, parent).id());
    handshakes.decline(B, childOf(B, parent).id());
    assertThat(handshakes.describe(MGMT, parent.id()).state()).isEqualTo(HandshakeState.REQUESTED);
    w.orgd.organizations().removeAccount(MGMT, B);
    assertThat(handshakes.describe(MGMT, parent.id()).state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void aLeavingMemberNoLongerBlocksAndItsOpenChildIsCanceled() {
    Handshake parent = handshakes.enableAllFeatures(MGMT);
    Handshake childB = childOf(B, parent);
    handshakes.accept(A, childOf(A, parent).id());
    w.orgd.organizations().leaveOrganization(B);
    assertThat(handshakes.describe(B, childB.id()).state()).isEqualTo(HandshakeState.CANCELED);
    assertThat(handshakes.describe(MGMT, parent.id()).state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void onlyTheManagementAccountMayStartIt() {
    assertError(() -> handshakes.enableAllFeatures(A), ErrorCode.ACCESS_DENIED);
    assertError(
        () -> handshakes.enableAllFeatures(account(99)), ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE);
    Organization org = w.orgd.organizations().describeOrganization(MGMT).organization();
    assertThat(org.featureSet()).isEqualTo(FeatureSet.CONSOLIDATED_BILLING);
  }
}
