package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.HandshakeConstraintReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.Organization;

/** Accounts joining and leaving organizations, and what that does to handshakes. */
final class Membership {
  private Membership() {
    throw new AssertionError("not instantiable");
  }

  /**
   * The invited account accepts: it joins under the root, with the invitation's tags. A member of
   * another organization moves directly (it leaves that one first), as AWS allows since December
   * 2025; the management account of another organization cannot.
   */
  static Handshake acceptInvitation(Session s, Handshake invitation, AccountId caller) {
    Organization org =
        s.tx
            .organizations()
            .find(invitation.organizationId())
            .orElseThrow(
                () -> new IllegalStateException("open invitation of a deleted organization"));
    Account account = s.account(caller);
    if (org.id().equals(account.organizationId())) {
      throw OrgdException.handshakeConstraint(
          HandshakeConstraintReason.ALREADY_IN_AN_ORGANIZATION,
          "The account is already a member of this organization.");
    }
    if (!account.isStandalone()) {
      Organization current = s.tx.organizations().find(account.organizationId()).orElseThrow();
      account = leave(s, current, account);
    }
    s.settle(org);
    if (!AccountQuota.hasRoomForAcceptance(s, org)) {
      throw OrgdException.handshakeConstraint(
          HandshakeConstraintReason.ACCOUNT_NUMBER_LIMIT_EXCEEDED,
          "You have exceeded the allowed number of AWS accounts");
    }
    s.tx.accounts().save(account.joining(org.id(), JoinedMethod.INVITED, s.now, invitation.tags()));
    s.publish(new DomainEvent.AccountJoined(org, account.id()));
    return HandshakeService.transition(s, invitation, HandshakeState.ACCEPTED);
  }

  /** {@code account} leaves {@code org}: the checks LeaveOrganization and RemoveAccount share. */
  static Account leave(Session s, Organization org, Account account) {
    if (org.managementAccountId().equals(account.id())) {
      throw new OrgdException(
          ErrorCode.MASTER_CANNOT_LEAVE_ORGANIZATION,
          "You can't remove a management account from an organization. If you want the management"
              + " account to become a member account in another organization, you must first"
              + " delete the current organization.");
    }
    if (s.isDelegatedAdministrator(org, account.id())) {
      throw OrgdException.constraint(
          ConstraintViolationReason.CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG,
          "You must deregister this account as a delegated administrator before removing it from"
              + " the organization.");
    }
    Account left = account.leaving();
    s.tx.accounts().save(left);
    s.publish(new DomainEvent.AccountLeft(org, account.id()));
    return left;
  }
}
