package dev.orgd.core.service;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Partition;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.store.WriteScope;
import java.util.List;

/**
 * The organization operations: create, describe, delete, leave, remove, and the accounts and roots
 * in it.
 */
public final class OrganizationService {
  private final Orgd orgd;

  OrganizationService(Orgd orgd) {
    this.orgd = orgd;
  }

  /** CreateOrganization in the {@code aws} partition. */
  public OrganizationDetails createOrganization(AccountId caller, FeatureSet featureSet) {
    return createOrganization(caller, featureSet, Partition.AWS);
  }

  /**
   * CreateOrganization: the standalone caller becomes the management account of a new organization,
   * whose ARNs are in {@code partition} (the one the request was signed for) from then on.
   */
  public OrganizationDetails createOrganization(
      AccountId caller, FeatureSet featureSet, Partition partition) {
    return orgd.write(
        s -> {
          Account account = s.account(caller);
          if (!account.isStandalone()) {
            throw new OrgdException(
                ErrorCode.ALREADY_IN_ORGANIZATION,
                "The AWS account is already a member of an organization.");
          }
          OrganizationId id = s.ids.organizationId();
          while (s.tx.organizations().find(id).isPresent()) {
            id = s.ids.organizationId();
          }
          Organization org =
              new Organization(
                  id,
                  caller,
                  featureSet,
                  s.ids.rootId(),
                  Organization.DEFAULT_MAX_ACCOUNTS,
                  s.now,
                  partition);
          s.tx.organizations().save(org);
          s.tx.accounts().save(account.joining(id, JoinedMethod.INVITED, s.now, account.tags()));
          return new OrganizationDetails(org, account.email());
        });
  }

  /** DescribeOrganization: any member may read its organization. */
  public OrganizationDetails describeOrganization(AccountId caller) {
    return orgd.read(
        s -> {
          Organization org = s.organizationOf(caller);
          return new OrganizationDetails(org, s.account(org.managementAccountId()).email());
        });
  }

  /** DeleteOrganization: only an organization with no member but its management account. */
  public void deleteOrganization(AccountId caller) {
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          if (s.tx.accounts().countMembers(org.id()) > 1) {
            throw new OrgdException(
                ErrorCode.ORGANIZATION_NOT_EMPTY,
                "To delete an organization you must first remove all member accounts (except the"
                    + " master).");
          }
          ResponsibilityTransferService.checkNoTransferInProgress(s, org);
          s.publish(new DomainEvent.OrganizationDeleted(org));
          s.tx.accounts().save(s.account(caller).leaving());
          s.tx.organizations().delete(org.id());
          return null;
        });
  }

  /** LeaveOrganization: a member account leaves. */
  public void leaveOrganization(AccountId caller) {
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.organizationOf(caller);
          Membership.leave(s, org, s.account(caller));
          return null;
        });
  }

  /** RemoveAccountFromOrganization: the management account removes a member. */
  public void removeAccount(AccountId caller, AccountId member) {
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          Membership.leave(s, org, s.memberOf(org, member));
          return null;
        });
  }

  /** DescribeAccount: the management account or a delegated administrator reads a member. */
  public AccountDetails describeAccount(AccountId caller, AccountId account) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          return StructureService.withPath(s, org, s.memberOf(org, account));
        });
  }

  /** ListAccounts: the members, management account included, by account id. */
  public Page<AccountDetails> listAccounts(AccountId caller, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          Tree tree = new Tree(s, org);
          return Paging.accountsNow(
                  s,
                  Paging.page(
                      s,
                      Paging.ACCOUNTS,
                      "ListAccounts|" + caller,
                      request,
                      (after, limit) -> s.tx.accounts().members(org.id(), after, limit)))
              .map(account -> new AccountDetails(account, org, tree.path(account)));
        });
  }

  /** ListRoots: an organization has exactly one root. */
  public Page<Organization> listRoots(AccountId caller, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          // One root: a page after it is empty.
          return Paging.page(
              s,
              Paging.ROOTS,
              "ListRoots|" + caller,
              request,
              (after, limit) -> after == null ? List.of(org) : List.of());
        });
  }
}
