package dev.orgd.server.protocol.wire;

/** The model's ListTargetsForPolicyRequest. */
public record ListTargetsForPolicyRequest(String policyId, String nextToken, Integer maxResults) {}
