package dev.orgd.core.service;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Arns;
import dev.orgd.core.model.EnabledPolicyType;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationalUnit;
import dev.orgd.core.model.OrganizationalUnitId;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.model.PolicyTargetType;
import dev.orgd.core.page.KeyCodec;
import dev.orgd.core.page.Keyset;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.policy.ManagedPolicy;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.store.WriteScope;
import java.util.ArrayList;
import java.util.List;

/**
 * EnablePolicyType, DisablePolicyType and ListRoots with the root's policy types (research
 * policies.md §4.10). orgd completes both at once: PENDING_ENABLE and PENDING_DISABLE never show
 * (decision D16).
 */
public final class PolicyTypeService {
  private static final int BATCH = 500;

  /** One root: a page after it is empty. */
  private static final Keyset<RootDetails, String> ROOTS =
      new Keyset<>(KeyCodec.of(r -> r, r -> r), r -> r.organization().rootId().value());

  private final Orgd orgd;

  PolicyTypeService(Orgd orgd) {
    this.orgd = orgd;
  }

  /** EnablePolicyType: attaches the type's AWS managed policy to the root, every OU and account. */
  public RootDetails enablePolicyType(AccountId caller, String rootId, PolicyType type) {
    return orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org =
              s.delegatedFor(caller, "EnablePolicyType", false, type, o -> List.of(Arns.root(o)));
          requireRoot(org, rootId);
          PolicyService.requireAllFeatures(org);
          if (PolicyLookup.isEnabled(s, org, type)) {
            throw new OrgdException(
                ErrorCode.POLICY_TYPE_ALREADY_ENABLED,
                "The specified policy type is already enabled in the specified root.");
          }
          s.tx.enabledPolicyTypes().save(new EnabledPolicyType(org.id(), type, s.now));
          type.managedPolicy().ifPresent(m -> attachEverywhere(s, org, m));
          return root(s, org);
        });
  }

  /** DisablePolicyType: detaches every policy of the type; the policies stay. */
  public RootDetails disablePolicyType(AccountId caller, String rootId, PolicyType type) {
    return orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org =
              s.delegatedFor(caller, "DisablePolicyType", false, type, o -> List.of(Arns.root(o)));
          requireRoot(org, rootId);
          if (!PolicyLookup.isEnabled(s, org, type)) {
            throw new OrgdException(
                ErrorCode.POLICY_TYPE_NOT_ENABLED,
                "This operation can be performed only for enabled policy types.");
          }
          s.tx.enabledPolicyTypes().delete(org.id(), type);
          s.tx.policyAttachments().deleteOfType(org.id(), type);
          return root(s, org);
        });
  }

  /** ListRoots: the organization's single root with its enabled policy types. */
  public Page<RootDetails> listRoots(AccountId caller, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org =
              s.delegatedFor(caller, "ListRoots", true, null, o -> List.of(Arns.root(o)));
          return Paging.page(
              s,
              ROOTS,
              "ListRoots|" + caller,
              request,
              (after, limit) -> after == null ? List.of(root(s, org)) : List.of());
        });
  }

  static RootDetails root(Session s, Organization org) {
    return new RootDetails(
        org, s.tx.enabledPolicyTypes().list(org.id()).stream().map(t -> t.type()).toList());
  }

  private static void requireRoot(Organization org, String rootId) {
    if (!org.rootId().value().equals(rootId)) {
      throw new OrgdException(
          ErrorCode.ROOT_NOT_FOUND, "We can't find a root with the RootId that you specified.");
    }
  }

  private static void attachEverywhere(Session s, Organization org, ManagedPolicy m) {
    PolicyId id = new PolicyId(m.id());
    PolicyAttachmentService.attach(
        s, org, id, m.type(), org.rootId().value(), PolicyTargetType.ROOT);
    // The root is the null parent, which an ArrayDeque cannot hold.
    List<OrganizationalUnitId> parents = new ArrayList<>();
    parents.add(null);
    for (int next = 0; next < parents.size(); next++) {
      OrganizationalUnitId parent = parents.get(next);
      OrganizationalUnitId after = null;
      for (List<OrganizationalUnit> batch;
          !(batch = s.tx.organizationalUnits().children(org.id(), parent, after, BATCH)).isEmpty();
          after = batch.get(batch.size() - 1).id()) {
        for (OrganizationalUnit ou : batch) {
          PolicyAttachmentService.attach(
              s, org, id, m.type(), ou.id().value(), PolicyTargetType.ORGANIZATIONAL_UNIT);
          parents.add(ou.id());
        }
      }
    }
    AccountId after = null;
    for (List<Account> batch;
        !(batch = s.tx.accounts().members(org.id(), after, BATCH)).isEmpty();
        after = batch.get(batch.size() - 1).id()) {
      for (Account a : batch) {
        PolicyAttachmentService.attach(
            s, org, id, m.type(), a.id().value(), PolicyTargetType.ACCOUNT);
      }
    }
  }
}
