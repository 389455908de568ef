package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.PolicyAttachment;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.model.PolicyTargetType;
import dev.orgd.core.page.KeyCodec;
import dev.orgd.core.page.Keyset;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.policy.ManagedPolicy;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.store.OrderKey;
import dev.orgd.core.store.WriteScope;
import java.util.ArrayList;
import java.util.List;

/**
 * AttachPolicy, DetachPolicy, ListPoliciesForTarget and ListTargetsForPolicy (research policies.md
 * §4.6–4.9), and what happens to attachments as the tree changes (§5): a new OU or account gets the
 * AWS managed policy of every enabled type that has one; an account that leaves or an OU deleted
 * loses its attachments (decision D24).
 */
public final class PolicyAttachmentService {

  /** A target's policies in attachment order. */
  private static final Keyset<PolicyAttachment, OrderKey> BY_TARGET =
      new Keyset<>(
          KeyCodec.of(OrderKey::encode, OrderKey::decode),
          a -> new OrderKey(a.attachedAt(), a.policyId().value()));

  /** A policy's targets in attachment order. */
  private static final Keyset<PolicyAttachment, OrderKey> BY_POLICY =
      new Keyset<>(
          KeyCodec.of(OrderKey::encode, OrderKey::decode),
          a -> new OrderKey(a.attachedAt(), a.targetId()));

  private final Orgd orgd;

  PolicyAttachmentService(Orgd orgd) {
    this.orgd = orgd;
  }

