package dev.orgd.core.model;

import dev.orgd.core.policy.PolicyType;
import java.time.Instant;
import java.util.Objects;

/**
 * A policy directly attached to a root, OU or account of an organization, and when. The policy's
 * type is kept with it, so that a target's policies of one type are read without the policies.
 */
public record PolicyAttachment(
    OrganizationId organizationId,
    PolicyId policyId,
    String targetId,
    PolicyTargetType targetType,
    PolicyType policyType,
    Instant attachedAt) {

  public PolicyAttachment {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(targetType, "targetType");
    Objects.requireNonNull(policyType, "policyType");
    Objects.requireNonNull(attachedAt, "attachedAt");
  }
}
