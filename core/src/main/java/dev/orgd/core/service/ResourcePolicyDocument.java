package dev.orgd.core.service;

import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a resource-based delegation policy's content must follow, checked on the JSON document
 * as plain Java values (objects as maps, arrays as lists, strings, numbers, booleans, null), which
 * the protocol edge parses. Each broken rule is an InvalidInputException with the model's reason.
 */
public final class ResourcePolicyDocument {
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern IAM_PRINCIPAL =
      Pattern.compile("arn:[a-z0-9][a-z0-9-.]{0,62}:iam::\\d{12}:(root|role/.+|user/.+)");
  private static final Pattern ORGANIZATIONS_RESOURCE =
      Pattern.compile("arn:[a-z0-9][a-z0-9-.]{0,62}:organizations::.*");

  private ResourcePolicyDocument() {
    throw new AssertionError("not instantiable");
  }

  /** Checks {@code document}, the parsed content. */
  public static void check(Object document) {
    if (!(document instanceof Map<?, ?> policy)) {
      throw invalidJson("The policy must be a JSON object.");
    }
    Object statements = policy.get("Statement");
    List<?> list =
        statements instanceof List<?> l ? l : statements == null ? List.of() : List.of(statements);
    if (list.isEmpty()) {
      throw invalidJson("The policy must have at least one Statement.");
    }
    for (Object statement : list) {
      if (!(statement instanceof Map<?, ?> s)) {
        throw invalidJson("Each Statement must be a JSON object.");
      }
      checkStatement(s);
    }
  }

  private static void checkStatement(Map<?, ?> statement) {
    Object effect = statement.get("Effect");
    if (!"Allow".equals(effect) && !"Deny".equals(effect)) {
      throw invalidJson("Each Statement needs an Effect of Allow or Deny.");
    }
    // Since 30 June 2026 Organizations rejects NotAction and NotResource in these policies.
    if (statement.containsKey("NotAction")) {
      throw invalid(
          InvalidInputReason.UNSUPPORTED_ACTION_IN_RESOURCE_POLICY,
          "NotAction is not supported in a resource-based delegation policy.");
    }
    if (statement.containsKey("NotResource")) {
      throw invalid(
          InvalidInputReason.UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY,
          "NotResource is not supported in a resource-based delegation policy.");
    }
    if (statement.containsKey("NotPrincipal") || !validPrincipal(statement.get("Principal"))) {
      throw invalid(
          InvalidInputReason.INVALID_PRINCIPAL,
          "You specified an invalid principal element in the policy.");
    }
    for (Object action : strings(statement.get("Action"), "Action")) {
      if (!((String) action).toLowerCase(Locale.ROOT).startsWith("organizations:")) {
        throw invalid(
            InvalidInputReason.UNSUPPORTED_ACTION_IN_RESOURCE_POLICY,
            "The action " + action + " is not supported in a resource-based delegation policy.");
      }
    }
    for (Object resource : strings(statement.get("Resource"), "Resource")) {
      if (!"*".equals(resource) && !ORGANIZATIONS_RESOURCE.matcher((String) resource).matches()) {
        throw invalid(
            InvalidInputReason.UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY,
            "The resource "
                + resource
                + " is not supported in a resource-based delegation policy.");
      }
    }
  }

  private static boolean validPrincipal(Object principal) {
    if ("*".equals(principal)) {
      return true;
    }
    if (!(principal instanceof Map<?, ?> map) || map.size() != 1 || !map.containsKey("AWS")) {
      return false;
    }
    Object aws = map.get("AWS");
    List<?> list = aws instanceof List<?> l ? l : List.of(aws == null ? List.of() : aws);
    if (list.isEmpty()) {
      return false;
    }
    for (Object p : list) {
      if (!(p instanceof String s)
          || !("*".equals(s)
              || ACCOUNT_ID.matcher(s).matches()
              || IAM_PRINCIPAL.matcher(s).matches())) {
        return false;
      }
    }
    return true;
  }

  /** A string or a non-empty list of strings. */
  private static List<?> strings(Object value, String element) {
    List<?> list = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
    if (list.isEmpty() || !list.stream().allMatch(String.class::isInstance)) {
      throw invalidJson("Each Statement needs " + element + " as a string or a list of strings.");
    }
    return list;
  }

  private static OrgdException invalidJson(String message) {
    return invalid(InvalidInputReason.INVALID_RESOURCE_POLICY_JSON, message);
  }

  private static OrgdException invalid(InvalidInputReason reason, String message) {
    return OrgdException.invalidInput(reason, message);
  }
}
