package dev.orgd.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.service.ScpEnforcement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --enforce-scps}: before an operation runs, asks the domain whether the SCPs on the
 * caller's path allow it. Reads from the request what a service control policy can see: the
 * resource the call names (the first of {@link #RESOURCE_MEMBERS} present), the signing region, the
 * tags it sends and the policy type it names.
 */
public final class ScpGuard {
  /** The input members that name the call's resource, most specific first. */
  private static final List<String> RESOURCE_MEMBERS =
      List.of(
          "ResourceId",
          "TargetId",
          "AccountId",
          "PolicyId",
          "OrganizationalUnitId",
          "ChildId",
          "ParentId",
          "RootId");

  private static final List<String> POLICY_TYPE_MEMBERS = List.of("Type", "PolicyType", "Filter");

  private final ScpEnforcement enforcement;

  public ScpGuard(ScpEnforcement enforcement) {
    this.enforcement = enforcement;
  }

  /** Throws AccessDeniedException when the caller's SCPs deny {@code operation}. */
  void check(AccountId caller, String operation, JsonNode input, String region) {
    Map<String, List<String>> keys = new HashMap<>();
    keys.put("aws:RequestedRegion", List.of(region == null ? "us-east-1" : region));
    List<String> tagKeys = new ArrayList<>();
    for (JsonNode tag : input.path("Tags")) {
      String key = tag.path("Key").asText();
      tagKeys.add(key);
      keys.put("aws:RequestTag/" + key, List.of(tag.path("Value").asText()));
    }
    for (JsonNode key : input.path("TagKeys")) {
      tagKeys.add(key.asText());
    }
    if (!tagKeys.isEmpty()) {
      keys.put("aws:TagKeys", tagKeys);
    }
    for (String member : POLICY_TYPE_MEMBERS) {
      if (input.path(member).isTextual() && input.path(member).asText().endsWith("_POLICY")) {
        keys.put("organizations:PolicyType", List.of(input.path(member).asText()));
        break;
      }
    }
    enforcement.authorize(caller, operation, resource(input), keys);
  }

  private static String resource(JsonNode input) {
    for (String member : RESOURCE_MEMBERS) {
      if (input.path(member).isTextual()) {
        return input.path(member).asText();
      }
    }
    return null;
  }
}
