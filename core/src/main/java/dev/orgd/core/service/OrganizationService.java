package dev.orgd.core.service;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.page.PageTokens;
import dev.orgd.core.store.WriteScope;
import java.util.ArrayList;
import java.util.List;

/**
 * The organization operations: create, describe, delete, leave, remove, and the accounts and roots
 * in it.
 */
public final class OrganizationService {
  private final Orgd orgd;
  private final HandshakeService handshakes;

  OrganizationService(Orgd orgd, HandshakeService handshakes) {
    this.orgd = orgd;
    this.handshakes = handshakes;
  }

  /**
   * CreateOrganization: the standalone caller becomes the management account of a new organization.
   */
  public OrganizationDetails createOrganization(AccountId caller, FeatureSet featureSet) {
    return orgd.write(
        s -> {
          Account account = s.account(caller);
          if (!account.isStandalone()) {
            throw new OrgdException(
                ErrorCode.ALREADY_IN_ORGANIZATION,
                "The AWS account is already a member of an organization.");
          }
          OrganizationId id = s.ids.organizationId();
          while (s.tx.organization(id).isPresent()) {
            id = s.ids.organizationId();
          }
          Organization org =
              new Organization(
                  id, caller, featureSet, s.ids.rootId(), Organization.DEFAULT_MAX_ACCOUNTS, s.now);
          s.tx.saveOrganization(org);
          s.tx.saveAccount(account.joining(id, JoinedMethod.INVITED, s.now, account.tags()));
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
          if (s.tx.countAccounts(org.id()) > 1) {
            throw new OrgdException(
                ErrorCode.ORGANIZATION_NOT_EMPTY,
                "To delete an organization you must first remove all member accounts (except the"
                    + " master).");
          }
          handshakes.organizationDeleted(s, org);
          s.tx.saveAccount(s.account(caller).leaving());
          s.tx.deleteOrganization(org.id());
          return null;
        });
  }

  /** LeaveOrganization: a member account leaves. */
  public void leaveOrganization(AccountId caller) {
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.organizationOf(caller);
          Membership.leave(s, org, s.account(caller), handshakes);
          return null;
        });
  }

  /** RemoveAccountFromOrganization: the management account removes a member. */
  public void removeAccount(AccountId caller, AccountId member) {
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          Membership.leave(s, org, s.memberOf(org, member), handshakes);
          return null;
        });
  }

  /** DescribeAccount: the management account or a delegated administrator reads a member. */
  public AccountDetails describeAccount(AccountId caller, AccountId account) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          return new AccountDetails(s.memberOf(org, account), org);
        });
  }

  /** ListAccounts: the members, management account included, by account id. */
  public Page<AccountDetails> listAccounts(AccountId caller, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          String binding = "ListAccounts|" + caller;
          AccountId after =
              request.nextToken() == null
                  ? null
                  : accountIdOf(PageTokens.decode(s.tx.tokenKey(), binding, request.nextToken()));
          List<Account> rows = s.tx.accounts(org.id(), after, request.size() + 1);
          boolean more = rows.size() > request.size();
          List<AccountDetails> items = new ArrayList<>();
          for (Account account : more ? rows.subList(0, request.size()) : rows) {
            items.add(new AccountDetails(account, org));
          }
          String next =
              more
                  ? PageTokens.encode(
                      s.tx.tokenKey(), binding, items.get(items.size() - 1).account().id().value())
                  : null;
          return new Page<>(items, next);
        });
  }

  private static AccountId accountIdOf(String position) {
    if (!AccountId.isValid(position)) {
      throw OrgdException.invalidInput(
          dev.orgd.core.error.InvalidInputReason.INVALID_NEXT_TOKEN,
          "The provided pagination token is not valid.");
    }
    return new AccountId(position);
  }

  /** ListRoots: an organization has exactly one root. */
  public Page<Organization> listRoots(AccountId caller, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          return Paging.ofSorted(
              s, List.of(org), o -> o.rootId().value(), request, "ListRoots|" + caller);
        });
  }
}
