package dev.orgd.core.service;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Arns;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationalUnit;
import dev.orgd.core.model.OrganizationalUnitId;
import dev.orgd.core.model.PolicyAttachment;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.model.PolicyTargetType;
import dev.orgd.core.model.RootId;
import dev.orgd.core.policy.ManagedPolicy;
import dev.orgd.core.policy.PolicyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lookups the policy operations share, within one call: a policy (customer or AWS managed) by
 * id, a root, OU or account as a policy target, whether a type is enabled, and an account's path of
 * targets from the root down.
 */
final class PolicyLookup {

  private PolicyLookup() {
    throw new AssertionError("not instantiable");
  }

  /** The policy {@code id} names in {@code org}; PolicyNotFoundException if none. */
  static PolicyDetails policy(Session s, Organization org, String id) {
    return find(s, org, id).orElseThrow(PolicyLookup::policyNotFound);
  }

  static Optional<PolicyDetails> find(Session s, Organization org, String id) {
    if (org.featureSet() != FeatureSet.ALL || !PolicyId.isValid(id)) {
      return Optional.empty();
    }
    Optional<ManagedPolicy> managed = ManagedPolicy.byId(id);
    if (managed.isPresent()) {
      return managed.map(PolicyDetails::of);
    }
    return s.tx.policies().find(org.id(), new PolicyId(id)).map(p -> PolicyDetails.of(org, p));
  }

  /** The ARN of the policy {@code id} names, or {@code *} when there is none. */
  static String policyArn(Session s, Organization org, String id) {
    return find(s, org, id).map(PolicyDetails::arn).orElse("*");
  }

  /** The type of the policy {@code id} names, or null when there is none. */
  static PolicyType policyType(Session s, Organization org, String id) {
    return find(s, org, id).map(PolicyDetails::type).orElse(null);
  }

  /** The ARN of the target {@code id} names, or {@code *} when there is none. */
  static String targetArn(Session s, Organization org, String id) {
    return findTarget(s, org, id).map(PolicyTargetDetails::arn).orElse("*");
  }

  /** What a policy of {@code type} not yet created matches: {@code …:policy/o-…/<type>/*}. */
  static String newPolicyArn(Organization org, PolicyType type) {
    return Arns.organization(org).replace(":organization/", ":policy/")
        + "/"
        + type.arnSegment()
        + "/*";
  }

  static OrgdException policyNotFound() {
    return new OrgdException(
        ErrorCode.POLICY_NOT_FOUND, "We can't find a policy with the PolicyId that you specified.");
  }

  /** The root, OU or member account {@code id} names in {@code org}; TargetNotFound if none. */
  static PolicyTargetDetails target(Session s, Organization org, String id) {
    return findTarget(s, org, id)
        .orElseThrow(
            () ->
                new OrgdException(
                    ErrorCode.TARGET_NOT_FOUND,
                    "We can't find a root, OU, account, or policy with the TargetId that you"
                        + " specified."));
  }

  static Optional<PolicyTargetDetails> findTarget(Session s, Organization org, String id) {
    if (RootId.isValid(id)) {
      return id.equals(org.rootId().value()) ? Optional.of(root(org)) : Optional.empty();
    }
    if (AccountId.isValid(id)) {
      Account account = s.account(new AccountId(id));
      return org.id().equals(account.organizationId())
          ? Optional.of(account(org, account))
          : Optional.empty();
    }
    return new Tree(s, org).organizationalUnit(id).map(ou -> organizationalUnit(org, ou));
  }

  static PolicyTargetDetails root(Organization org) {
    return new PolicyTargetDetails(
        org.rootId().value(), Arns.root(org), "Root", PolicyTargetType.ROOT);
  }

  static PolicyTargetDetails account(Organization org, Account account) {
    return new PolicyTargetDetails(
        account.id().value(),
        Arns.account(org, account.id()),
        account.name(),
        PolicyTargetType.ACCOUNT);
  }

  static PolicyTargetDetails organizationalUnit(Organization org, OrganizationalUnit ou) {
    return new PolicyTargetDetails(
        ou.id().value(),
        Arns.organizationalUnit(org, ou.id()),
        ou.name(),
        PolicyTargetType.ORGANIZATIONAL_UNIT);
  }

  static boolean isEnabled(Session s, Organization org, PolicyType type) {
    return s.tx.enabledPolicyTypes().list(org.id()).stream().anyMatch(t -> t.type() == type);
  }

  /** The targets from the root down to {@code account}: root, each OU top down, the account. */
  static List<String> path(Session s, Organization org, Account account) {
    List<String> ids = new ArrayList<>();
    ids.add(account.id().value());
    for (OrganizationalUnitId ou = account.organizationalUnitId(); ou != null; ) {
      ids.add(0, ou.value());
      ou =
          s.tx
              .organizationalUnits()
              .find(ou)
              .orElseThrow(() -> new IllegalStateException("an OU's parent is missing"))
              .parentId();
    }
    ids.add(0, org.rootId().value());
    return ids;
  }

  /** The attachments of {@code type} to {@code targetId}, in attachment order (at most 10). */
  static List<PolicyAttachment> attached(
      Session s, Organization org, String targetId, PolicyType type) {
    return s.tx
        .policyAttachments()
        .ofTarget(org.id(), targetId, type, null, type.maxAttachedPerTarget() + 1);
  }

  /** The document of an attached policy (AWS managed or customer). */
  static String content(Session s, Organization org, PolicyId id) {
    return ManagedPolicy.byId(id.value())
        .map(ManagedPolicy::content)
        .orElseGet(() -> s.tx.policies().find(org.id(), id).orElseThrow().content());
  }
}
