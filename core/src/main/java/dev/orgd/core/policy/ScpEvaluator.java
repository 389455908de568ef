package dev.orgd.core.policy;

import java.util.List;

/**
 * Evaluates service control policies for a request by a member account (research policies.md §8):
 * an explicit Deny anywhere on the path wins; otherwise the request is allowed only if every level
 * (root, each OU, the account) has a directly attached policy with a matching Allow.
 */
public final class ScpEvaluator {
  private ScpEvaluator() {}

  /** {@code scpLevels}: root → OUs → account, each the contents of the SCPs attached there. */
  public static Decision evaluate(List<List<String>> scpLevels, RequestContext ctx) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The same over pre-compiled policies (the fast path). */
  public static Decision evaluateCompiled(
      List<List<CompiledPolicy>> levels, RequestContext ctx) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