  /** AttachPolicy (check order: decision D12). */
  public void attachPolicy(AccountId caller, String policyId, String targetId) {
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = onPolicyAndTarget(s, caller, "AttachPolicy", policyId, targetId);
          PolicyDetails policy = PolicyLookup.policy(s, org, policyId);
          PolicyTargetDetails target = PolicyLookup.target(s, org, targetId);
          if (!PolicyLookup.isEnabled(s, org, policy.type())) {
            throw new OrgdException(
                ErrorCode.POLICY_TYPE_NOT_ENABLED,
                "This operation can be performed only for enabled policy types.");
          }
          PolicyId id = new PolicyId(policy.id());
          if (s.tx.policyAttachments().exists(org.id(), id, target.id())) {
            throw new OrgdException(
                ErrorCode.DUPLICATE_POLICY_ATTACHMENT,
                "The selected policy is already attached to the specified target.");
          }
          if (s.tx.policyAttachments().countOfTarget(org.id(), target.id(), policy.type())
              >= policy.type().maxAttachedPerTarget()) {
            throw OrgdException.constraint(
                ConstraintViolationReason.MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED,
                "You have attached the maximum number of policies to the specified target.");
          }
          attach(s, org, id, policy.type(), target.id(), target.type());
          return null;
        });
  }

  /** DetachPolicy (check order: decision D13). */
  public void detachPolicy(AccountId caller, String policyId, String targetId) {
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = onPolicyAndTarget(s, caller, "DetachPolicy", policyId, targetId);
          PolicyDetails policy = PolicyLookup.policy(s, org, policyId);
          PolicyTargetDetails target = PolicyLookup.target(s, org, targetId);
          PolicyId id = new PolicyId(policy.id());
          if (!s.tx.policyAttachments().exists(org.id(), id, target.id())) {
            throw new OrgdException(
                ErrorCode.POLICY_NOT_ATTACHED,
                "The policy isn't attached to the specified target in the specified root.");
          }
          if (ManagedPolicy.byId(policy.id()).map(m -> !m.detachable()).orElse(false)) {
            throw OrgdException.invalidInput(
                InvalidInputReason.NON_DETACHABLE_POLICY,
                "You can't detach this AWS Managed Policy.");
          }
          if (s.tx.policyAttachments().countOfTarget(org.id(), target.id(), policy.type())
              <= policy.type().minAttachedPerTarget()) {
            throw OrgdException.constraint(
                ConstraintViolationReason.MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED,
                "You attempted to detach a policy from an entity that would cause the entity to"
                    + " have fewer than the minimum number of policies of a certain type"
                    + " required.");
          }
          s.tx.policyAttachments().delete(org.id(), id, target.id());
          return null;
        });
  }

  /** ListPoliciesForTarget: the policies of one type directly attached, in attachment order. */
  public Page<PolicyDetails> listPoliciesForTarget(
      AccountId caller, String targetId, PolicyType type, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org =
              s.delegatedFor(
                  caller,
                  "ListPoliciesForTarget",
                  true,
                  type,
                  o -> List.of(PolicyLookup.targetArn(s, o, targetId)));
          PolicyTargetDetails target = PolicyLookup.target(s, org, targetId);
          Page<PolicyAttachment> page =
              Paging.page(
                  s,
                  BY_TARGET,
                  "ListPoliciesForTarget|" + caller + "|" + target.id() + "|" + type,
                  request,
                  (after, limit) ->
                      s.tx.policyAttachments().ofTarget(org.id(), target.id(), type, after, limit));
          List<PolicyDetails> policies = new ArrayList<>(page.items().size());
          for (PolicyAttachment a : page.items()) {
            policies.add(PolicyLookup.policy(s, org, a.policyId().value()));
          }
          return new Page<>(policies, page.nextToken());
        });
  }

  /** ListTargetsForPolicy: the roots, OUs and accounts a policy is attached to. */
  public Page<PolicyTargetDetails> listTargetsForPolicy(
      AccountId caller, String policyId, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org =
              PolicyService.onPolicy(s, caller, "ListTargetsForPolicy", true, policyId);
          PolicyDetails policy = PolicyLookup.policy(s, org, policyId);
          PolicyId id = new PolicyId(policy.id());
          Page<PolicyAttachment> page =
              Paging.page(
                  s,
                  BY_POLICY,
                  "ListTargetsForPolicy|" + caller + "|" + policy.id(),
                  request,
                  (after, limit) -> s.tx.policyAttachments().ofPolicy(org.id(), id, after, limit));
          List<PolicyTargetDetails> targets = new ArrayList<>(page.items().size());
          for (PolicyAttachment a : page.items()) {
            targets.add(PolicyLookup.target(s, org, a.targetId()));
          }
          return new Page<>(targets, page.nextToken());
        });
  }

  /** The caller's organization when it may make {@code operation} on the policy and the target. */
  private static Organization onPolicyAndTarget(
      Session s, AccountId caller, String operation, String policyId, String targetId) {
    Organization own = s.organizationOf(caller);
    return s.delegatedFor(
        caller,
        operation,
        false,
        PolicyLookup.policyType(s, own, policyId),
        o ->
            List.of(
                PolicyLookup.policyArn(s, o, policyId), PolicyLookup.targetArn(s, o, targetId)));
  }

  static void attach(
      Session s,
      Organization org,
      PolicyId policy,
      PolicyType type,
      String targetId,
      PolicyTargetType targetType) {
    s.tx
        .policyAttachments()
        .save(new PolicyAttachment(org.id(), policy, targetId, targetType, type, s.now));
  }

  /** Attaches the managed policy of every enabled type that has one to a new OU or account. */
  void targetAdded(Session s, Organization org, String targetId, PolicyTargetType targetType) {
    s.tx.enabledPolicyTypes().list(org.id()).stream()
        .map(t -> t.type())
        .forEach(
            type ->
                type.managedPolicy()
                    .ifPresent(
                        m -> attach(s, org, new PolicyId(m.id()), type, targetId, targetType)));
  }

  void accountJoined(Session s, DomainEvent.AccountJoined e) {
    targetAdded(s, e.organization(), e.account().value(), PolicyTargetType.ACCOUNT);
  }

  void organizationalUnitCreated(Session s, DomainEvent.OrganizationalUnitCreated e) {
    targetAdded(s, e.organization(), e.ou().value(), PolicyTargetType.ORGANIZATIONAL_UNIT);
  }

  void organizationalUnitDeleted(Session s, DomainEvent.OrganizationalUnitDeleted e) {
    s.tx.policyAttachments().deleteOfTarget(e.organization().id(), e.ou().value());
  }

  void accountLeft(Session s, DomainEvent.AccountLeft e) {
    s.tx.policyAttachments().deleteOfTarget(e.organization().id(), e.account().value());
  }

  void organizationDeleted(Session s, DomainEvent.OrganizationDeleted e) {
    s.tx.policyAttachments().deleteAll(e.organization().id());
    s.tx.policies().deleteAll(e.organization().id());
    s.tx.enabledPolicyTypes().deleteAll(e.organization().id());
  }
}
