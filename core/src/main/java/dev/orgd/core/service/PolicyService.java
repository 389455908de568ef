package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.Policy;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.model.Tag;
import dev.orgd.core.page.KeyCodec;
import dev.orgd.core.page.Keyset;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.policy.ManagedPolicy;
import dev.orgd.core.policy.PolicyDocuments;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.store.OrderKey;
import dev.orgd.core.store.WriteScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CreatePolicy, DescribePolicy, UpdatePolicy, DeletePolicy and ListPolicies (research policies.md
 * §4.1–4.5). The management account may call them all; another member what the resource-based
 * delegation policy allows it, a registered delegated administrator also the reads
 * (Session#delegatedFor).
 */
public final class PolicyService {

  /** ListPolicies: the customer policies in creation order, then the type's managed policy. */
  private static final Keyset<PolicyDetails, String> POLICIES =
      new Keyset<>(KeyCodec.of(k -> k, k -> k), PolicyService::listKey);

  private final Orgd orgd;

  PolicyService(Orgd orgd) {
    this.orgd = orgd;
  }

  /** CreatePolicy. The type need not be enabled on the root; attaching needs it (decision D9). */
  public PolicyDetails createPolicy(
      AccountId caller,
      String name,
      String description,
      String content,
      PolicyType type,
      List<Tag> tags) {
    return orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org =
              s.delegatedFor(
                  caller,
                  "CreatePolicy",
                  false,
                  type,
                  o -> List.of(PolicyLookup.newPolicyArn(o, type)));
          requireAllFeatures(org);
          List<Tag> checkedTags = Tags.check(tags);
          PolicyDocuments.validate(type, content);
          requireUniqueName(s, org, type, name, null);
          if (s.tx.policies().count(org.id(), type) >= type.maxPoliciesPerOrganization()) {
            throw OrgdException.constraint(
                ConstraintViolationReason.POLICY_NUMBER_LIMIT_EXCEEDED,
                "You attempted to exceed the number of policies that you can have in an"
                    + " organization.");
          }
          PolicyId id = s.ids.policyId();
          while (s.tx.policies().find(org.id(), id).isPresent()) {
            id = s.ids.policyId();
          }
          Policy policy = new Policy(id, org.id(), type, name, description, content, s.now, s.now);
          s.tx.policies().save(policy);
          if (!checkedTags.isEmpty()) {
            s.tx.resourceTags().save(org.id(), id.value(), checkedTags);
          }
          return PolicyDetails.of(org, policy);
        });
  }

  /** DescribePolicy: a customer policy of the organization or an AWS managed one. */
  public PolicyDetails describePolicy(AccountId caller, String policyId) {
    return orgd.read(
        s ->
            PolicyLookup.policy(
                s, onPolicy(s, caller, "DescribePolicy", true, policyId), policyId));
  }

  /** UpdatePolicy: what is given replaces what was; the type never changes. */
  public PolicyDetails updatePolicy(
      AccountId caller, String policyId, String name, String description, String content) {
    return orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = onPolicy(s, caller, "UpdatePolicy", false, policyId);
          Policy policy = customer(s, org, policyId);
          if (content != null) {
            PolicyDocuments.validate(policy.type(), content);
          }
          if (name != null && !name.equals(policy.name())) {
            requireUniqueName(s, org, policy.type(), name, policy.id());
          }
          Policy updated = policy.updated(name, description, content, s.now);
          s.tx.policies().save(updated);
          return PolicyDetails.of(org, updated);
        });
  }

  /** DeletePolicy: only a policy attached to nothing; its tags go with it. */
  public void deletePolicy(AccountId caller, String policyId) {
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = onPolicy(s, caller, "DeletePolicy", false, policyId);
          Policy policy = customer(s, org, policyId);
          if (s.tx.policyAttachments().isAttached(org.id(), policy.id())) {
            throw new OrgdException(
                ErrorCode.POLICY_IN_USE,
                "The policy is attached to one or more entities. You must detach it from all"
                    + " roots, OUs, and accounts before performing this operation.");
          }
          s.tx.policies().delete(org.id(), policy.id());
          s.tx.resourceTags().save(org.id(), policy.id().value(), List.of());
          return null;
        });
  }

  /** ListPolicies of one type (decision D11); none in an organization without all features. */
  public Page<PolicyDetails> listPolicies(AccountId caller, PolicyType type, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.delegatedFor(caller, "ListPolicies", true, type, o -> List.of("*"));
          return Paging.page(
              s,
              POLICIES,
              "ListPolicies|" + caller + "|" + type,
              request,
              (after, limit) -> policies(s, org, type, after, limit));
        });
  }

  private static List<PolicyDetails> policies(
      Session s, Organization org, PolicyType type, String after, int limit) {
    if (org.featureSet() != FeatureSet.ALL) {
      return List.of();
    }
    Optional<ManagedPolicy> managed = type.managedPolicy();
    if (after != null && managed.isPresent() && after.equals(managed.get().id())) {
      return List.of();
    }
    OrderKey from = after == null ? null : OrderKey.decode(after);
    List<PolicyDetails> page = new ArrayList<>(limit);
    for (Policy p : s.tx.policies().list(org.id(), type, from, limit)) {
      page.add(PolicyDetails.of(org, p));
    }
    if (page.size() < limit) {
      managed.map(PolicyDetails::of).ifPresent(page::add);
    }
    return page;
  }

  /** The page key of a listed policy: its creation key, or the managed policy's id. */
  private static String listKey(PolicyDetails p) {
    return p.awsManaged() ? p.id() : new OrderKey(p.createdAt(), p.id()).encode();
  }

  /**
   * The caller's organization when it may make {@code operation} on the policy {@code policyId}
   * names (its ARN the resource, its type the {@code organizations:PolicyType}).
   */
  static Organization onPolicy(
      Session s, AccountId caller, String operation, boolean read, String policyId) {
    Organization own = s.organizationOf(caller);
    return s.delegatedFor(
        caller,
        operation,
        read,
        PolicyLookup.policyType(s, own, policyId),
        o -> List.of(PolicyLookup.policyArn(s, o, policyId)));
  }

  static void requireAllFeatures(Organization org) {
    if (org.featureSet() != FeatureSet.ALL) {
      throw new OrgdException(
          ErrorCode.POLICY_TYPE_NOT_AVAILABLE_FOR_ORGANIZATION,
          "You can't use a policy type that is not available for an organization that has only"
              + " consolidated billing features enabled. Enable all features first.");
    }
  }

  /**
   * The customer policy {@code id} names: PolicyNotFound, or IMMUTABLE_POLICY for a managed one.
   */
  private static Policy customer(Session s, Organization org, String id) {
    PolicyDetails found = PolicyLookup.policy(s, org, id);
    if (found.awsManaged()) {
      throw OrgdException.invalidInput(
          InvalidInputReason.IMMUTABLE_POLICY,
          "You specified a policy that is managed by AWS and can't be modified.");
    }
    return s.tx.policies().find(org.id(), new PolicyId(id)).orElseThrow();
  }

  private static void requireUniqueName(
      Session s, Organization org, PolicyType type, String name, PolicyId self) {
    boolean managedName = type.managedPolicy().map(m -> m.name().equals(name)).orElse(false);
    Optional<Policy> other = s.tx.policies().findByName(org.id(), type, name);
    if (managedName || (other.isPresent() && !other.get().id().equals(self))) {
      throw new OrgdException(
          ErrorCode.DUPLICATE_POLICY, "A policy with the specified name and type already exists.");
    }
  }
}
