package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.AccountStatus;
import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.Partition;
import dev.orgd.core.model.Tag;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.store.WriteScope;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * CreateAccount, CreateGovCloudAccount and their status. Creation completes at once: the status
 * reads SUCCEEDED with the new account's id, or FAILED with the reason AWS would report later (the
 * quota, or an email in use).
 */
public final class AccountService {
  private final Orgd orgd;

  AccountService(Orgd orgd) {
    this.orgd = orgd;
  }

  public CreateAccountStatus createAccount(
      AccountId caller, String email, String name, List<Tag> tags) {
    List<Tag> checkedTags = Tags.check(tags);
    return orgd.write(
        WriteScope.organizationOf(caller),
        s -> create(s, s.managedBy(caller), email, name, checkedTags, false));
  }

  /**
   * CreateGovCloudAccount: a member account in the commercial partition paired with a new AWS
   * GovCloud (US) account, whose id the status names. The management account must be paired with a
   * GovCloud account itself (the control plane pairs it), and the request must be signed for the
   * commercial partition ({@code partition}).
   */
  public CreateAccountStatus createGovCloudAccount(
      AccountId caller, Partition partition, String email, String name, List<Tag> tags) {
    List<Tag> checkedTags = Tags.check(tags);
    if (partition != Partition.AWS) {
      throw new OrgdException(
          ErrorCode.UNSUPPORTED_A_P_I_ENDPOINT,
          "This action isn't available in the current Amazon Web Services Region.");
    }
    return orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          if (s.account(caller).govCloudAccountId() == null) {
            throw OrgdException.constraint(
                ConstraintViolationReason.MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED,
                "To complete this operation, the management account must have an associated"
                    + " account in the Amazon Web Services GovCloud (US-West) Region.");
          }
          return create(s, org, email, name, checkedTags, true);
        });
  }

  private static CreateAccountStatus create(
      Session s, Organization org, String email, String name, List<Tag> tags, boolean govCloud) {
    CreateAccountRequestId id = s.ids.createAccountRequestId();
    String failure = failureReason(s, org, email);
    AccountId accountId = null;
    AccountId govCloudId = null;
    if (failure == null) {
      accountId = unusedAccountId(s, null);
      govCloudId = govCloud ? unusedAccountId(s, accountId) : null;
      s.tx
          .accounts()
          .save(
              new Account(
                      accountId,
                      email,
                      name,
                      org.id(),
                      JoinedMethod.CREATED,
                      s.now,
                      AccountStatus.ACTIVE,
                      tags)
                  .withGovCloudAccount(govCloudId));
      s.publish(new DomainEvent.AccountJoined(org, accountId));
    }
    CreateAccountStatus status =
        new CreateAccountStatus(
            id,
            org.id(),
            name,
            failure == null ? CreateAccountState.SUCCEEDED : CreateAccountState.FAILED,
            s.now,
            s.now,
            accountId,
            failure,
            govCloudId);
    s.tx.createAccountRequests().save(status);
    return status;
  }

  private static AccountId unusedAccountId(Session s, AccountId besides) {
    AccountId accountId = s.ids.accountId();
    while (accountId.equals(besides) || s.tx.accounts().find(accountId).isPresent()) {
      accountId = s.ids.accountId();
    }
    return accountId;
  }

  private static String failureReason(Session s, Organization org, String email) {
    if (!AccountQuota.hasRoomCountingInvitations(s, org)) {
      return "ACCOUNT_LIMIT_EXCEEDED";
    }
    if (s.tx.accounts().findByEmail(Account.normalizeEmail(email)).isPresent()) {
      return "EMAIL_ALREADY_EXISTS";
    }
    return null;
  }

  public CreateAccountStatus describeCreateAccountStatus(
      AccountId caller, CreateAccountRequestId id) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          return s.tx
              .createAccountRequests()
              .find(id)
              .filter(status -> status.organizationId().equals(org.id()))
              .orElseThrow(
                  () ->
                      new OrgdException(
                          ErrorCode.CREATE_ACCOUNT_STATUS_NOT_FOUND,
                          "We can't find an create account request with the"
                              + " CreateAccountRequestId that you specified."));
        });
  }

  /** ListCreateAccountStatus: newest first, optionally only some states. */
  public Page<CreateAccountStatus> listCreateAccountStatus(
      AccountId caller, Set<CreateAccountState> states, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          return Paging.page(
              s,
              Paging.CREATE_ACCOUNT_REQUESTS,
              "ListCreateAccountStatus|" + caller + "|" + new TreeSet<>(states),
              request,
              (after, limit) -> s.tx.createAccountRequests().list(org.id(), states, after, limit));
        });
  }
}
