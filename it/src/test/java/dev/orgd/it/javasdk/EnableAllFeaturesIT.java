package dev.orgd.it.javasdk;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Fixtures.BOB;
import static dev.orgd.it.support.Fixtures.CAROL;
import static dev.orgd.it.support.Fixtures.DAVE;
import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.createOrganization;
import static dev.orgd.it.support.Fixtures.handshakeArn;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static dev.orgd.it.support.Fixtures.lifetime;
import static dev.orgd.it.support.Fixtures.parties;
import static dev.orgd.it.support.Fixtures.resources;
import static dev.orgd.it.support.SdkErrors.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.it.support.ItOrgd;
import dev.orgd.junit5.OrgdExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.AccountJoinedMethod;
import software.amazon.awssdk.services.organizations.model.ActionType;
import software.amazon.awssdk.services.organizations.model.CreateAccountState;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatus;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakeConstraintViolationException;
import software.amazon.awssdk.services.organizations.model.HandshakeConstraintViolationExceptionReason;
import software.amazon.awssdk.services.organizations.model.HandshakeNotFoundException;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;
import software.amazon.awssdk.services.organizations.model.HandshakeState;
import software.amazon.awssdk.services.organizations.model.InvalidHandshakeTransitionException;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/**
 * The whole enable-all-features process across several accounts (CONTRACT sections 4 and 5): a
 * CONSOLIDATED_BILLING organization with three invited members and one created account, a child
 * handshake accepted by each invited member, then the APPROVE_ALL_FEATURES handshake accepted by
 * the management account, and only then FeatureSet ALL.
 */
class EnableAllFeaturesIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final List<String> INVITED = List.of(ALICE, BOB, CAROL);

  private final OrganizationsClient mgmt = ORGD.runtime().client(MGMT);

  @Test
  void theOrganizationHasAllFeaturesOnlyOnceEveryMemberAndThenTheManagementAccountAgreed() {
    Organization org = createOrganization(mgmt, OrganizationFeatureSet.CONSOLIDATED_BILLING);
    for (String member : INVITED) {
      Handshake invite = inviteAccount(mgmt, member);
      ORGD.runtime().client(member).acceptHandshake(r -> r.handshakeId(invite.id()));
    }
    String created = createAccount();
    Handshake pendingInvite = inviteAccount(mgmt, DAVE);

    Handshake parent = mgmt.enableAllFeatures(r -> {}).handshake();

    assertThat(parent.action()).isEqualTo(ActionType.ENABLE_ALL_FEATURES);
    assertThat(parent.state()).isEqualTo(HandshakeState.REQUESTED);
    assertThat(parent.arn())
        .isEqualTo(handshakeArn(MGMT, org.id(), "enable_all_features", parent.id()));
    assertThat(lifetime(parent)).isEqualTo(Duration.ofDays(90));
    assertThat(parties(parent)).isEqualTo(Map.of(HandshakePartyType.ORGANIZATION, org.id()));
    assertThat(resources(parent)).containsExactly("ORGANIZATION=" + org.id());
    // Starting the process cancels the open invitations and blocks new ones.
    assertThat(state(pendingInvite)).isEqualTo(HandshakeState.CANCELED);
    assertThat(constraint(() -> inviteAccount(mgmt, DAVE)))
        .isEqualTo(
            HandshakeConstraintViolationExceptionReason.INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES);
    assertThat(constraint(() -> mgmt.enableAllFeatures(r -> {})))
        .isEqualTo(
            HandshakeConstraintViolationExceptionReason
                .ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION);

    // One child per invited member; the created account gets none.
    List<Handshake> children = childrenOf(parent);
    assertThat(children).hasSize(3);
    assertThat(children)
        .extracting(h -> parties(h).get(HandshakePartyType.ACCOUNT))
        .containsExactlyInAnyOrderElementsOf(INVITED);
    for (Handshake child : children) {
      String member = parties(child).get(HandshakePartyType.ACCOUNT);
      assertThat(child.action()).isEqualTo(ActionType.ENABLE_ALL_FEATURES);
      assertThat(child.state()).isEqualTo(HandshakeState.OPEN);
      assertThat(child.expirationTimestamp()).isEqualTo(parent.expirationTimestamp());
      assertThat(resources(child))
          .containsExactly(
              "PARENT_HANDSHAKE=" + parent.id(), "ORGANIZATION=" + org.id(), "ACCOUNT=" + member);
    }
    assertThat(ORGD.runtime().client(created).listHandshakesForAccount(r -> {}).handshakes())
        .isEmpty();

    // Accepting the parent too early, or someone else's child, is refused.
    expect(
        InvalidHandshakeTransitionException.class,
        () -> mgmt.acceptHandshake(r -> r.handshakeId(parent.id())));
    Handshake alicesChild = childFor(ALICE);
    expect(
        AccessDeniedException.class,
        () -> mgmt.acceptHandshake(r -> r.handshakeId(alicesChild.id())));
    expect(
        HandshakeNotFoundException.class,
        () -> ORGD.runtime().client(BOB).acceptHandshake(r -> r.handshakeId(alicesChild.id())));

    for (String member : INVITED) {
      Handshake child = childFor(member);
      assertThat(
              ORGD.runtime()
                  .client(member)
                  .acceptHandshake(r -> r.handshakeId(child.id()))
                  .handshake()
                  .state())
          .isEqualTo(HandshakeState.ACCEPTED);
      if (!member.equals(INVITED.get(INVITED.size() - 1))) {
        assertThat(state(parent)).isEqualTo(HandshakeState.REQUESTED);
        assertThat(approvalsFor(MGMT)).isEmpty();
      }
    }

    // Every child accepted: the parent is OPEN and the management account must approve.
    assertThat(state(parent)).isEqualTo(HandshakeState.OPEN);
    assertThat(featureSet()).isEqualTo(OrganizationFeatureSet.CONSOLIDATED_BILLING);
    List<Handshake> approvals = approvalsFor(MGMT);
    assertThat(approvals).hasSize(1);
    Handshake approval = approvals.get(0);
    assertThat(approval.state()).isEqualTo(HandshakeState.OPEN);
    assertThat(approval.arn())
        .isEqualTo(handshakeArn(MGMT, org.id(), "approve_all_features", approval.id()));
    assertThat(parties(approval))
        .isEqualTo(
            Map.of(HandshakePartyType.ORGANIZATION, org.id(), HandshakePartyType.ACCOUNT, MGMT));
    assertThat(resources(approval))
        .containsExactly(
            "PARENT_HANDSHAKE=" + parent.id(), "ORGANIZATION=" + org.id(), "ACCOUNT=" + MGMT);
    assertThat(approval.expirationTimestamp()).isEqualTo(parent.expirationTimestamp());
    assertThat(childrenOf(parent)).extracting(Handshake::id).contains(approval.id()).hasSize(4);
    expect(
        HandshakeNotFoundException.class,
        () -> ORGD.runtime().client(ALICE).acceptHandshake(r -> r.handshakeId(approval.id())));

    Handshake approved = mgmt.acceptHandshake(r -> r.handshakeId(approval.id())).handshake();

    assertThat(approved.state()).isEqualTo(HandshakeState.ACCEPTED);
    assertThat(state(parent)).isEqualTo(HandshakeState.ACCEPTED);
    assertThat(featureSet()).isEqualTo(OrganizationFeatureSet.ALL);
    assertThat(constraint(() -> mgmt.enableAllFeatures(r -> {})))
        .isEqualTo(
            HandshakeConstraintViolationExceptionReason.ORGANIZATION_ALREADY_HAS_ALL_FEATURES);
    // Invitations work again and now offer ALL features.
    assertThat(resources(inviteAccount(mgmt, DAVE)).get(0))
        .endsWith("ORGANIZATION_FEATURE_SET=ALL]");
  }

  @Test
  void aDeclinedChildHoldsTheProcessUntilThatMemberIsRemoved() {
    createOrganization(mgmt, OrganizationFeatureSet.CONSOLIDATED_BILLING);
    for (String member : List.of(ALICE, BOB)) {
      Handshake invite = inviteAccount(mgmt, member);
      ORGD.runtime().client(member).acceptHandshake(r -> r.handshakeId(invite.id()));
    }
    Handshake parent = mgmt.enableAllFeatures(r -> {}).handshake();

    Handshake alicesChild = childFor(ALICE);
    ORGD.runtime().client(ALICE).acceptHandshake(r -> r.handshakeId(alicesChild.id()));
    Handshake bobsChild = childFor(BOB);
    ORGD.runtime().client(BOB).declineHandshake(r -> r.handshakeId(bobsChild.id()));

    assertThat(state(parent)).isEqualTo(HandshakeState.REQUESTED);
    assertThat(approvalsFor(MGMT)).isEmpty();

    mgmt.removeAccountFromOrganization(r -> r.accountId(BOB));

    assertThat(state(parent)).isEqualTo(HandshakeState.OPEN);
    assertThat(approvalsFor(MGMT)).hasSize(1);
    assertThat(featureSet()).isEqualTo(OrganizationFeatureSet.CONSOLIDATED_BILLING);
  }

  @Test
  void cancelingTheParentCancelsItsOpenChildren() {
    createOrganization(mgmt, OrganizationFeatureSet.CONSOLIDATED_BILLING);
    Handshake invite = inviteAccount(mgmt, ALICE);
    ORGD.runtime().client(ALICE).acceptHandshake(r -> r.handshakeId(invite.id()));
    Handshake parent = mgmt.enableAllFeatures(r -> {}).handshake();

    Handshake canceled = mgmt.cancelHandshake(r -> r.handshakeId(parent.id())).handshake();

    assertThat(canceled.state()).isEqualTo(HandshakeState.CANCELED);
    assertThat(childrenOf(parent))
        .singleElement()
        .satisfies(child -> assertThat(child.state()).isEqualTo(HandshakeState.CANCELED));
    assertThat(featureSet()).isEqualTo(OrganizationFeatureSet.CONSOLIDATED_BILLING);
    // The process can start again.
    assertThat(mgmt.enableAllFeatures(r -> {}).handshake().state())
        .isEqualTo(HandshakeState.REQUESTED);
  }

  private String createAccount() {
    CreateAccountStatus status =
        mgmt.createAccount(r -> r.email("created@example.com").accountName("Created"))
            .createAccountStatus();
    CreateAccountStatus described =
        mgmt.describeCreateAccountStatus(r -> r.createAccountRequestId(status.id()))
            .createAccountStatus();
    assertThat(described.state()).isEqualTo(CreateAccountState.SUCCEEDED);
    assertThat(described.accountId()).matches("\\d{12}");
    assertThat(
            mgmt.describeAccount(r -> r.accountId(described.accountId())).account().joinedMethod())
        .isEqualTo(AccountJoinedMethod.CREATED);
    return described.accountId();
  }

  private List<Handshake> childrenOf(Handshake parent) {
    return mgmt
        .listHandshakesForOrganizationPaginator(
            r -> r.filter(f -> f.parentHandshakeId(parent.id())))
        .stream()
        .flatMap(page -> page.handshakes().stream())
        .toList();
  }

  private static Handshake childFor(String member) {
    List<Handshake> mine =
        ORGD.runtime()
            .client(member)
            .listHandshakesForAccount(
                r -> r.filter(f -> f.actionType(ActionType.ENABLE_ALL_FEATURES)))
            .handshakes();
    assertThat(mine).as("ENABLE_ALL_FEATURES handshakes of %s", member).hasSize(1);
    return mine.get(0);
  }

  private static List<Handshake> approvalsFor(String account) {
    return ORGD.runtime()
        .client(account)
        .listHandshakesForAccount(r -> r.filter(f -> f.actionType(ActionType.APPROVE_ALL_FEATURES)))
        .handshakes();
  }

  private HandshakeState state(Handshake h) {
    return mgmt.describeHandshake(r -> r.handshakeId(h.id())).handshake().state();
  }

  private OrganizationFeatureSet featureSet() {
    return mgmt.describeOrganization().organization().featureSet();
  }

  private static HandshakeConstraintViolationExceptionReason constraint(ThrowingCallable call) {
    return expect(HandshakeConstraintViolationException.class, call).reason();
  }
}
