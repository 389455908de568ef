package dev.orgd.core.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The grammar of SCPs (the full IAM language minus Principal, since 19 Sep 2025) and RCPs (research
 * policies.md §6.1, §6.2). Returns the first problem found as a short sentence, or {@code null}.
 */
final class IamGrammar {
  private IamGrammar() {}

  static final String VERSION = "2012-10-17";

  private static final Set<String> TOP = Set.of("Version", "Id", "Statement");
  private static final Set<String> SCP_ELEMENTS =
      Set.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition");
  private static final Set<String> RCP_ELEMENTS =
      Set.of("Sid", "Effect", "Principal", "Action", "Resource", "NotResource", "Condition");

  /** {@code *}, or {@code service:action} with wildcards; IAM compares actions ignoring case. */
  private static final Pattern ACTION = Pattern.compile("\\*|[A-Za-z0-9*?-]+:[A-Za-z0-9*?_-]+");

  /** {@code *} or an ARN (wildcards allowed in every part). */
  private static final Pattern RESOURCE =
      Pattern.compile("\\*|arn:[^:\\s]*:[^:\\s]*:[^:\\s]*:[^:\\s]*:\\S+");

  static String problem(PolicyType type, Object document) {
    boolean rcp = type == PolicyType.RESOURCE_CONTROL_POLICY;
    if (!(document instanceof Map<?, ?> top)) {
      return "A policy must be one JSON object.";
    }
    for (Object key : top.keySet()) {
      if (!TOP.contains(key)) {
        return "Unknown element " + key + ".";
      }
    }
    Object version = top.get("Version");
    if (version != null && !VERSION.equals(version)) {
      return "Version must be \"" + VERSION + "\".";
    }
    Object id = top.get("Id");
    if (id != null && !(id instanceof String)) {
      return "Id must be a string.";
    }
    return statements(top.get("Statement"), rcp);
  }

  private static String statements(Object statement, boolean rcp) {
    if (statement == null) {
      return "Statement is required.";
    }
    List<?> statements = statement instanceof List<?> l ? l : List.of(statement);
    if (statements.isEmpty()) {
      return "Statement must not be empty.";
    }
    Set<String> sids = new HashSet<>();
    for (Object s : statements) {
      String p = rcp ? rcpStatement(s) : scpStatement(s);
      if (p != null) {
        return p;
      }
      Object sid = ((Map<?, ?>) s).get("Sid");
      if (sid != null && !sids.add((String) sid)) {
        return "Statement ids (Sid) must be unique: " + sid + ".";
      }
    }
    return null;
  }

  private static String scpStatement(Object s) {
    if (!(s instanceof Map<?, ?> st)) {
      return "Each statement must be a JSON object.";
    }
    for (Object key : st.keySet()) {
      if ("Principal".equals(key) || "NotPrincipal".equals(key)) {
        return key + " is not supported in a service control policy.";
      }
      if (!SCP_ELEMENTS.contains(key)) {
        return "Unknown element " + key + " in a statement.";
      }
    }
    String p = common(st);
    if (p != null) {
      return p;
    }
    return exactlyOne(st, "Action", "NotAction");
  }

  private static String rcpStatement(Object s) {
    if (!(s instanceof Map<?, ?> st)) {
      return "Each statement must be a JSON object.";
    }
    for (Object key : st.keySet()) {
      if ("NotPrincipal".equals(key) || "NotAction".equals(key)) {
        return key + " is not supported in a resource control policy.";
      }
      if (!RCP_ELEMENTS.contains(key)) {
        return "Unknown element " + key + " in a statement.";
      }
    }
    String p = common(st);
    if (p != null) {
      return p;
    }
    if ("Allow".equals(st.get("Effect"))) {
      return "The effect Allow is only supported for the RCPFullAWSAccess policy.";
    }
    if (!"*".equals(st.get("Principal"))) {
      return "Principal is required and must be \"*\" in a resource control policy.";
    }
    if (st.get("Action") == null) {
      return "Action is required.";
    }
    if (st.get("Resource") == null && st.get("NotResource") == null) {
      return "Resource or NotResource is required in a resource control policy.";
    }
    return null;
  }

  /** Sid, Effect, Action/NotAction values, Resource/NotResource, Condition. */
  private static String common(Map<?, ?> st) {
    Object sid = st.get("Sid");
    if (sid != null && !(sid instanceof String)) {
      return "Sid must be a string.";
    }
    Object effect = st.get("Effect");
    if (effect == null) {
      return "Effect is required.";
    }
    if (!"Allow".equals(effect) && !"Deny".equals(effect)) {
      return "Effect must be Allow or Deny.";
    }
    for (String key : List.of("Action", "NotAction")) {
      String p = strings(st.get(key), key, ACTION);
      if (p != null) {
        return p;
      }
    }
    if (st.containsKey("Resource") && st.containsKey("NotResource")) {
      return "A statement may have Resource or NotResource, not both.";
    }
    for (String key : List.of("Resource", "NotResource")) {
      String p = strings(st.get(key), key, RESOURCE);
      if (p != null) {
        return p;
      }
    }
    Object condition = st.get("Condition");
    return condition == null ? null : condition(condition);
  }

  private static String exactlyOne(Map<?, ?> st, String a, String b) {
    boolean hasA = st.containsKey(a);
    boolean hasB = st.containsKey(b);
    if (hasA == hasB) {
      return "A statement must have exactly one of " + a + " and " + b + ".";
    }
    return null;
  }

  /** A string or a non-empty array of strings, each matching {@code shape}. */
  private static String strings(Object value, String element, Pattern shape) {
    if (value == null) {
      return null;
    }
    List<?> values = value instanceof List<?> l ? l : List.of(value);
    if (values.isEmpty()) {
      return element + " must not be empty.";
    }
    for (Object v : values) {
      if (!(v instanceof String s)) {
        return element + " must be a string or an array of strings.";
      }
      if (!shape.matcher(s).matches()) {
        return "Invalid " + element + " value: " + s + ".";
      }
    }
    return null;
  }

  private static String condition(Object condition) {
    if (!(condition instanceof Map<?, ?> blocks)) {
      return "Condition must be a JSON object.";
    }
    for (Map.Entry<?, ?> block : blocks.entrySet()) {
      String operator = (String) block.getKey();
      if (ConditionOperator.parse(operator) == null) {
        return "Unknown condition operator " + operator + ".";
      }
      if (!(block.getValue() instanceof Map<?, ?> keys) || keys.isEmpty()) {
        return "Condition operator " + operator + " must map condition keys to values.";
      }
      for (Map.Entry<?, ?> key : keys.entrySet()) {
        Object v = key.getValue();
        List<?> values = v instanceof List<?> l ? l : List.of(v);
        for (Object one : values) {
          if (!(one instanceof String || one instanceof Boolean || one instanceof Json.Num)) {
            return "Condition values must be strings, numbers or booleans: " + key.getKey() + ".";
          }
        }
      }
    }
    return null;
  }
}
