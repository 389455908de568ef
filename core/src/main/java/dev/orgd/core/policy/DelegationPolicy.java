package dev.orgd.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The organization's resource-based delegation policy as it decides a member account's call
 * (research policies.md §3, decision D5): the statements whose {@code Principal} names the account
 * (its id, {@code arn:aws:iam::<id>:root}, a role or user of it, or {@code *}) are matched like an
 * SCP's (Action/NotAction, Resource/NotResource with wildcards, the String/Arn/Null/Bool condition
 * operators, e.g. on {@code organizations:PolicyType}); an explicit Deny wins, else an Allow
 * allows.
 */
public final class DelegationPolicy {
  /** What the policy says about a request. */
  public enum Verdict {
    ALLOW,
    DENY,
    NOT_ALLOWED
  }

  private DelegationPolicy() {}

  /**
   * The verdict for {@code account} on every one of {@code resourceArns} (a call that touches a
   * policy and a target needs both): DENY if any is explicitly denied, ALLOW if all are allowed.
   */
  public static Verdict evaluate(
      String content,
      String account,
      String action,
      List<String> resourceArns,
      Map<String, List<String>> keys) {
    Object document;
    try {
      document = Json.parse(content);
    } catch (Json.SyntaxError e) {
      return Verdict.NOT_ALLOWED;
    }
    if (!(document instanceof Map<?, ?> top) || top.get("Statement") == null) {
      return Verdict.NOT_ALLOWED;
    }
    Object statement = top.get("Statement");
    List<?> statements = statement instanceof List<?> l ? l : List.of(statement);
    List<CompiledStatement> allows = new ArrayList<>();
    List<CompiledStatement> denies = new ArrayList<>();
    for (Object s : statements) {
      if (s instanceof Map<?, ?> st && namesAccount(st.get("Principal"), account)) {
        CompiledStatement compiled = CompiledStatement.compile(st);
        ("Deny".equals(st.get("Effect")) ? denies : allows).add(compiled);
      }
    }
    String lowered = CompiledPolicy.lower(action);
    boolean allAllowed = true;
    for (String arn : resourceArns) {
      RequestContext ctx = new RequestContext(action, arn, keys);
      for (CompiledStatement d : denies) {
        if (d.matches(lowered, ctx)) {
          return Verdict.DENY;
        }
      }
      boolean allowed = false;
      for (CompiledStatement a : allows) {
        allowed |= a.matches(lowered, ctx);
      }
      allAllowed &= allowed;
    }
    return allAllowed ? Verdict.ALLOW : Verdict.NOT_ALLOWED;
  }

  private static boolean namesAccount(Object principal, String account) {
    if ("*".equals(principal)) {
      return true;
    }
    if (principal instanceof Map<?, ?> m) {
      Object aws = m.get("AWS");
      List<?> values = aws instanceof List<?> l ? l : aws == null ? List.of() : List.of(aws);
      for (Object v : values) {
        if ("*".equals(v) || account.equals(v) || isPrincipalOf(v, account)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code arn:<partition>:iam::<account>:root}, or a role or user of the account: orgd knows
   * callers by account only, so any principal of the account names it.
   */
  private static boolean isPrincipalOf(Object arn, String account) {
    if (!(arn instanceof String text) || !text.startsWith("arn:")) {
      return false;
    }
    String[] parts = text.split(":", 6);
    return parts.length == 6 && "iam".equals(parts[2]) && account.equals(parts[4]);
  }
}
