package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.HandshakeConstraintReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.Organization;
import dev.orgd.core.store.HandshakeQuery;
import java.time.Duration;
import java.util.List;

/**
 * The enable-all-features process (CONTRACT section 5). The parent ENABLE_ALL_FEATURES handshake
 * tracks it; each member that joined by invitation gets an ENABLE_ALL_FEATURES child; when every
 * current member's child is accepted the parent opens and the management account gets the
 * APPROVE_ALL_FEATURES handshake, whose acceptance switches the organization to ALL.
 */
final class AllFeaturesProcess {
  /** How long the process may take. */
  static final Duration TTL = Duration.ofDays(90);

  /** AWS runs the standard migration only for organizations below this size. */
  private static final int MAX_ACCOUNTS_FOR_MIGRATION = 5000;

  /** The organization's parent handshake while the process is REQUESTED or OPEN, else null. */
  Handshake active(Session s, Organization org) {
    List<Handshake> open =
        s.tx
            .handshakes()
            .list(
                HandshakeQuery.sentBy(org.id())
                    .withAction(ActionType.ENABLE_ALL_FEATURES)
                    .openAt(s.now),
                null,
                Integer.MAX_VALUE);
    for (Handshake h : open) {
      if (!h.isChild()) {
        return h;
      }
    }
    return null;
  }

  Handshake start(Session s, Organization org) {
    if (org.featureSet() == FeatureSet.ALL) {
      throw OrgdException.handshakeConstraint(
          HandshakeConstraintReason.ORGANIZATION_ALREADY_HAS_ALL_FEATURES,
          "This organization already has all features enabled.");
    }
    if (active(s, org) != null) {
      throw OrgdException.handshakeConstraint(
          HandshakeConstraintReason.ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION,
          "This organization is already in the process of enabling all features.");
    }
    if (s.tx.accounts().countMembers(org.id()) >= MAX_ACCOUNTS_FOR_MIGRATION) {
      throw OrgdException.constraint(
          ConstraintViolationReason.ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED,
          "Your organization is too large for the standard migration to all features.");
    }
    // Open invitations promised a consolidated-billing organization (Organizations User Guide).
    HandshakeService.cancelOpenInvitations(s, org);
    Handshake parent = Handshakes.processParent(s, org, s.now.plus(TTL));
    s.tx.handshakes().save(parent);
    AccountId after = null;
    List<Account> batch;
    do {
      batch = s.tx.accounts().members(org.id(), after, 500);
      for (Account member : batch) {
        if (member.joinedMethod() == JoinedMethod.INVITED
            && !member.id().equals(org.managementAccountId())) {
          s.tx
              .handshakes()
              .save(
                  Handshakes.processRequest(
                      s, org, parent, ActionType.ENABLE_ALL_FEATURES, member.id()));
        }
        after = member.id();
      }
    } while (!batch.isEmpty());
    return evaluate(s, org, parent);
  }

  Handshake acceptChild(Session s, Handshake child) {
    Handshake accepted = HandshakeService.transition(s, child, HandshakeState.ACCEPTED);
    Organization org = organization(s, child);
    Handshake parent = s.tx.handshakes().find(child.parentId()).orElseThrow().at(s.now);
    evaluate(s, org, parent);
    return accepted;
  }

  /** The management account accepts APPROVE_ALL_FEATURES: the organization now has all features. */
  Handshake approve(Session s, Handshake approval) {
    Handshake accepted = HandshakeService.transition(s, approval, HandshakeState.ACCEPTED);
    Handshake parent = s.tx.handshakes().find(approval.parentId()).orElseThrow().at(s.now);
    HandshakeService.transition(s, parent, HandshakeState.ACCEPTED);
    Organization org = organization(s, approval);
    s.tx.organizations().save(org.withFeatureSet(FeatureSet.ALL));
    return accepted;
  }

  /**
   * The management account accepts the OPEN parent itself, as the older User Guide transcripts do:
   * the same as accepting the approval.
   */
  Handshake finalizeFromParent(Session s, Handshake parent) {
    Handshake approval = approval(s, parent);
    if (approval == null || approval.state() != HandshakeState.OPEN) {
      throw new OrgdException(
          ErrorCode.INVALID_HANDSHAKE_TRANSITION,
          "The enable-all-features approval is no longer open.");
    }
    approve(s, approval);
    return s.tx.handshakes().find(parent.id()).orElseThrow();
  }

  /** Cancels the process that {@code h} (its parent, a child or the approval) belongs to. */
  Handshake cancel(Session s, Handshake h) {
    Handshake parent =
        h.isChild() ? s.tx.handshakes().find(h.parentId()).orElseThrow().at(s.now) : h;
    if (!parent.state().isTerminal()) {
      HandshakeService.transition(s, parent, HandshakeState.CANCELED);
    }
    for (Handshake request : requests(s, parent)) {
      if (!request.state().isTerminal()) {
        HandshakeService.transition(s, request, HandshakeState.CANCELED);
      }
    }
    return s.tx.handshakes().find(h.id()).orElseThrow();
  }

  /**
   * The management account declines the final approval: the process ends (its parent and open
   * requests are canceled), so that a new one can start.
   */
  Handshake declineApproval(Session s, Handshake approval) {
    Handshake declined = HandshakeService.transition(s, approval, HandshakeState.DECLINED);
    cancel(s, declined);
    return s.tx.handshakes().find(approval.id()).orElseThrow();
  }

  void memberLeft(Session s, Organization org, AccountId member) {
    Handshake parent = active(s, org);
    if (parent == null) {
      return;
    }
    for (Handshake request : requests(s, parent)) {
      if (member.equals(request.recipientAccount()) && !request.state().isTerminal()) {
        HandshakeService.transition(s, request, HandshakeState.CANCELED);
      }
    }
    evaluate(s, org, parent.at(s.now));
  }

  /**
   * Opens the parent once every current member's child is accepted (at once when there are none)
   * and sends the management account the APPROVE_ALL_FEATURES handshake.
   */
  private Handshake evaluate(Session s, Organization org, Handshake parent) {
    if (parent.state() != HandshakeState.REQUESTED) {
      return parent;
    }
    for (Handshake request : requests(s, parent)) {
      if (request.action() == ActionType.ENABLE_ALL_FEATURES
          && request.state() != HandshakeState.ACCEPTED
          && org.id().equals(s.account(request.recipientAccount()).organizationId())) {
        return parent;
      }
    }
    Handshake opened = HandshakeService.transition(s, parent, HandshakeState.OPEN);
    s.tx
        .handshakes()
        .save(
            Handshakes.processRequest(
                s, org, opened, ActionType.APPROVE_ALL_FEATURES, org.managementAccountId()));
    return opened;
  }

  private static Handshake approval(Session s, Handshake parent) {
    for (Handshake request : requests(s, parent)) {
      if (request.action() == ActionType.APPROVE_ALL_FEATURES) {
        return request;
      }
    }
    return null;
  }

  /** The children and the approval of {@code parent}, as they read now. */
  private static List<Handshake> requests(Session s, Handshake parent) {
    return s
        .tx
        .handshakes()
        .list(HandshakeQuery.all().withParent(parent.id()), null, Integer.MAX_VALUE)
        .stream()
        .map(h -> h.at(s.now))
        .toList();
  }

  private static Organization organization(Session s, Handshake h) {
    return s.tx.organizations().find(h.organizationId()).orElseThrow();
  }
}
