package dev.orgd.core.policy;

import dev.orgd.core.policy.ConditionOperator.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * One condition key under one operator, with IAM's semantics (IAM User Guide, "Condition operators"
 * and "Multivalued context keys"): several policy values are ORed; a missing key makes the
 * condition false, except for negated operators (true), {@code ...IfExists} (true), {@code Null}
 * and {@code ForAllValues:} (true).
 */
final class CompiledCondition {
  private final ConditionOperator.Parsed op;
  private final String key;
  private final List<String> values;

  private CompiledCondition(ConditionOperator.Parsed op, String key, List<String> values) {
    this.op = op;
    this.key = key;
    this.values = values;
  }

  static CompiledCondition compile(ConditionOperator.Parsed op, String key, Object value) {
    List<?> raw = value instanceof List<?> l ? l : List.of(value);
    List<String> values = new ArrayList<>(raw.size());
    for (Object v : raw) {
      values.add(String.valueOf(v)); // strings, booleans and numbers as written
    }
    return new CompiledCondition(op, key, List.copyOf(values));
  }

  boolean holds(RequestContext ctx) {
    List<String> request = ctx.values(key);
    ConditionOperator operator = op.operator();
    boolean missing = request.isEmpty();
    if (operator.match() == Match.NULL) {
      for (String v : values) {
        if (Boolean.parseBoolean(v) == missing) {
          return true;
        }
      }
      return false;
    }
    if (!operator.evaluated()) {
      return false; // decision D33: Numeric, Date, IpAddress, Binary never match
    }
    boolean negated = operator.negated();
    switch (op.qualifier()) {
      case NONE -> {
        if (missing) {
          return op.ifExists() || negated;
        }
        boolean anyMatch = false;
        for (String r : request) {
          if (matchesAny(r)) {
            anyMatch = true;
            break;
          }
        }
        return anyMatch != negated;
      }
      case FOR_ANY_VALUE -> {
        if (missing) {
          return op.ifExists();
        }
        for (String r : request) {
          if (matchesAny(r) != negated) {
            return true;
          }
        }
        return false;
      }
      default -> {
        for (String r : request) {
          if (matchesAny(r) == negated) {
            return false;
          }
        }
        return true;
      }
    }
  }

  private boolean matchesAny(String request) {
    for (String v : values) {
      if (matches(v, request)) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(String policyValue, String request) {
    return switch (op.operator().match()) {
      case STRING -> policyValue.equals(request);
      case STRING_IGNORE_CASE -> policyValue.equalsIgnoreCase(request);
      case STRING_LIKE -> Wildcards.matches(policyValue, request);
      case ARN -> Wildcards.matchesArn(policyValue, request);
      case BOOL -> policyValue.equalsIgnoreCase(request);
      default -> false;
    };
  }
}
