package dev.orgd.core.policy;

import static dev.orgd.core.policy.ManagementGrammar.ALL;
import static dev.orgd.core.policy.ManagementGrammar.APPEND;
import static dev.orgd.core.policy.ManagementGrammar.ASSIGN;
import static dev.orgd.core.policy.ManagementGrammar.CHILD_CONTROL;
import static dev.orgd.core.policy.ManagementGrammar.REMOVE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inheritance of management policies (research policies.md §7, after the AWS user guide's
 * "Inheritance operators" and "Inheritance examples"): the policies of one type on an account's
 * path merge, root first, into the account's effective policy.
 *
 * <ul>
 *   <li>{@code @@assign} replaces a value; when two policies on the same level assign the same
 *       setting, the one attached first wins (Example 6).
 *   <li>{@code @@append} adds the values not yet present; {@code @@remove} takes values out.
 *   <li>{@code @@operators_allowed_for_child_policies} limits the operators that policies on
 *       <em>lower</em> levels may use on that setting and everything beneath it (decision D30); two
 *       such limits on one level intersect (Example 5). A forbidden operator is ignored.
 *   <li>The result has no operators; settings without a value and empty arrays are left out.
 * </ul>
 */
public final class EffectivePolicies {
  private EffectivePolicies() {}

  private static final Set<String> VALUE_OPERATORS = Set.of(ASSIGN, APPEND, REMOVE);

  /**
   * The effective policy of an account, as compact JSON. {@code levels}: root, each OU top down,
   * the account; each the contents of the policies of {@code type} directly attached there, in
   * attachment order. Empty when no policy contributes a value.
   *
   * @throws IllegalArgumentException for SCPs and RCPs, which have no effective policy, and for
   *     content that is not valid JSON
   */
  public static Optional<String> compute(PolicyType type, List<List<String>> levels) {
    Object merged = merge(type, levels).output();
    return merged == null ? Optional.empty() : Optional.of(Json.write(merged));
  }

  /**
   * The validation errors of the account's effective policy. {@code policyIds} has the shape of
   * {@code levels} and names each policy, for {@code ContributingPolicies}. orgd checks no
   * service-specific schema (decisions D22, D29), so a policy that merges is valid and the list is
   * empty; content that does not merge is an {@link IllegalArgumentException}.
   */
  public static List<EffectivePolicyValidationError> validationErrors(
      PolicyType type, List<List<String>> levels, List<List<String>> policyIds) {
    if (policyIds.size() != levels.size()) {
      throw new IllegalArgumentException("policyIds must have the shape of levels");
    }
    for (int i = 0; i < levels.size(); i++) {
      if (policyIds.get(i).size() != levels.get(i).size()) {
        throw new IllegalArgumentException("policyIds must have the shape of levels");
      }
    }
    merge(type, levels);
    return List.of();
  }

  private static Node merge(PolicyType type, List<List<String>> levels) {
    if (type.isAuthorization()) {
      throw new IllegalArgumentException(type + " has no effective policy");
    }
    Node root = new Node();
    int level = 0;
    for (List<String> policies : levels) {
      level++;
      for (String content : policies) {
        Object document;
        try {
          document = Json.parse(content);
        } catch (Json.SyntaxError e) {
          throw new IllegalArgumentException("not a JSON policy: " + e.getMessage());
        }
        if (!(document instanceof Map<?, ?> top)) {
          throw new IllegalArgumentException("not a management policy: not a JSON object");
        }
        root.apply(top, VALUE_OPERATORS, level);
      }
      root.endLevel(level);
    }
    return root;
  }

  /** One setting path: its value, the operators lower levels may use, its sub-settings. */
  private static final class Node {
    private Object value;
    private Set<String> allowedForChildren = VALUE_OPERATORS;
    private Set<String> pendingLimit;
    private int assignedAtLevel;
    private final Map<String, Node> children = new LinkedHashMap<>();

    void apply(Map<?, ?> settings, Set<String> inherited, int level) {
      Set<String> allowed = intersect(inherited, allowedForChildren);
      for (Map.Entry<?, ?> e : settings.entrySet()) {
        String key = (String) e.getKey();
        Object v = e.getValue();
        if (!key.startsWith("@@")) {
          if (v instanceof Map<?, ?> sub) {
            children.computeIfAbsent(key, k -> new Node()).apply(sub, allowed, level);
          }
        } else if (key.equals(CHILD_CONTROL)) {
          Set<String> limit = childLimit(list(key, v));
          pendingLimit = pendingLimit == null ? limit : intersect(pendingLimit, limit);
        } else if (allowed.contains(key)) {
          setValue(key, v, level);
        }
      }
    }

    private void setValue(String operator, Object v, int level) {
      switch (operator) {
        case ASSIGN -> {
          if (assignedAtLevel != level) { // the first policy attached on a level wins
            value = v;
            assignedAtLevel = level;
          }
        }
        case APPEND -> {
          List<Object> merged = value instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
          for (Object item : list(operator, v)) {
            if (!merged.contains(item)) {
              merged.add(item);
            }
          }
          value = merged;
        }
        case REMOVE -> {
          if (value instanceof List<?> l) {
            List<Object> kept = new ArrayList<>(l);
            kept.removeAll(list(operator, v));
            value = kept;
          }
        }
        default -> throw new IllegalArgumentException("unknown operator " + operator);
      }
    }

    void endLevel(int level) {
      if (pendingLimit != null) {
        allowedForChildren = intersect(allowedForChildren, pendingLimit);
        pendingLimit = null;
      }
      for (Node child : children.values()) {
        child.endLevel(level);
      }
    }

    /** The effective value: sub-settings if any have one, else the value; null when empty. */
    Object output() {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Node> e : children.entrySet()) {
        Object v = e.getValue().output();
        if (v != null) {
          out.put(e.getKey(), v);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
      if (value instanceof List<?> l && l.isEmpty()) {
        return null;
      }
      return value;
    }

    private static List<?> list(String operator, Object v) {
      if (v instanceof List<?> l) {
        return l;
      }
      throw new IllegalArgumentException(operator + " needs a JSON array");
    }

    private static Set<String> childLimit(List<?> names) {
      if (names.contains(ALL)) {
        return VALUE_OPERATORS;
      }
      Set<String> limit = new java.util.HashSet<>();
      for (Object n : names) {
        if (VALUE_OPERATORS.contains(n)) {
          limit.add((String) n);
        }
      }
      return limit; // @@none: empty
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
      if (a.containsAll(b)) {
        return b;
      }
      if (b.containsAll(a)) {
        return a;
      }
      Set<String> r = new java.util.HashSet<>(a);
      r.retainAll(b);
      return r;
    }
  }
}
