package dev.orgd.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One statement of a {@link CompiledPolicy}: action, resource and condition matchers. */
final class CompiledStatement {
  private final List<String> actions; // lower-cased patterns
  private final boolean notAction;
  private final List<String> resources; // null: no Resource element, matches everything
  private final boolean notResource;
  private final List<CompiledCondition> conditions;

  private CompiledStatement(
      List<String> actions,
      boolean notAction,
      List<String> resources,
      boolean notResource,
      List<CompiledCondition> conditions) {
    this.actions = actions;
    this.notAction = notAction;
    this.resources = resources;
    this.notResource = notResource;
    this.conditions = conditions;
  }

  static CompiledStatement compile(Map<?, ?> st) {
    boolean notAction = st.containsKey("NotAction");
    List<String> actions = new ArrayList<>();
    for (String a : strings(st.get(notAction ? "NotAction" : "Action"))) {
      actions.add(CompiledPolicy.lower(a));
    }
    boolean notResource = st.containsKey("NotResource");
    Object r = st.get(notResource ? "NotResource" : "Resource");
    List<String> resources = r == null ? null : strings(r);
    List<CompiledCondition> conditions = new ArrayList<>();
    if (st.get("Condition") instanceof Map<?, ?> blocks) {
      for (Map.Entry<?, ?> block : blocks.entrySet()) {
        ConditionOperator.Parsed op = ConditionOperator.parse((String) block.getKey());
        if (op == null) {
          throw new IllegalArgumentException("unknown condition operator " + block.getKey());
        }
        for (Map.Entry<?, ?> key : ((Map<?, ?>) block.getValue()).entrySet()) {
          conditions.add(CompiledCondition.compile(op, (String) key.getKey(), key.getValue()));
        }
      }
    }
    return new CompiledStatement(
        List.copyOf(actions),
        notAction,
        resources == null ? null : List.copyOf(resources),
        notResource,
        List.copyOf(conditions));
  }

  boolean matches(String action, RequestContext ctx) {
    if (anyMatches(actions, action) == notAction) {
      return false;
    }
    if (resources != null && anyMatches(resources, ctx.resourceArn()) == notResource) {
      return false;
    }
    for (CompiledCondition c : conditions) {
      if (!c.holds(ctx)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyMatches(List<String> patterns, String value) {
    for (String p : patterns) {
      if (p.equals("*") || p.equals(value) || Wildcards.matches(p, value)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> strings(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("a statement needs Action or NotAction");
    }
    List<?> values = value instanceof List<?> l ? l : List.of(value);
    List<String> out = new ArrayList<>(values.size());
    for (Object v : values) {
      if (!(v instanceof String s)) {
        throw new IllegalArgumentException("expected strings, got " + v);
      }
      out.add(s);
    }
    return out;
  }
}
