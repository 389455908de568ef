package dev.orgd.server.protocol.wire;

import dev.orgd.core.policy.EffectivePolicyValidationError;
import java.util.List;

/** The model's EffectivePolicyValidationError. */
public record WireEffectivePolicyValidationError(
    String errorCode, String errorMessage, String pathToError, List<String> contributingPolicies) {

  public static WireEffectivePolicyValidationError of(EffectivePolicyValidationError e) {
    return new WireEffectivePolicyValidationError(
        e.errorCode(), e.errorMessage(), e.pathToError(), e.contributingPolicies());
  }
}
