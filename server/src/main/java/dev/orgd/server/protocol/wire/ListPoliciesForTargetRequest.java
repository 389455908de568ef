package dev.orgd.server.protocol.wire;

/** The model's ListPoliciesForTargetRequest. */
public record ListPoliciesForTargetRequest(
    String targetId, String filter, String nextToken, Integer maxResults) {}
