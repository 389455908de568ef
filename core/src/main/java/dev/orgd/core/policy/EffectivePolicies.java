package dev.orgd.core.policy;

import java.util.List;
import java.util.Optional;

/** The inheritance of management policies (research policies.md §7). */
public final class EffectivePolicies {
  private EffectivePolicies() {}

  /**
   * The effective policy of an account. {@code levels}: root, each OU top down, the account; each
   * the contents of the policies of {@code type} directly attached there, in attachment order.
   * Empty when no policy contributes a value.
   *
   * @throws IllegalArgumentException for SCPs and RCPs, which have no effective policy
   */
  public static Optional<String> compute(PolicyType type, List<List<String>> levels) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * The validation errors of the account's effective policy. {@code policyIds} has the shape of
   * {@code levels} and names each policy (for {@code ContributingPolicies}).
   */
  public static List<EffectivePolicyValidationError> validationErrors(
      PolicyType type, List<List<String>> levels, List<List<String>> policyIds) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
