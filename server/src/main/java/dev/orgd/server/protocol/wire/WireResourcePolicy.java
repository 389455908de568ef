package dev.orgd.server.protocol.wire;

import dev.orgd.core.service.ResourcePolicyDetails;

/** The model's ResourcePolicy. */
public record WireResourcePolicy(WireResourcePolicySummary resourcePolicySummary, String content) {

  public static WireResourcePolicy of(ResourcePolicyDetails details) {
    return new WireResourcePolicy(
        new WireResourcePolicySummary(details.policy().id(), details.arn()),
        details.policy().content());
  }
}
