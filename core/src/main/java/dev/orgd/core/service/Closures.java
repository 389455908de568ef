package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.AccountStatus;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Organization;
import dev.orgd.core.store.WriteScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * CloseAccount and the account lifecycle after it. A closed account reads PENDING_CLOSURE for the
 * configured close delay, then SUSPENDED (state CLOSED) for the 90-day post-closure period, and
 * then it is no longer in its organization. All of it follows orgd's clock and is computed from the
 * instant the closure was requested: reads compute it, and the first write of the organization
 * after the period makes the account leave for good ({@link #removeDeparted}).
 */
public final class Closures {
  /** "Within a rolling 30 day period you can close …" (CloseAccount, the model's docs). */
  static final Duration QUOTA_WINDOW = Duration.ofDays(30);

  /** "Only three account closures can be in progress at the same time." */
  static final int MAX_CLOSURES_IN_PROGRESS = 3;

  private static final int QUOTA_FLOOR = 250;
  private static final int QUOTA_CEILING = 1000;

  private final Orgd orgd;

  Closures(Orgd orgd) {
    this.orgd = orgd;
  }

  /**
   * The closures an organization with {@code members} member accounts (its management account not
   * counted) may request in 30 days: "the higher of either 250 or 20% of the member accounts in
   * your organization, up to a maximum of 1,000".
   */
  public static int quota(int members) {
    return Math.min(QUOTA_CEILING, Math.max(QUOTA_FLOOR, members / 5));
  }

  /** CloseAccount: the management account closes a member account. */
  public void closeAccount(AccountId caller, AccountId accountId) {
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          Account account = s.memberOf(org, accountId);
          if (org.featureSet() != FeatureSet.ALL) {
            throw OrgdException.constraint(
                ConstraintViolationReason.ORGANIZATION_NOT_IN_ALL_FEATURES_MODE,
                "You can close an account only when all features are enabled in the"
                    + " organization.");
          }
          if (org.managementAccountId().equals(accountId)) {
            throw OrgdException.constraint(
                ConstraintViolationReason.CANNOT_CLOSE_MANAGEMENT_ACCOUNT,
                "You attempted to close the management account. To close the management account"
                    + " for the organization, you must first either remove or close all member"
                    + " accounts in the organization.");
          }
          checkState(account);
          checkQuotas(s, org);
          s.tx.accounts().save(stored(s, accountId).closedAt(s.now));
          return null;
        });
  }

  private static void checkState(Account account) {
    if (account.status() == AccountStatus.PENDING_CLOSURE) {
      throw new OrgdException(
          ErrorCode.CONFLICT,
          "The request failed because it conflicts with the current state of the specified"
              + " resource: the account is already being closed.");
    }
    if (account.status() == AccountStatus.SUSPENDED) {
      throw new OrgdException(
          ErrorCode.ACCOUNT_ALREADY_CLOSED,
          "You attempted to close an account that is already closed.");
    }
  }

  private static void checkQuotas(Session s, Organization org) {
    if (!s.closeDelay.isZero()
        && s.tx.accounts().countClosuresSince(org.id(), afterWindow(s.now, s.closeDelay))
            >= MAX_CLOSURES_IN_PROGRESS) {
      throw OrgdException.constraint(
          ConstraintViolationReason.CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED,
          "You attempted to exceed the number of accounts that you can close at a time.");
    }
    int members = s.tx.accounts().countMembers(org.id()) - 1;
    if (s.tx.accounts().countClosuresSince(org.id(), afterWindow(s.now, QUOTA_WINDOW))
        >= quota(members)) {
      throw OrgdException.constraint(
          ConstraintViolationReason.CLOSE_ACCOUNT_QUOTA_EXCEEDED,
          "You have exceeded close account quota for the past 30 days.");
    }
  }

  /** The first instant inside the window of {@code length} that ends at {@code now}. */
  private static Instant afterWindow(Instant now, Duration length) {
    return now.minus(length).plusMillis(1);
  }

  private static Account stored(Session s, AccountId id) {
    return s.tx.accounts().find(id).orElseThrow();
  }

  /**
   * The closed members of {@code org} whose post-closure period is over leave it: out of their OU,
   * their tags and delegated-administrator registrations gone, as when an account is removed.
   */
  static void removeDeparted(Session s, Organization org) {
    Instant until = s.now.minus(s.closeDelay).minus(Account.POST_CLOSURE_PERIOD);
    List<Account> departed;
    do {
      departed = s.tx.accounts().closedUntil(org.id(), until, 100);
      for (Account account : departed) {
        for (DelegatedAdministrator da :
            s.tx.delegatedAdministrators().ofAccount(org.id(), account.id(), null, 1000)) {
          s.tx.delegatedAdministrators().delete(org.id(), account.id(), da.servicePrincipal());
        }
        s.tx.accounts().save(account.leaving());
        s.publish(new DomainEvent.AccountLeft(org, account.id()));
      }
    } while (departed.size() == 100);
  }
}
