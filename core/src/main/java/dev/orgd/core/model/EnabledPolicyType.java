package dev.orgd.core.model;

import dev.orgd.core.policy.PolicyType;
import java.time.Instant;
import java.util.Objects;

/** A policy type enabled on an organization's (single) root, and since when. */
public record EnabledPolicyType(OrganizationId organizationId, PolicyType type, Instant enabledAt) {

  public EnabledPolicyType {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(enabledAt, "enabledAt");
  }
}
