package dev.orgd.core.service;

import dev.orgd.core.model.Organization;
import dev.orgd.core.policy.PolicyType;
import java.util.List;

/**
 * An organization's root with the policy types enabled on it (all ENABLED: orgd has no PENDING).
 */
public record RootDetails(Organization organization, List<PolicyType> enabledPolicyTypes) {
  public RootDetails {
    enabledPolicyTypes = List.copyOf(enabledPolicyTypes);
  }
}
