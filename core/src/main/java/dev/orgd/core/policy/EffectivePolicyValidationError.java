package dev.orgd.core.policy;

import java.util.List;

/**
 * The model's {@code EffectivePolicyValidationError}: one reason an effective policy is invalid.
 */
public record EffectivePolicyValidationError(
    String errorCode, String errorMessage, String pathToError, List<String> contributingPolicies) {

  public EffectivePolicyValidationError {
    contributingPolicies = List.copyOf(contributingPolicies);
  }
}
