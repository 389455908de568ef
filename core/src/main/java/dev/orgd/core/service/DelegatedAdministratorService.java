package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.Organization;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.store.WriteScope;

/**
 * Delegated administrators. The service principal must be one orgd recognizes ({@link
 * ServicePrincipals}), and registering needs the organization to have enabled it for trusted access
 * (AWS's {@code SERVICE_ACCESS_NOT_ENABLED}).
 */
public final class DelegatedAdministratorService {
  private final Orgd orgd;
  private final ServicePrincipals principals;

  DelegatedAdministratorService(Orgd orgd, ServicePrincipals principals) {
    this.orgd = orgd;
    this.principals = principals;
  }

  public void register(AccountId caller, AccountId account, String servicePrincipal) {
    principals.require(servicePrincipal);
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          Account member = s.memberOf(org, account);
          if (org.managementAccountId().equals(account)) {
            throw OrgdException.constraint(
                ConstraintViolationReason.CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR,
                "You can't register the management account of your organization as a delegated"
                    + " administrator for an Amazon Web Services service integrated with"
                    + " Organizations.");
          }
          if (member.isClosed()) {
            throw OrgdException.constraint(
                ConstraintViolationReason
                    .CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR,
                "You cannot register a suspended account as a delegated administrator.");
          }
          if (!ServiceAccessService.isEnabled(s, org, servicePrincipal)) {
            throw OrgdException.constraint(
                ConstraintViolationReason.SERVICE_ACCESS_NOT_ENABLED,
                "You attempted to register a delegated administrator before you enabled service"
                    + " access. Call the EnableAWSServiceAccess API first.");
          }
          if (registration(s, org, account, servicePrincipal) != null) {
            throw new OrgdException(
                ErrorCode.ACCOUNT_ALREADY_REGISTERED,
                "The provided account is already a delegated administrator for your organization.");
          }
          s.tx
              .delegatedAdministrators()
              .save(new DelegatedAdministrator(org.id(), account, servicePrincipal, s.now));
          return null;
        });
  }

  public void deregister(AccountId caller, AccountId account, String servicePrincipal) {
    principals.require(servicePrincipal);
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          s.memberOf(org, account);
          if (registration(s, org, account, servicePrincipal) == null) {
            throw notRegistered();
          }
          s.tx.delegatedAdministrators().delete(org.id(), account, servicePrincipal);
          return null;
        });
  }

  /**
   * ListDelegatedAdministrators: one entry per account, with its earliest matching registration.
   */
  public Page<DelegatedAdministratorDetails> list(
      AccountId caller, String servicePrincipal, PageRequest request) {
    if (servicePrincipal != null) {
      principals.require(servicePrincipal);
    }
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          return Paging.page(
                  s,
                  Paging.ADMINISTRATORS,
                  "ListDelegatedAdministrators|" + caller + "|" + servicePrincipal,
                  request,
                  (after, limit) ->
                      s.tx
                          .delegatedAdministrators()
                          .firstOfEachAccount(org.id(), servicePrincipal, after, limit))
              .map(
                  da ->
                      new DelegatedAdministratorDetails(
                          new AccountDetails(s.account(da.accountId()), org), da.enabledAt()));
        });
  }

  /** ListDelegatedServicesForAccount: the services one account administers, by principal. */
  public Page<DelegatedAdministrator> services(
      AccountId caller, AccountId account, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          s.memberOf(org, account);
          if (!s.isDelegatedAdministrator(org, account)) {
            throw notRegistered();
          }
          return Paging.page(
              s,
              Paging.SERVICES,
              "ListDelegatedServicesForAccount|" + caller + "|" + account,
              request,
              (after, limit) ->
                  s.tx.delegatedAdministrators().ofAccount(org.id(), account, after, limit));
        });
  }

  private static DelegatedAdministrator registration(
      Session s, Organization org, AccountId account, String servicePrincipal) {
    return s.tx.delegatedAdministrators().find(org.id(), account, servicePrincipal).orElse(null);
  }

  private static OrgdException notRegistered() {
    return new OrgdException(
        ErrorCode.ACCOUNT_NOT_REGISTERED,
        "The provided account is not a registered delegated administrator for your organization.");
  }
}
