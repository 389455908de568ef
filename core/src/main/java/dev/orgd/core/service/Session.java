package dev.orgd.core.service;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.policy.DelegationPolicy;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.store.StoreTx;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One API call's view of the world: its unit of work, the instant it happens at (orgd's clock, read
 * once per call) and the id source. Holds the lookups every operation starts with.
 */
final class Session {
  final StoreTx tx;
  final Instant now;
  final IdSource ids;

  /** How long a closure reads PENDING_CLOSURE before it completes. */
  final Duration closeDelay;

  private final Reactions reactions;
  private final boolean writing;
  private final Set<OrganizationId> settled = new HashSet<>(2);

  Session(
      StoreTx tx,
      Instant now,
      IdSource ids,
      Reactions reactions,
      Duration closeDelay,
      boolean writing) {
    this.tx = tx;
    this.now = now;
    this.ids = ids;
    this.reactions = reactions;
    this.closeDelay = closeDelay;
    this.writing = writing;
  }

  /** Lets every aggregate react to {@code event} in this unit of work (see {@link Reactions}). */
  void publish(DomainEvent event) {
    reactions.publish(this, event);
  }

  /**
   * The account as it reads now, or the defaults of an account orgd has not seen before. A closed
   * account whose post-closure period is over reads as out of its organization, whether or not a
   * write has removed it yet (see {@link #settle}).
   */
  Account account(AccountId id) {
    return tx.accounts().find(id).map(this::atNow).orElseGet(() -> Account.withDefaults(id));
  }

  /** A stored member as it reads now; null once its post-closure period is over. */
  Account visible(Account stored) {
    return stored.isGoneAt(now, closeDelay) ? null : stored.at(now, closeDelay);
  }

  private Account atNow(Account stored) {
    return stored.isGoneAt(now, closeDelay) ? stored.leaving() : stored.at(now, closeDelay);
  }

  /**
   * In a write, makes the closed members of {@code org} whose post-closure period is over leave it,
   * once per unit of work, before anything counts its members. Reads compute the same at read time.
   */
  void settle(Organization org) {
    if (writing && settled.add(org.id())) {
      Closures.removeDeparted(this, org);
    }
  }

  /** The caller's organization; AWSOrganizationsNotInUseException for a standalone caller. */
  Organization organizationOf(AccountId caller) {
    Account account = account(caller);
    if (account.isStandalone()) {
      throw OrgdException.notInUse();
    }
    Organization org =
        tx.organizations()
            .find(account.organizationId())
            .orElseThrow(
                () -> new IllegalStateException("member of a missing organization: " + caller));
    settle(org);
    return org;
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

  /**
   * The caller's organization when the caller may make the policy call {@code operation} (research
   * policies.md §3, decision D5): the management account always; another member when the
   * organization's resource-based delegation policy allows it the action on every ARN {@code
   * resources} gives (with {@code organizations:PolicyType} set to {@code type} when there is one)
   * and explicitly denies it on none; for a read, also a registered delegated administrator the
   * policy does not explicitly deny. Else AccessDeniedException.
   */
  Organization delegatedFor(
      AccountId caller,
      String operation,
      boolean read,
      PolicyType type,
      Function<Organization, List<String>> resources) {
    Organization org = organizationOf(caller);
    if (org.managementAccountId().equals(caller)) {
      return org;
    }
    Map<String, List<String>> keys =
        type == null ? Map.of() : Map.of("organizations:PolicyType", List.of(type.name()));
    DelegationPolicy.Verdict verdict =
        tx.resourcePolicies()
            .find(org.id())
            .map(
                p ->
                    DelegationPolicy.evaluate(
                        p.content(),
                        caller.value(),
                        "organizations:" + operation,
                        resources.apply(org),
                        keys))
            .orElse(DelegationPolicy.Verdict.NOT_ALLOWED);
    if (verdict == DelegationPolicy.Verdict.ALLOW
        || (verdict == DelegationPolicy.Verdict.NOT_ALLOWED
            && read
            && isDelegatedAdministrator(org, caller))) {
      return org;
    }
    throw OrgdException.accessDenied();
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
