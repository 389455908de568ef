package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Child;
import dev.orgd.core.model.ChildType;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationalUnit;
import dev.orgd.core.model.OrganizationalUnitId;
import dev.orgd.core.model.Parent;
import dev.orgd.core.model.ParentType;
import dev.orgd.core.model.Tag;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.Tree.Node;
import dev.orgd.core.store.WriteScope;
import java.util.List;
import java.util.Objects;

/**
 * The organization's structure: organizational units, the accounts and OUs under each root or OU,
 * and moving accounts between them. Members join under the root; the management account and
 * delegated administrators read the tree, the management account changes it.
 */
public final class StructureService {
  /** OUs an organization may have (the current quota table: 2,000, not adjustable). */
  public static final int MAX_ORGANIZATIONAL_UNITS = 2000;

  private final Orgd orgd;

  StructureService(Orgd orgd) {
    this.orgd = orgd;
  }

  /** CreateOrganizationalUnit under a root or OU of the caller's organization. */
  public OrganizationalUnitDetails createOrganizationalUnit(
      AccountId caller, String parentId, String name, List<Tag> tags) {
    List<Tag> checkedTags = Tags.check(tags);
    return orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          Tree tree = new Tree(s, org);
          Node parent = tree.node(parentId).orElseThrow(StructureService::parentNotFound);
          requireUniqueName(s, org, parent.id(), name);
          if (tree.depth(parent) >= Tree.MAX_DEPTH) {
            throw OrgdException.constraint(
                ConstraintViolationReason.OU_DEPTH_LIMIT_EXCEEDED,
                "You attempted to create an OU tree that is too many levels deep.");
          }
          if (s.tx.organizationalUnits().count(org.id()) >= MAX_ORGANIZATIONAL_UNITS) {
            throw OrgdException.constraint(
                ConstraintViolationReason.OU_NUMBER_LIMIT_EXCEEDED,
                "You have exceeded the number of OUs that you can have in an organization.");
          }
          OrganizationalUnitId id = s.ids.organizationalUnitId(org.rootId());
          while (s.tx.organizationalUnits().find(id).isPresent()) {
            id = s.ids.organizationalUnitId(org.rootId());
          }
          OrganizationalUnit ou =
              new OrganizationalUnit(id, org.id(), parent.id(), name, checkedTags);
          s.tx.organizationalUnits().save(ou);
          s.publish(new DomainEvent.OrganizationalUnitCreated(org, id));
          return new OrganizationalUnitDetails(ou, org, tree.path(ou));
        });
  }

  /** DescribeOrganizationalUnit. */
  public OrganizationalUnitDetails describeOrganizationalUnit(AccountId caller, String ouId) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          Tree tree = new Tree(s, org);
          OrganizationalUnit ou = organizationalUnit(tree, ouId);
          return new OrganizationalUnitDetails(ou, org, tree.path(ou));
        });
  }

  /** UpdateOrganizationalUnit: renames the OU; no name, or its own, leaves it as it is. */
  public OrganizationalUnitDetails updateOrganizationalUnit(
      AccountId caller, String ouId, String name) {
    return orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          Tree tree = new Tree(s, org);
          OrganizationalUnit ou = organizationalUnit(tree, ouId);
          if (name != null && !name.equals(ou.name())) {
            requireUniqueName(s, org, ou.parentId(), name);
            ou = ou.named(name);
            s.tx.organizationalUnits().save(ou);
          }
          return new OrganizationalUnitDetails(ou, org, tree.path(ou));
        });
  }

  /** DeleteOrganizationalUnit: only an OU with no account and no OU in it; its tags go with it. */
  public void deleteOrganizationalUnit(AccountId caller, String ouId) {
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          OrganizationalUnit ou = organizationalUnit(new Tree(s, org), ouId);
          if (!s.tx.accounts().inParent(org.id(), ou.id(), null, 1).isEmpty()
              || !s.tx.organizationalUnits().children(org.id(), ou.id(), null, 1).isEmpty()) {
            throw new OrgdException(
                ErrorCode.ORGANIZATIONAL_UNIT_NOT_EMPTY,
                "The specified OU is not empty. Move all accounts to another root or to other OUs,"
                    + " remove all child OUs, and try the operation again.");
          }
          s.tx.organizationalUnits().delete(ou.id());
          s.publish(new DomainEvent.OrganizationalUnitDeleted(org, ou.id()));
          return null;
        });
  }

  /** ListOrganizationalUnitsForParent: the OUs directly under a root or OU, by id. */
  public Page<OrganizationalUnitDetails> listOrganizationalUnitsForParent(
      AccountId caller, String parentId, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          Tree tree = new Tree(s, org);
          Node parent = tree.node(parentId).orElseThrow(StructureService::parentNotFound);
          return ous(s, org, parent, "ListOrganizationalUnitsForParent|" + caller, request)
              .map(ou -> new OrganizationalUnitDetails(ou, org, tree.path(ou)));
        });
  }

  /** ListAccountsForParent: the accounts directly under a root or OU (not in OUs below), by id. */
  public Page<AccountDetails> listAccountsForParent(
      AccountId caller, String parentId, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          Tree tree = new Tree(s, org);
          Node parent = tree.node(parentId).orElseThrow(StructureService::parentNotFound);
          return accounts(s, org, parent, "ListAccountsForParent|" + caller, request)
              .map(account -> new AccountDetails(account, org, tree.path(account)));
        });
  }

  /** ListChildren: the accounts or the OUs directly under a root or OU, by id. */
  public Page<Child> listChildren(
      AccountId caller, String parentId, ChildType type, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          Node parent =
              new Tree(s, org).node(parentId).orElseThrow(StructureService::parentNotFound);
          String binding = "ListChildren|" + caller + "|" + type;
          return switch (type) {
            case ACCOUNT ->
                accounts(s, org, parent, binding, request)
                    .map(a -> new Child(a.id().value(), ChildType.ACCOUNT));
            case ORGANIZATIONAL_UNIT ->
                ous(s, org, parent, binding, request)
                    .map(ou -> new Child(ou.id().value(), ChildType.ORGANIZATIONAL_UNIT));
          };
        });
  }

  /** ListParents: the one parent of a member account or an OU. */
  public Page<Parent> listParents(AccountId caller, String childId, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          OrganizationalUnitId parentOu = parentOf(s, org, childId);
          Parent parent =
              parentOu == null
                  ? new Parent(org.rootId().value(), ParentType.ROOT)
                  : new Parent(parentOu.value(), ParentType.ORGANIZATIONAL_UNIT);
          // One parent: a page after it is empty.
          return Paging.page(
              s,
              Paging.PARENTS,
              "ListParents|" + caller + "|" + childId,
              request,
              (after, limit) -> after == null ? List.of(parent) : List.of());
        });
  }

  /** MoveAccount: one write of the account, whatever the tree holds. */
  public void moveAccount(
      AccountId caller, AccountId accountId, String sourceId, String destinationId) {
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          Tree tree = new Tree(s, org);
          Node source = tree.node(sourceId).orElseThrow(StructureService::sourceParentNotFound);
          Node destination =
              tree.node(destinationId)
                  .orElseThrow(
                      () ->
                          new OrgdException(
                              ErrorCode.DESTINATION_PARENT_NOT_FOUND,
                              "We can't find the destination container (a root or OU) with the"
                                  + " ParentId that you specified."));
          Account account = s.account(accountId);
          if (!org.id().equals(account.organizationId())) {
            throw new OrgdException(
                ErrorCode.ACCOUNT_NOT_FOUND,
                "We can't find an AWS account with the AccountId that you specified, or the"
                    + " account whose credentials you used to make this request isn't a member of"
                    + " an organization.");
          }
          if (!Objects.equals(account.organizationalUnitId(), source.id())) {
            throw sourceParentNotFound();
          }
          if (Objects.equals(source.id(), destination.id())) {
            throw new OrgdException(
                ErrorCode.DUPLICATE_ACCOUNT,
                "That account is already present in the specified destination.");
          }
          s.tx.accounts().save(account.movedTo(destination.id()));
          return null;
        });
  }

  /** Deletes the OUs of an organization being deleted (a reaction). */
  void organizationDeleted(Session s, DomainEvent.OrganizationDeleted event) {
    s.tx.organizationalUnits().deleteAll(event.organization().id());
  }

  /** The path of a member, for the calls that answer with Paths. */
  static AccountDetails withPath(Session s, Organization org, Account account) {
    return new AccountDetails(account, org, new Tree(s, org).path(account));
  }

  private static Page<OrganizationalUnit> ous(
      Session s, Organization org, Node parent, String binding, PageRequest request) {
    return Paging.page(
        s,
        Paging.ORGANIZATIONAL_UNITS,
        binding + "|" + org.id() + "|" + parent.id(),
        request,
        (after, limit) -> s.tx.organizationalUnits().children(org.id(), parent.id(), after, limit));
  }

  private static Page<Account> accounts(
      Session s, Organization org, Node parent, String binding, PageRequest request) {
    return Paging.accountsNow(
        s,
        Paging.page(
            s,
            Paging.ACCOUNTS,
            binding + "|" + org.id() + "|" + parent.id(),
            request,
            (after, limit) -> s.tx.accounts().inParent(org.id(), parent.id(), after, limit)));
  }

  /** The OU a member account or an OU of {@code org} sits in (null: the root). */
  private static OrganizationalUnitId parentOf(Session s, Organization org, String childId) {
    if (AccountId.isValid(childId)) {
      Account account = s.account(new AccountId(childId));
      if (org.id().equals(account.organizationId())) {
        return account.organizationalUnitId();
      }
    } else {
      var ou = new Tree(s, org).organizationalUnit(childId);
      if (ou.isPresent()) {
        return ou.get().parentId();
      }
    }
    throw new OrgdException(
        ErrorCode.CHILD_NOT_FOUND,
        "We can't find an organizational unit (OU) or AWS account with the ChildId that you"
            + " specified.");
  }

  private static OrganizationalUnit organizationalUnit(Tree tree, String id) {
    return tree.organizationalUnit(id)
        .orElseThrow(
            () ->
                new OrgdException(
                    ErrorCode.ORGANIZATIONAL_UNIT_NOT_FOUND,
                    "We can't find an OU with the OrganizationalUnitId that you specified."));
  }

  private static void requireUniqueName(
      Session s, Organization org, OrganizationalUnitId parent, String name) {
    if (s.tx.organizationalUnits().findByName(org.id(), parent, name).isPresent()) {
      throw new OrgdException(
          ErrorCode.DUPLICATE_ORGANIZATIONAL_UNIT, "An OU with the same name already exists.");
    }
  }

  private static OrgdException parentNotFound() {
    return new OrgdException(
        ErrorCode.PARENT_NOT_FOUND,
        "We can't find a root or OU with the ParentId that you specified.");
  }

  private static OrgdException sourceParentNotFound() {
    return new OrgdException(
        ErrorCode.SOURCE_PARENT_NOT_FOUND,
        "We can't find a source root or OU with the ParentId that you specified.");
  }
}
