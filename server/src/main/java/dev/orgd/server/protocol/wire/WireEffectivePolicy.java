package dev.orgd.server.protocol.wire;

import dev.orgd.core.service.EffectivePolicyDetails;
import java.time.Instant;

/** The model's EffectivePolicy. */
public record WireEffectivePolicy(
    String policyContent, Instant lastUpdatedTimestamp, String targetId, String policyType) {

  public static WireEffectivePolicy of(EffectivePolicyDetails e) {
    return new WireEffectivePolicy(e.content(), e.lastUpdated(), e.targetId(), e.type().name());
  }
}
