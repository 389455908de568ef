package dev.orgd.core.service;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.OrganizationalUnit;
import dev.orgd.core.model.PolicyAttachment;
import dev.orgd.core.model.Tag;
import dev.orgd.core.policy.CompiledPolicy;
import dev.orgd.core.policy.Decision;
import dev.orgd.core.policy.ManagedPolicy;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.policy.RequestContext;
import dev.orgd.core.policy.ScpEvaluator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SCPs that take effect ({@code --enforce-scps}, research policies.md §8): an Organizations call by
 * a member account is evaluated against the SCPs from the root down to the account. The management
 * account and standalone accounts are never restricted, nor is anyone while SCPs are not enabled.
 * RCPs are not evaluated: they govern S3, STS, KMS, SQS and Secrets Manager resources, not
 * Organizations (decision D31). Each account's chain of compiled SCPs is kept while its
 * organization's policy version, its parent and its joining stay the same ({@link KeptPerAccount}),
 * so a call costs the reads of the caller, its organization and that version, and the matching.
 */
public final class ScpEnforcement {
  private static final CompiledPolicy FULL_AWS_ACCESS =
      CompiledPolicy.of(ManagedPolicy.FULL_AWS_ACCESS.content());

  private static final int CHAIN_LIMIT = 65_536;

  private final Orgd orgd;

  /** Each account's compiled SCPs from the root down (null while SCPs are not enabled). */
  private final KeptPerAccount<ChainKey, List<List<CompiledPolicy>>> chains =
      new KeptPerAccount<>(CHAIN_LIMIT);

  ScpEnforcement(Orgd orgd) {
    this.orgd = orgd;
  }

  /**
   * Throws AccessDeniedException when the SCPs deny {@code caller} the call.
   *
   * @param operation the operation's name ({@code LeaveOrganization})
   * @param resourceId the id of the account, OU, root or policy the call names, or null
   * @param requestKeys the condition keys the request itself gives ({@code aws:RequestedRegion},
   *     {@code aws:RequestTag/…}, {@code aws:TagKeys}, {@code organizations:PolicyType})
   */
  public void authorize(
      AccountId caller,
      String operation,
      String resourceId,
      Map<String, List<String>> requestKeys) {
    Optional<String> denied =
        orgd.read(s -> decide(s, caller, "organizations:" + operation, resourceId, requestKeys));
    if (denied.isPresent()) {
      throw new OrgdException(ErrorCode.ACCESS_DENIED, denied.get());
    }
  }

  private Optional<String> decide(
      Session s,
      AccountId caller,
      String action,
      String resourceId,
      Map<String, List<String>> requestKeys) {
    Account account = s.account(caller);
    if (account.isStandalone()) {
      return Optional.empty();
    }
    Organization org = s.tx.organizations().find(account.organizationId()).orElseThrow();
    if (org.managementAccountId().equals(caller)) {
      return Optional.empty();
    }
    List<List<CompiledPolicy>> chain =
        chains.get(
            s, org, account, new ChainKey(org.id(), account.id()), () -> compile(s, org, account));
    if (chain == null) {
      return Optional.empty();
    }
    Map<String, List<String>> keys = new HashMap<>(requestKeys);
    String principal = "arn:aws:iam::" + caller + ":root";
    keys.put("aws:PrincipalAccount", List.of(caller.value()));
    keys.put("aws:PrincipalOrgID", List.of(org.id().value()));
    keys.put("aws:PrincipalArn", List.of(principal));
    String resourceArn = "*";
    if (resourceId != null) {
      Optional<Resource> resource = resource(s, org, resourceId);
      if (resource.isPresent()) {
        resourceArn = resource.get().arn();
        for (Tag tag : resource.get().tags()) {
          keys.put("aws:ResourceTag/" + tag.key(), List.of(tag.value()));
        }
      }
    }
    RequestContext ctx = new RequestContext(action, resourceArn, keys);
    Decision decision = ScpEvaluator.evaluateCompiled(chain, ctx);
    return decision.allowed() ? Optional.empty() : Optional.of(decision.message(principal, ctx));
  }

  private record ChainKey(OrganizationId org, AccountId account) {}

  private static List<List<CompiledPolicy>> compile(Session s, Organization org, Account account) {
    if (!PolicyLookup.isEnabled(s, org, PolicyType.SERVICE_CONTROL_POLICY)) {
      return null;
    }
    List<List<CompiledPolicy>> compiled = new ArrayList<>(Tree.MAX_DEPTH + 2);
    for (String target : PolicyLookup.path(s, org, account)) {
      List<PolicyAttachment> attached =
          PolicyLookup.attached(s, org, target, PolicyType.SERVICE_CONTROL_POLICY);
      List<CompiledPolicy> level = new ArrayList<>(attached.size());
      for (PolicyAttachment a : attached) {
        level.add(
            a.policyId().value().equals(ManagedPolicy.FULL_AWS_ACCESS.id())
                ? FULL_AWS_ACCESS
                : CompiledPolicy.of(
                    s.tx.policies().find(org.id(), a.policyId()).orElseThrow().content()));
      }
      compiled.add(List.copyOf(level));
    }
    return List.copyOf(compiled);
  }

  private record Resource(String arn, List<Tag> tags) {}

  private static Optional<Resource> resource(Session s, Organization org, String id) {
    Optional<PolicyDetails> policy = PolicyLookup.find(s, org, id);
    if (policy.isPresent()) {
      return Optional.of(new Resource(policy.get().arn(), s.tx.resourceTags().find(org.id(), id)));
    }
    return PolicyLookup.findTarget(s, org, id)
        .map(target -> new Resource(target.arn(), tags(s, org, target)));
  }

  private static List<Tag> tags(Session s, Organization org, PolicyTargetDetails target) {
    return switch (target.type()) {
      case ACCOUNT -> s.account(new AccountId(target.id())).tags();
      case ORGANIZATIONAL_UNIT ->
          new Tree(s, org)
              .organizationalUnit(target.id())
              .map(OrganizationalUnit::tags)
              .orElse(List.of());
      case ROOT -> s.tx.resourceTags().find(org.id(), target.id());
    };
  }
}
