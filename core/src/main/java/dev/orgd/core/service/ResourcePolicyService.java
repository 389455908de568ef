package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.ResourcePolicy;
import dev.orgd.core.model.Tag;
import dev.orgd.core.store.WriteScope;
import java.util.List;
import java.util.Optional;

/**
 * PutResourcePolicy, DescribeResourcePolicy and DeleteResourcePolicy: the organization's one
 * resource-based delegation policy. orgd stores and checks it; it grants no access yet (README,
 * "Differences from AWS").
 */
public final class ResourcePolicyService {
  private final Orgd orgd;

  ResourcePolicyService(Orgd orgd) {
    this.orgd = orgd;
  }

  /**
   * PutResourcePolicy: creates the policy, with {@code tags}, or replaces its content (keeping its
   * id). {@code document} is {@code content} parsed; the caller has rejected content that is not
   * JSON.
   */
  public ResourcePolicyDetails put(
      AccountId caller, String content, Object document, List<Tag> tags) {
    ResourcePolicyDocument.check(document);
    List<Tag> checkedTags = Tags.check(tags);
    return orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          if (org.featureSet() != FeatureSet.ALL) {
            throw OrgdException.constraint(
                ConstraintViolationReason.ORGANIZATION_NOT_IN_ALL_FEATURES_MODE,
                "You can attach a resource policy only when all features are enabled in the"
                    + " organization.");
          }
          Optional<ResourcePolicy> existing = s.tx.resourcePolicies().find(org.id());
          ResourcePolicy policy;
          if (existing.isPresent()) {
            if (!checkedTags.isEmpty()) {
              throw new OrgdException(
                  ErrorCode.INVALID_INPUT,
                  "Tags can only be specified when the resource policy is created.");
            }
            policy = existing.get().withContent(content);
          } else {
            policy = new ResourcePolicy(org.id(), s.ids.resourcePolicyId(), content);
            s.tx.resourceTags().save(org.id(), policy.id(), checkedTags);
          }
          s.tx.resourcePolicies().save(policy);
          return new ResourcePolicyDetails(policy, org);
        });
  }

  /** DescribeResourcePolicy: the management account or a delegated administrator reads it. */
  public ResourcePolicyDetails describe(AccountId caller) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          return new ResourcePolicyDetails(find(s, org), org);
        });
  }

  /** DeleteResourcePolicy: the management account deletes it, and its tags. */
  public void delete(AccountId caller) {
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          ResourcePolicy policy = find(s, org);
          s.tx.resourcePolicies().delete(org.id());
          s.tx.resourceTags().save(org.id(), policy.id(), List.of());
          return null;
        });
  }

  /**
   * Deletes the policy of an organization being deleted (a reaction; its tags go with the rest).
   */
  void organizationDeleted(Session s, DomainEvent.OrganizationDeleted event) {
    s.tx.resourcePolicies().delete(event.organization().id());
  }

  /** The policy of {@code org} with the id {@code id}, if it has that one (for tags). */
  static Optional<ResourcePolicy> withId(Session s, Organization org, String id) {
    if (!ResourcePolicy.isValidId(id)) {
      return Optional.empty();
    }
    return s.tx.resourcePolicies().find(org.id()).filter(p -> p.id().equals(id));
  }

  private static ResourcePolicy find(Session s, Organization org) {
    return s.tx
        .resourcePolicies()
        .find(org.id())
        .orElseThrow(
            () ->
                new OrgdException(
                    ErrorCode.RESOURCE_POLICY_NOT_FOUND,
                    "We can't find a resource policy request with the parameter that you"
                        + " specified."));
  }
}
