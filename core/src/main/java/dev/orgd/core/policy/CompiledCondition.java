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
    if (operator.match() == Match.NULL) {
      return nullCheck(request.isEmpty());
    }
    if (!operator.evaluated()) {
      return false; // decision D33: Numeric, Date, IpAddress, Binary never match
    }
    boolean negated = operator.negated();
    if (request.isEmpty()) {
      return switch (op.qualifier()) {
        case NONE -> op.ifExists() || negated;
        case FOR_ANY_VALUE -> op.ifExists();
        case FOR_ALL_VALUES -> true;
      };
    }
    return switch (op.qualifier()) {
      case NONE -> anyRequestValueMatches(request) != negated;
      case FOR_ANY_VALUE -> request.stream().anyMatch(r -> matchesAny(r) != negated);
      case FOR_ALL_VALUES -> request.stream().allMatch(r -> matchesAny(r) != negated);
    };
  }

  /** {@code Null}: {@code "true"} holds when the key is missing, {@code "false"} when present. */
  private boolean nullCheck(boolean missing) {
    for (String v : values) {
      if (Boolean.parseBoolean(v) == missing) {
        return true;
      }
    }
    return false;
  }

  private boolean anyRequestValueMatches(List<String> request) {
    for (String r : request) {
      if (matchesAny(r)) {
        return true;
      }
    }
    return false;
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
