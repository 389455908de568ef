package dev.orgd.core.service;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Organization;
import dev.orgd.core.store.StoreTx;
import java.time.Instant;

/**
 * One API call's view of the world: its unit of work, the instant it happens at (orgd's clock, read
 * once per call) and the id source. Holds the lookups every operation starts with.
 */
final class Session {
  final StoreTx tx;
  final Instant now;
  final IdSource ids;
  private final Reactions reactions;

  Session(StoreTx tx, Instant now, IdSource ids, Reactions reactions) {
    this.tx = tx;
    this.now = now;
    this.ids = ids;
    this.reactions = reactions;
  }

  /** Lets every aggregate react to {@code event} in this unit of work (see {@link Reactions}). */
  void publish(DomainEvent event) {
    reactions.publish(this, event);
  }

  /** The account as stored, or the defaults of an account orgd has not seen before. */
  Account account(AccountId id) {
    return tx.accounts().find(id).orElseGet(() -> Account.withDefaults(id));
  }

  /** The caller's organization; AWSOrganizationsNotInUseException for a standalone caller. */
  Organization organizationOf(AccountId caller) {
    Account account = account(caller);
    if (account.isStandalone()) {
      throw OrgdException.notInUse();
    }
    return tx.organizations()
        .find(account.organizationId())
        .orElseThrow(
            () -> new IllegalStateException("member of a missing organization: " + caller));
  }

  /** The organization {@code caller} manages; AccessDeniedException for any other member. */
  Organization managedBy(AccountId caller) {
    Organization org = organizationOf(caller);
    if (!org.managementAccountId().equals(caller)) {
      throw OrgdException.accessDenied();
    }
    return org;
  }

  /**
   * The caller's organization when the caller is its management account or a delegated
   * administrator.
   */
  Organization administeredBy(AccountId caller) {
    Organization org = organizationOf(caller);
    if (!org.managementAccountId().equals(caller) && !isDelegatedAdministrator(org, caller)) {
      throw OrgdException.accessDenied();
    }
    return org;
  }

  boolean isDelegatedAdministrator(Organization org, AccountId account) {
    return tx.delegatedAdministrators().isRegistered(org.id(), account);
  }

  /** A member of {@code org}; AccountNotFoundException for an account outside it. */
  Account memberOf(Organization org, AccountId id) {
    Account account = account(id);
    if (!org.id().equals(account.organizationId())) {
      throw new OrgdException(
          ErrorCode.ACCOUNT_NOT_FOUND,
          "You specified an account that doesn't exist in your organization.");
    }
    return account;
  }
}
