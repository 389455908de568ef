package dev.orgd.core.service;

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
import dev.orgd.core.model.Tag;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.store.WriteScope;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * CreateAccount and its status. Creation completes at once: the status reads SUCCEEDED with the new
 * account's id, or FAILED with the reason AWS would report later (the quota, or an email in use).
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
        s -> {
          Organization org = s.managedBy(caller);
          CreateAccountRequestId id = s.ids.createAccountRequestId();
          String failure = failureReason(s, org, email);
          AccountId accountId = null;
          if (failure == null) {
            accountId = s.ids.accountId();
            while (s.tx.accounts().find(accountId).isPresent()) {
              accountId = s.ids.accountId();
            }
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
                        checkedTags));
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
                  failure);
          s.tx.createAccountRequests().save(status);
          return status;
        });
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
