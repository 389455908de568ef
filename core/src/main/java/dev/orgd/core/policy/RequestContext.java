package dev.orgd.core.policy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One request as a service control policy sees it (research policies.md §8): the action ({@code
 * organizations:LeaveOrganization}), the resource ARN ({@code *} when the call names none, decision
 * D32) and the condition keys with their values ({@code aws:PrincipalAccount} → {@code
 * [111111111111]}). Condition key names compare ignoring case, as IAM's do (the map is copied into
 * a case-insensitive one); a key absent from the map, or with no values, is missing.
 */
public record RequestContext(
    String action, String resourceArn, Map<String, List<String>> conditionKeys) {

  public RequestContext {
    Objects.requireNonNull(action, "action");
    resourceArn = resourceArn == null || resourceArn.isEmpty() ? "*" : resourceArn;
    TreeMap<String, List<String>> keys = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (conditionKeys != null) {
      conditionKeys.forEach((k, v) -> keys.put(k, List.copyOf(v)));
    }
    conditionKeys = Collections.unmodifiableMap(keys);
  }

  /** The values of a condition key, empty when the request does not have it. */
  public List<String> values(String key) {
    List<String> v = conditionKeys.get(key);
    return v == null ? List.of() : v;
  }
}
