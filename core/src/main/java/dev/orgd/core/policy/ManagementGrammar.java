package dev.orgd.core.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grammar shared by the eleven management policy types (research policies.md §6.3, decisions
 * D28 and D29): nested objects of settings whose leaves are inheritance operators. Type-specific
 * schemas (tag policy keys, backup plans, …) are not checked. Returns the first problem or {@code
 * null}.
 */
final class ManagementGrammar {
  private ManagementGrammar() {}

  static final String ASSIGN = "@@assign";
  static final String APPEND = "@@append";
  static final String REMOVE = "@@remove";
  static final String CHILD_CONTROL = "@@operators_allowed_for_child_policies";
  static final String ALL = "@@all";
  static final String NONE = "@@none";

  private static final Set<String> CHILD_CONTROL_VALUES = Set.of(ALL, NONE, ASSIGN, APPEND, REMOVE);

  static String problem(Object document) {
    if (!(document instanceof Map<?, ?> top)) {
      return "A policy must be one JSON object.";
    }
    for (Map.Entry<?, ?> e : top.entrySet()) {
      String key = (String) e.getKey();
      if (key.startsWith("@@")) {
        return "Operator " + key + " cannot be used at the top level of a policy.";
      }
      String p = setting(key, e.getValue());
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** A setting: an object holding operators and/or nested settings. */
  private static String setting(String path, Object value) {
    if (!(value instanceof Map<?, ?> node)) {
      return "The setting " + path + " must be a JSON object of settings or @@ operators.";
    }
    for (Map.Entry<?, ?> e : node.entrySet()) {
      String key = (String) e.getKey();
      Object v = e.getValue();
      String p;
      if (!key.startsWith("@@")) {
        p = setting(path + "." + key, v);
      } else {
        p = operator(path, key, v);
      }
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static String operator(String path, String operator, Object value) {
    switch (operator) {
      case ASSIGN:
        return value == Json.NULL ? "@@assign of " + path + " must not be null." : null;
      case APPEND:
      case REMOVE:
        return value instanceof List<?>
            ? null
            : operator
                + " can be used only with multi-valued settings (JSON arrays): "
                + path
                + ".";
      case CHILD_CONTROL:
        return childControl(path, value);
      default:
        return "Unknown operator " + operator + " in " + path + ".";
    }
  }

  private static String childControl(String path, Object value) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      return CHILD_CONTROL + " of " + path + " must be a non-empty array.";
    }
    for (Object o : list) {
      if (!(o instanceof String s) || !CHILD_CONTROL_VALUES.contains(s)) {
        return CHILD_CONTROL
            + " of "
            + path
            + " allows only @@all, @@none, @@assign, @@append"
            + " and @@remove.";
      }
    }
    if (list.size() > 1 && (list.contains(ALL) || list.contains(NONE))) {
      return "@@all and @@none cannot be combined with other operators in " + path + ".";
    }
    return null;
  }
}
