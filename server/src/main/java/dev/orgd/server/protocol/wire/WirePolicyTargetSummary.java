package dev.orgd.server.protocol.wire;

import dev.orgd.core.service.PolicyTargetDetails;

/** The model's PolicyTargetSummary. */
public record WirePolicyTargetSummary(String targetId, String arn, String name, String type) {

  public static WirePolicyTargetSummary of(PolicyTargetDetails t) {
    return new WirePolicyTargetSummary(t.id(), t.arn(), t.name(), t.type().name());
  }
}
