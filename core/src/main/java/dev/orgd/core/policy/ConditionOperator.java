package dev.orgd.core.policy;

/**
 * The IAM condition operators (without the {@code IfExists} suffix or a {@code ForAnyValue:} /
 * {@code ForAllValues:} prefix). All are accepted in documents; {@link #evaluated()} says which
 * ones the evaluator computes — the others never match (research policies.md §8, decision D33).
 */
enum ConditionOperator {
  STRING_EQUALS("StringEquals", Match.STRING, false),
  STRING_NOT_EQUALS("StringNotEquals", Match.STRING, true),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Match.STRING_IGNORE_CASE, false),
  STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Match.STRING_IGNORE_CASE, true),
  STRING_LIKE("StringLike", Match.STRING_LIKE, false),
  STRING_NOT_LIKE("StringNotLike", Match.STRING_LIKE, true),
  ARN_EQUALS("ArnEquals", Match.ARN, false),
  ARN_LIKE("ArnLike", Match.ARN, false),
  ARN_NOT_EQUALS("ArnNotEquals", Match.ARN, true),
  ARN_NOT_LIKE("ArnNotLike", Match.ARN, true),
  BOOL("Bool", Match.BOOL, false),
  NULL("Null", Match.NULL, false),
  NUMERIC_EQUALS("NumericEquals", Match.UNSUPPORTED, false),
  NUMERIC_NOT_EQUALS("NumericNotEquals", Match.UNSUPPORTED, true),
  NUMERIC_LESS_THAN("NumericLessThan", Match.UNSUPPORTED, false),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Match.UNSUPPORTED, false),
  NUMERIC_GREATER_THAN("NumericGreaterThan", Match.UNSUPPORTED, false),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Match.UNSUPPORTED, false),
  DATE_EQUALS("DateEquals", Match.UNSUPPORTED, false),
  DATE_NOT_EQUALS("DateNotEquals", Match.UNSUPPORTED, true),
  DATE_LESS_THAN("DateLessThan", Match.UNSUPPORTED, false),
  DATE_LESS_THAN_EQUALS("DateLessThanEquals", Match.UNSUPPORTED, false),
  DATE_GREATER_THAN("DateGreaterThan", Match.UNSUPPORTED, false),
  DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Match.UNSUPPORTED, false),
  BINARY_EQUALS("BinaryEquals", Match.UNSUPPORTED, false),
  IP_ADDRESS("IpAddress", Match.UNSUPPORTED, false),
  NOT_IP_ADDRESS("NotIpAddress", Match.UNSUPPORTED, true);

  /** How a request value is compared with a policy value. */
  enum Match {
    STRING,
    STRING_IGNORE_CASE,
    STRING_LIKE,
    ARN,
    BOOL,
    NULL,
    UNSUPPORTED
  }

  /** {@code ForAnyValue:} / {@code ForAllValues:} or neither. */
  enum SetQualifier {
    NONE,
    FOR_ANY_VALUE,
    FOR_ALL_VALUES
  }

  /** One condition block key, e.g. {@code ForAnyValue:StringLikeIfExists}, taken apart. */
  record Parsed(SetQualifier qualifier, ConditionOperator operator, boolean ifExists) {}

  private final String iamName;
  private final Match match;
  private final boolean negated;

  ConditionOperator(String iamName, Match match, boolean negated) {
    this.iamName = iamName;
    this.match = match;
    this.negated = negated;
  }

  String iamName() {
    return iamName;
  }

  Match match() {
    return match;
  }

  /** The {@code Not} operators: true when the request value matches none of the policy values. */
  boolean negated() {
    return negated;
  }

  boolean evaluated() {
    return match != Match.UNSUPPORTED;
  }

  /** Parses a condition block key; {@code null} when it names no operator. */
  static Parsed parse(String key) {
    SetQualifier q = SetQualifier.NONE;
    String rest = key;
    if (rest.startsWith("ForAnyValue:")) {
      q = SetQualifier.FOR_ANY_VALUE;
      rest = rest.substring("ForAnyValue:".length());
    } else if (rest.startsWith("ForAllValues:")) {
      q = SetQualifier.FOR_ALL_VALUES;
      rest = rest.substring("ForAllValues:".length());
    }
    boolean ifExists = rest.endsWith("IfExists");
    if (ifExists) {
      rest = rest.substring(0, rest.length() - "IfExists".length());
    }
    for (ConditionOperator op : values()) {
      if (op.iamName.equals(rest)) {
        if (op == NULL && (ifExists || q != SetQualifier.NONE)) {
          return null; // NullIfExists does not exist; Null tests presence, not values
        }
        return new Parsed(q, op, ifExists);
      }
    }
    return null;
  }
}
