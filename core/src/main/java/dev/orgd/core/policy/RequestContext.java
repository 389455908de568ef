package dev.orgd.core.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request as a service control policy sees it (research policies.md §8): the action ({@code
 * organizations:LeaveOrganization}), the resource ARN ({@code *} when the call names none) and the
 * condition keys with their values ({@code aws:PrincipalAccount} → {@code [111111111111]}). Key
 * names compare case-insensitively, as IAM's do; a key absent from the map is missing.
 */
public record RequestContext(
    String action, String resourceArn, Map<String, List<String>> conditionKeys) {

  public RequestContext {
    Objects.requireNonNull(action, "action");
    resourceArn = resourceArn == null || resourceArn.isEmpty() ? "*" : resourceArn;
    conditionKeys = conditionKeys == null ? Map.of() : conditionKeys;
  }
}
