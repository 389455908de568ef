package dev.orgd.core.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates service control policies for a request by a member account (research policies.md §8,
 * IAM's evaluation logic for SCPs): an explicit Deny in any policy on the path wins; otherwise the
 * request is allowed only if every level (root, each OU, the account) has at least one directly
 * attached policy with a matching Allow. A level with no policies allows nothing. The caller
 * decides whether to evaluate at all (SCPs enabled, caller a member account).
 */
public final class ScpEvaluator {
  private ScpEvaluator() {}

  /**
   * {@code scpLevels}: root → OUs → account, each the contents of the SCPs attached there. Each
   * content is compiled once and cached ({@link CompiledPolicy#of}).
   */
  public static Decision evaluate(List<List<String>> scpLevels, RequestContext ctx) {
    List<List<CompiledPolicy>> compiled = new ArrayList<>(scpLevels.size());
    for (List<String> level : scpLevels) {
      List<CompiledPolicy> policies = new ArrayList<>(level.size());
      for (String content : level) {
        policies.add(CompiledPolicy.of(content));
      }
      compiled.add(policies);
    }
    return evaluateCompiled(compiled, ctx);
  }

  /** The same over pre-compiled SCPs (the fast path). */
  public static Decision evaluateCompiled(List<List<CompiledPolicy>> levels, RequestContext ctx) {
    return evaluateCompiled(PolicyType.SERVICE_CONTROL_POLICY, levels, ctx);
  }

  /**
   * The same for SCPs or RCPs ({@code type} only changes the wording of the denial; an RCP's {@code
   * Principal} is always {@code *} and so always matches).
   */
  public static Decision evaluateCompiled(
      PolicyType type, List<List<CompiledPolicy>> levels, RequestContext ctx) {
    if (!type.isAuthorization()) {
      throw new IllegalArgumentException(type + " is not an authorization policy");
    }
    String action = CompiledPolicy.lower(ctx.action());
    for (List<CompiledPolicy> level : levels) {
      for (CompiledPolicy p : level) {
        if (p.denies(action, ctx)) {
          return Decision.explicitDeny(type);
        }
      }
    }
    for (List<CompiledPolicy> level : levels) {
      if (!anyAllows(level, action, ctx)) {
        return Decision.noAllow(type, ctx.action());
      }
    }
    return Decision.ALLOWED;
  }

  private static boolean anyAllows(List<CompiledPolicy> level, String action, RequestContext ctx) {
    for (CompiledPolicy p : level) {
      if (p.allows(action, ctx)) {
        return true;
      }
    }
    return false;
  }
}
